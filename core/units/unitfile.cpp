// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/units/unitfile.h"

#include "core/support/atomicfile.h"
#include "core/units/unitdocument.h"
#include "core/units/unitsyntax.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

const QString kUnit = u"Unit"_s;
const QString kService = u"Service"_s;
const QString kInstall = u"Install"_s;
const QString kNetworkOnline = u"network-online.target"_s;
const QString kPrestart = u"prestart"_s;
const QString kStopScript = u"stop-script"_s;
const QString kOldSuccessSigkill = u"SIGKILL"_s; // our SuccessExitStatus= value until 2026-11

QString tr(const char *text)
{
    return QCoreApplication::translate("charon::core::UnitFile", text);
}

QString readText(const QString &path, bool *ok = nullptr)
{
    // Plain read(2): QFile stats each file three times, and `charon-vm list` reads two files
    // per guest. A directory is not a file (QFile refused it too).
    QByteArray bytes;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    bool read = fd >= 0;
    if (read) {
        char buffer[16384];
        ssize_t n = 0;
        while ((n = ::read(fd, buffer, sizeof buffer)) > 0)
            bytes.append(buffer, n);
        read = n == 0;
        ::close(fd);
    }
    if (ok)
        *ok = read;
    return read ? QString::fromUtf8(bytes) : QString();
}

// The "*.conf" files of a drop-in directory, by name, as QDir::entryList({"*.conf"}, Files,
// Name) gives them (hidden names skipped, case ignored in the suffix, links to regular files
// kept). readdir(3): QDir's iterator was the largest cost of reading 100 guests' unit files.
QStringList dropInFiles(const QString &dir)
{
    QStringList names;
    DIR *d = ::opendir(QFile::encodeName(dir).constData());
    if (!d)
        return names;
    while (const dirent *entry = ::readdir(d)) {
        const QString name = QFile::decodeName(entry->d_name);
        if (name.startsWith(u'.') || !name.endsWith(u".conf"_s, Qt::CaseInsensitive))
            continue;
        bool file = entry->d_type == DT_REG;
        if (entry->d_type == DT_LNK || entry->d_type == DT_UNKNOWN) {
            struct stat st = {};
            file = ::stat(QFile::encodeName(dir + u'/' + name).constData(), &st) == 0
                && S_ISREG(st.st_mode);
        }
        if (file)
            names << name;
    }
    ::closedir(d);
    names.sort();
    return names;
}

QString scopeFlag(UnitScope scope)
{
    return scope == UnitScope::User ? u"--user"_s : u"--system"_s;
}

// Whether an ExecStartPre=/ExecStop= value is our helper running `command` (prestart, ...):
// `charon-vm [--user|--system] command NAME`.
bool isHelperLine(const QString &value, const QString &command, QStringList *argv = nullptr)
{
    const auto parsed = parseExecLine(value);
    if (!parsed || QFileInfo(parsed->argv.first()).fileName() != u"charon-vm"_s)
        return false;
    const qsizetype at = parsed->argv.indexOf(command);
    if (at != 1 && at != 2)
        return false;
    if (argv)
        *argv = parsed->argv;
    return true;
}

bool isCleanAbsolute(const QString &path)
{
    return QDir::isAbsolutePath(path) && QDir::cleanPath(path) == path;
}

// "" when `path` can be the program of an Exec*= line, else why not (naming `what`).
QString checkProgram(const QString &what, const QString &path)
{
    if (!isCleanAbsolute(path))
        return QCoreApplication::translate(
            "charon::core::UnitFile", "the %1 path must be absolute and normalized: %2")
            .arg(what, path);
    if (QString why; !isAcceptableExecutablePath(path, &why))
        return QCoreApplication::translate(
            "charon::core::UnitFile", "the %1 path cannot be used: %2: %3")
            .arg(what, why, path);
    return {};
}

} // namespace

UnitFile::UnitFile(UnitScope scope, const QString &directory)
    : m_directory(directory.isEmpty() ? defaultDirectory(scope) : directory)
    , m_scope(scope)
{ }

QString UnitFile::defaultDirectory(UnitScope scope)
{
    if (scope == UnitScope::System)
        return u"/etc/systemd/system"_s;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + u"/systemd/user"_s;
}

QString UnitFile::unitPath(const QString &name) const
{
    return m_directory + u'/' + unitNameForGuest(name);
}

QString UnitFile::dropInPath(const QString &name) const
{
    return unitPath(name) + u".d/"_s + dropInFileName();
}

QStringList UnitFile::guestNames() const
{
    QStringList names;
    const QStringList files = QDir(m_directory)
                                  .entryList({ u"charon-guest-*.service"_s },
                                      QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &file : files) {
        if (const QString name = guestNameFromUnit(file); !name.isEmpty())
            names << name;
    }
    return names;
}

bool UnitFile::exists(const QString &name) const
{
    return QFile::exists(unitPath(name));
}

std::optional<GuestUnit> UnitFile::read(const QString &name, QString *error) const
{
    const auto fail = [error](const QString &why) -> std::optional<GuestUnit> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!isValidGuestName(name))
        return fail(tr("invalid guest name \"%1\"").arg(name));
    bool ok = false;
    const QString text = readText(unitPath(name), &ok);
    if (!ok)
        return fail(tr("no guest named \"%1\" (no unit file %2)").arg(name, unitPath(name)));
    QList<UnitDocument> docs { UnitDocument(text) };
    const QString dropIns = unitPath(name) + u".d"_s;
    for (const QString &file : dropInFiles(dropIns))
        docs << UnitDocument(readText(dropIns + u'/' + file));
    const MergedUnitDocument unit(docs);

    GuestUnit out;
    Guest &g = out.guest;
    g.name = name;
    g.unit = unitNameForGuest(name);
    QString why;
    const auto exec = parseExecLine(unit.scalar(kService, u"ExecStart"_s), &why);
    if (!exec || exec->argv.size() < 2)
        return fail(tr("%1: ExecStart= is not \"emulator [flag] config\" (%2)")
                        .arg(unitPath(name), exec ? tr("too few words") : why));
    g.emulator = exec->argv.first();
    g.configPath = exec->argv.last();
    const QStringList middle = exec->argv.mid(1, exec->argv.size() - 2);
    for (const QString &word : middle) {
        if (out.launch.detachedFlag.isEmpty() && (word == u"-x"_s || word == u"-d"_s))
            out.launch.detachedFlag = word;
        else
            out.extraArguments << word;
    }
    QString workDir = unescapeSpecifiers(unit.scalar(kService, u"WorkingDirectory"_s));
    if (workDir.startsWith(u'-'))
        workDir.remove(0, 1);
    g.workDir = workDir;
    g.profileId = unit.scalar(kUnit, u"X-Charon-Profile"_s);
    out.description = unescapeSpecifiers(unit.scalar(kUnit, u"Description"_s));
    static const QRegularExpression family(u"\\(([^()]*)\\)\\s*$"_s);
    out.launch.family = family.match(out.description).captured(1);
    out.launch.notify = unit.scalar(kService, u"Type"_s) == u"notify"_s;

    QStringList helperArgv;
    for (const QString &value : unit.list(kService, u"ExecStartPre"_s)) {
        if (isHelperLine(value, kPrestart, &helperArgv)) {
            out.launch.helperPath = helperArgv.first();
        } else if (g.preStartScript.isEmpty()) {
            if (const auto pre = parseExecLine(value))
                g.preStartScript = pre->argv.first();
        }
    }
    if (isHelperLine(unit.scalar(kService, u"ExecStop"_s), kStopScript, &helperArgv))
        out.launch.helperPath = helperArgv.first();
    if (!g.preStartScript.isEmpty()) {
        QFile script(g.preStartScript);
        if (script.open(QIODevice::ReadOnly)) {
            for (int i = 0; i < 3 && !script.atEnd(); ++i)
                g.preStartScriptHead << QString::fromUtf8(script.readLine()).trimmed();
        }
    }

    g.startTimeoutSec = parseTimeSpanSec(unit.scalar(kService, u"TimeoutStartSec"_s));
    g.stopTimeoutSec = parseTimeSpanSec(unit.scalar(kService, u"TimeoutStopSec"_s));
    g.oomProtected = unit.scalar(kService, u"OOMScoreAdjust"_s).toInt() == -1000;
    const QString restart = unit.scalar(kService, u"Restart"_s);
    g.autoRestart = !restart.isEmpty() && restart != u"no"_s;
    return out;
}

QString UnitFile::checkExpressible(const Guest &g, const LaunchOptions &launch)
{
    if (!isValidGuestName(g.name))
        return tr("invalid guest name \"%1\": use letters, digits, '-', '_' and '.' (at most 64)")
            .arg(g.name);
    if (const QString why = checkProgram(tr("emulator"), g.emulator); !why.isEmpty())
        return why;
    if (!QDir::isAbsolutePath(g.configPath))
        return tr("the configuration path must be absolute: %1").arg(g.configPath);
    if (!isCleanAbsolute(g.workDir))
        return tr("the working directory must be absolute and normalized: %1").arg(g.workDir);
    if (QString why; !isRepresentablePathValue(g.workDir, &why))
        return tr("the working directory cannot be written in a unit file: %1").arg(why);
    if (!g.preStartScript.isEmpty()) {
        if (const QString why = checkProgram(tr("pre-start script"), g.preStartScript);
            !why.isEmpty())
            return why;
    }
    if (const QString why = checkProgram(u"charon-vm"_s, launch.helperPath); !why.isEmpty())
        return why;
    static const QRegularExpression plain(u"^[A-Za-z0-9_.+-]*$"_s);
    if (!plain.match(g.profileId).hasMatch())
        return tr("invalid emulator profile id \"%1\"").arg(g.profileId);
    if (!plain.match(launch.detachedFlag).hasMatch())
        return tr("invalid detached flag \"%1\"").arg(launch.detachedFlag);
    if (QString why; !isRepresentablePathValue(launch.family, &why))
        return tr("invalid emulator family name: %1").arg(why);
    return {};
}

QString UnitFile::renderUnit(
    const Guest &g, const LaunchOptions &launch, const QString &existing) const
{
    UnitDocument doc(existing.isEmpty()
            ? u"# Charon guest unit written by Charon Manager (charon-vm). Lines it "
              "does not own\n# are kept when it rewrites this file; settings it "
              "manages are in %1.d/.\n"_s.arg(unitNameForGuest(g.name))
            : existing);
    const QString family = launch.family.isEmpty() ? g.profileId : launch.family;
    doc.setValue(
        kUnit, u"Description"_s, escapeSpecifiers(u"Charon guest %1 (%2)"_s.arg(g.name, family)));
    if (!doc.values(kUnit, u"After"_s).join(u' ').split(u' ').contains(kNetworkOnline))
        doc.appendValue(kUnit, u"After"_s, kNetworkOnline);
    // A user manager has no network-online.target to pull in; After= alone is then harmless.
    if (m_scope == UnitScope::System
        && !doc.values(kUnit, u"Wants"_s).join(u' ').split(u' ').contains(kNetworkOnline))
        doc.appendValue(kUnit, u"Wants"_s, kNetworkOnline);
    if (g.profileId.isEmpty())
        doc.remove(kUnit, u"X-Charon-Profile"_s);
    else
        doc.setValue(kUnit, u"X-Charon-Profile"_s, g.profileId);

    doc.setValue(kService, u"Type"_s, launch.notify ? u"notify"_s : u"exec"_s);
    doc.setValue(kService, u"WorkingDirectory"_s, escapeSpecifiers(g.workDir));
    // Ours first (NIC offload off, checks), then the admin's script, then whatever else is there.
    QStringList pre { formatExecLine(
        { launch.helperPath, scopeFlag(m_scope), kPrestart, g.name }) };
    if (!g.preStartScript.isEmpty())
        pre << formatExecLine({ g.preStartScript });
    bool adminScriptSeen = false;
    for (const QString &value : doc.values(kService, u"ExecStartPre"_s)) {
        if (value.isEmpty() || isHelperLine(value, kPrestart))
            continue;
        if (!adminScriptSeen) {
            adminScriptSeen = true; // the one we own: replaced by g.preStartScript
            continue;
        }
        pre << value;
    }
    doc.setValues(kService, u"ExecStartPre"_s, pre);
    QStringList argv { g.emulator };
    if (!launch.detachedFlag.isEmpty())
        argv << launch.detachedFlag;
    argv << g.configPath;
    doc.setValue(kService, u"ExecStart"_s, formatExecLine(argv));
    doc.setValue(kService, u"ExecStop"_s,
        formatExecLine({ launch.helperPath, scopeFlag(m_scope), kStopScript, g.name }));
    // After the stop script (or without one) systemd ends a still running emulator with
    // SIGTERM, which it counts as a clean end: any stop systemd carries out (ours, systemctl
    // stop, host shutdown) reads Result=success, REQUESTED. An emulator that outlives
    // TimeoutStopSec is SIGKILLed (Result=timeout); one killed from outside, crashed or
    // OOM-killed reads Result=signal / core-dump / oom-kill: FAILURE.
    doc.setValue(kService, u"KillSignal"_s, u"SIGTERM"_s);
    // Migration: units written before made a SIGKILL death clean with their own
    // `SuccessExitStatus=SIGKILL` line, which made an outside `kill -9` read REQUESTED. Only
    // that exact line goes; an admin's other SuccessExitStatus= values stay where they are.
    if (const QStringList success = doc.values(kService, u"SuccessExitStatus"_s);
        success.contains(kOldSuccessSigkill)) {
        QStringList kept = success;
        kept.removeAll(kOldSuccessSigkill);
        doc.setValues(kService, u"SuccessExitStatus"_s, kept);
    }
    if (!doc.contains(kService, u"TimeoutStartSec"_s))
        doc.setValue(kService, u"TimeoutStartSec"_s, QString::number(DefaultStartTimeoutSec));
    if (!doc.contains(kService, u"TimeoutStopSec"_s))
        doc.setValue(kService, u"TimeoutStopSec"_s, QString::number(DefaultStopTimeoutSec));
    doc.setValue(kInstall, u"WantedBy"_s,
        m_scope == UnitScope::System ? u"multi-user.target"_s : u"default.target"_s);
    return doc.toString();
}

QString UnitFile::renderDropIn(const Guest &g, const QString &existing)
{
    UnitDocument doc(existing.isEmpty()
            ? u"# Written by Charon Manager: the guest settings its window and "
              "charon-vm manage.\n# Other drop-ins in this directory are left alone.\n"_s
            : existing);
    const auto timeout = [](int sec) {
        return sec < 0 ? QStringList()
                       : QStringList { sec == 0 ? u"infinity"_s : QString::number(sec) };
    };
    doc.setValues(kService, u"TimeoutStartSec"_s, timeout(g.startTimeoutSec));
    doc.setValues(kService, u"TimeoutStopSec"_s, timeout(g.stopTimeoutSec));
    // -1000 makes the kernel's OOM killer pass the emulator over: losing it is a power cut.
    doc.setValues(
        kService, u"OOMScoreAdjust"_s, g.oomProtected ? QStringList { u"-1000"_s } : QStringList());
    const auto when = [&g](const QString &value) {
        return g.autoRestart ? QStringList { value } : QStringList();
    };
    doc.setValues(kService, u"Restart"_s, when(u"on-failure"_s));
    doc.setValues(kService, u"RestartSec"_s, when(u"30"_s));
    doc.setValues(kUnit, u"StartLimitBurst"_s, when(u"2"_s));
    doc.setValues(kUnit, u"StartLimitIntervalSec"_s, when(u"600"_s));
    return doc.toString();
}

bool UnitFile::write(const Guest &guest, const LaunchOptions &launch, Mode mode, QString *error)
{
    if (const QString why = checkExpressible(guest, launch); !why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    const QString path = unitPath(guest.name);
    const bool present = QFile::exists(path);
    if (mode == Mode::Create && present) {
        if (error)
            *error = tr("a guest named \"%1\" already exists (%2)").arg(guest.name, path);
        return false;
    }
    if (mode == Mode::Update && !present) {
        if (error)
            *error = tr("no guest named \"%1\" (no unit file %2)").arg(guest.name, path);
        return false;
    }
    bool ok = false;
    const QString existing = present ? readText(path, &ok) : QString();
    if (present && !ok) {
        if (error)
            *error = tr("cannot read %1").arg(path);
        return false;
    }
    if (!writeFileAtomically(path, renderUnit(guest, launch, existing).toUtf8(), error))
        return false;
    return writeSettings(guest, error);
}

bool UnitFile::writeSettings(const Guest &guest, QString *error)
{
    if (!isValidGuestName(guest.name)) {
        if (error)
            *error = tr("invalid guest name \"%1\"").arg(guest.name);
        return false;
    }
    const QString path = dropInPath(guest.name);
    const QString existing = readText(path);
    const QString text = renderDropIn(guest, existing);
    if (text == existing)
        return true;
    return writeFileAtomically(path, text.toUtf8(), error);
}

bool UnitFile::remove(const QString &name, QString *error)
{
    if (!exists(name)) {
        if (error)
            *error = tr("no guest named \"%1\" (no unit file %2)").arg(name, unitPath(name));
        return false;
    }
    for (const QString &path : { unitPath(name), dropInPath(name) }) {
        if (!QFile::exists(path))
            continue;
        QFile::remove(backupPathFor(path));
        if (!QFile::rename(path, backupPathFor(path))) {
            if (error)
                *error = tr("cannot remove %1").arg(path);
            return false;
        }
    }
    return true;
}

} // namespace charon::core
