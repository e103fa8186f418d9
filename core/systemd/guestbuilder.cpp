// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/systemd/guestbuilder.h"

#include "core/config/profileregistry.h"

#include <QFileInfo>

#include <limits>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {
QDateTime fromMicroseconds(const QVariant &value)
{
    const quint64 us = value.toULongLong();
    if (us == 0 || us == std::numeric_limits<quint64>::max())
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(us / 1000));
}

int secondsFromMicroseconds(const QVariant &value)
{
    if (!value.isValid())
        return -1;
    const quint64 us = value.toULongLong();
    if (us == std::numeric_limits<quint64>::max())
        return 0;
    return int(qMin<quint64>((us + 500000) / 1000000, std::numeric_limits<int>::max()));
}

QString baseName(const QString &path)
{
    return path.section(u'/', -1);
}

bool isAutoRestartPolicy(const QString &restart)
{
    // Every policy that restarts after a failure; "on-success" only after a clean exit.
    return restart == u"on-failure"_s || restart == u"on-abnormal"_s || restart == u"on-abort"_s
        || restart == u"on-watchdog"_s || restart == u"always"_s;
}
} // namespace

GuestBuilder::EmulatorCommand GuestBuilder::emulatorCommand(const QList<ExecCommand> &execStart)
{
    EmulatorCommand result;
    if (execStart.isEmpty())
        return result;
    const ExecCommand &command = execStart.constFirst();
    result.emulator = command.path.isEmpty() ? command.argv.value(0) : command.path;

    const QList<EmulatorProfile> profiles = ProfileRegistry::profiles();
    for (qsizetype i = 1; i < command.argv.size(); ++i) {
        const QString &arg = command.argv.at(i);
        QList<EmulatorProfile> candidates;
        for (const EmulatorProfile &profile : profiles) {
            if (!profile.detachedFlag().isEmpty() && profile.detachedFlag() == arg)
                candidates.append(profile);
        }
        if (candidates.isEmpty())
            continue;
        result.flag = arg;
        // systemd keeps arguments as the unit file has them and halves "$$" only when it
        // executes them (the escaping UnitFile writes for a literal '$'): the path is the halved
        // one.
        result.configPath = command.argv.value(i + 1).replace(u"$$"_s, u"$"_s);
        if (candidates.size() == 1) {
            result.profileId = candidates.constFirst().id();
        } else {
            const QString exe = baseName(result.emulator);
            for (const EmulatorProfile &profile : std::as_const(candidates)) {
                if (profile.executableNames().contains(exe))
                    result.profileId = profile.id();
            }
        }
        break;
    }
    return result;
}

QString GuestBuilder::preStartScript(const QList<ExecCommand> &execStartPre)
{
    for (const ExecCommand &command : execStartPre) {
        const QString argv0 = command.argv.value(0, command.path);
        if (baseName(argv0) != u"charon-vm"_s && baseName(command.path) != u"charon-vm"_s)
            return command.path.isEmpty() ? argv0 : command.path;
    }
    return {};
}

UnitStatus GuestBuilder::unitStatus(const UnitProperties &p)
{
    UnitStatus s;
    s.loadState = p.unit.value(u"LoadState"_s).toString();
    s.activeState = p.unit.value(u"ActiveState"_s).toString();
    s.subState = p.unit.value(u"SubState"_s).toString();
    s.unitFileState = p.unit.value(u"UnitFileState"_s).toString();
    s.activeEnterUs = p.unit.value(u"ActiveEnterTimestamp"_s).toULongLong();
    s.inactiveEnterUs = p.unit.value(u"InactiveEnterTimestamp"_s).toULongLong();
    s.stateChangeUs = p.unit.value(u"StateChangeTimestamp"_s).toULongLong();
    s.result = p.service.value(u"Result"_s).toString();
    s.execMainCode = p.service.value(u"ExecMainCode"_s).toInt();
    s.execMainStatus = p.service.value(u"ExecMainStatus"_s).toInt();
    s.mainPid = p.service.value(u"MainPID"_s).toUInt();
    return s;
}

Guest GuestBuilder::build(const QString &unit, const UnitProperties &p, Guest guest)
{
    guest.unit = unit;
    guest.name = guestNameFromUnit(unit);

    if (p.service.contains(u"ExecStart"_s)) {
        const EmulatorCommand command
            = emulatorCommand(UnitPropertyCodec::execCommands(p.service.value(u"ExecStart"_s)));
        const bool configMoved = command.configPath != guest.configPath;
        guest.emulator = command.emulator;
        guest.configPath = command.configPath;
        // Keep a profile the config parser guessed, unless the command now decides it.
        if (configMoved || !command.profileId.isEmpty())
            guest.profileId = command.profileId;
        if (configMoved)
            guest.config = {};
    }
    if (p.service.contains(u"ExecStartPre"_s)) {
        const QString script
            = preStartScript(UnitPropertyCodec::execCommands(p.service.value(u"ExecStartPre"_s)));
        if (script != guest.preStartScript) {
            guest.preStartScript = script;
            guest.preStartScriptHead.clear();
        }
    }
    if (p.service.contains(u"WorkingDirectory"_s)) {
        QString dir = p.service.value(u"WorkingDirectory"_s).toString();
        // systemd marks "may be missing" with a leading '-' or '!'.
        if (dir.startsWith(u'-') || dir.startsWith(u'!'))
            dir.remove(0, 1);
        guest.workDir = dir;
    }

    if (p.unit.contains(u"FragmentPath"_s) || p.unit.contains(u"DropInPaths"_s)) {
        QStringList files;
        if (const QString fragment = p.unit.value(u"FragmentPath"_s).toString(); !fragment.isEmpty())
            files << fragment;
        files << p.unit.value(u"DropInPaths"_s).toStringList();
        guest.unitFiles = files;
    }
    if (p.unit.contains(u"NeedDaemonReload"_s))
        guest.unitFilesChanged = p.unit.value(u"NeedDaemonReload"_s).toBool();

    guest.unitStatus = unitStatus(p);
    guest.derived = deriveState(guest.unitStatus);
    guest.startedAt = fromMicroseconds(p.unit.value(u"ActiveEnterTimestamp"_s));
    guest.stoppedAt = fromMicroseconds(p.unit.value(u"InactiveEnterTimestamp"_s));

    const QString fileState = guest.unitStatus.unitFileState;
    guest.autoBoot = fileState == u"enabled"_s || fileState == u"enabled-runtime"_s;
    if (p.service.contains(u"TimeoutStartUSec"_s))
        guest.startTimeoutSec = secondsFromMicroseconds(p.service.value(u"TimeoutStartUSec"_s));
    if (p.service.contains(u"TimeoutStopUSec"_s))
        guest.stopTimeoutSec = secondsFromMicroseconds(p.service.value(u"TimeoutStopUSec"_s));
    if (p.service.contains(u"OOMScoreAdjust"_s))
        guest.oomProtected = p.service.value(u"OOMScoreAdjust"_s).toInt() <= -1000;
    if (p.service.contains(u"Restart"_s))
        guest.autoRestart = isAutoRestartPolicy(p.service.value(u"Restart"_s).toString());
    return guest;
}

} // namespace charon::core
