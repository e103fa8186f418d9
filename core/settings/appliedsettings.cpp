// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/settings/appliedsettings.h"

#include "core/domain/guest.h"
#include "core/systemd/unitproperties.h"

#include <QFileInfo>

#include <limits>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

// A usec property in whole seconds; systemd's infinity (UINT64_MAX) is 0, "no limit".
int seconds(const QVariant &usec, int fallback)
{
    if (!usec.isValid())
        return fallback;
    const qulonglong value = usec.toULongLong();
    if (value == std::numeric_limits<qulonglong>::max())
        return 0;
    return int(value / 1000000ULL);
}

QStringList guests(const QVariant &units)
{
    QStringList names;
    for (const QString &unit : units.toStringList()) {
        if (const QString name = guestNameFromUnit(unit); !name.isEmpty())
            names << name;
    }
    names.sort();
    return names;
}

} // namespace

ServiceSettings AppliedSettings::fromProperties(const QVariantMap &unit, const QVariantMap &service)
{
    ServiceSettings s;
    s.description = unit.value(u"Description"_s).toString();
    s.startTimeoutSec = seconds(service.value(u"TimeoutStartUSec"_s), -1);
    s.stopTimeoutSec = seconds(service.value(u"TimeoutStopUSec"_s), -1);
    const QString restart = service.value(u"Restart"_s).toString();
    s.autoRestart = !restart.isEmpty() && restart != u"no"_s;
    s.restartDelaySec = seconds(service.value(u"RestartUSec"_s), -1);
    s.startLimitBurst = unit.value(u"StartLimitBurst"_s, -1).toInt();
    s.startLimitIntervalSec = seconds(unit.value(u"StartLimitIntervalUSec"_s), -1);
    s.oomProtected = service.value(u"OOMScoreAdjust"_s).toInt() == -1000;
    s.autoBoot = unit.value(u"UnitFileState"_s).toString() == u"enabled"_s;
    s.before = guests(unit.value(u"Before"_s));
    s.after = guests(unit.value(u"After"_s));
    for (const ExecCommand &command :
        UnitPropertyCodec::execCommands(service.value(u"ExecStartPre"_s))) {
        const QStringList &argv = command.argv;
        const qsizetype at = argv.indexOf(u"prestart"_s);
        const bool ours
            = QFileInfo(command.path).fileName() == u"charon-vm"_s && (at == 1 || at == 2);
        if (!ours) {
            s.preStartScript = command.path;
            break;
        }
    }
    return s;
}

QStringList AppliedSettings::filesFromProperties(const QVariantMap &unit)
{
    QStringList files;
    if (const QString fragment = unit.value(u"FragmentPath"_s).toString(); !fragment.isEmpty())
        files << fragment;
    files << unit.value(u"DropInPaths"_s).toStringList();
    return files;
}

} // namespace charon::core
