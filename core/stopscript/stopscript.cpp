// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/stopscript/stopscript.h"

#include "core/support/atomicfile.h"
#include "core/support/shellcase.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charon::core::StopScript", text);
}

bool usesCommand(const QStringList &code, const QString &command)
{
    const QRegularExpression word(u"(^|[\\s;&|(/'\"])"_s + command + u"($|[\\s;&|)'\"])"_s);
    for (const QString &line : code) {
        if (word.match(line).hasMatch())
            return true;
    }
    return false;
}

// The example clean shutdown for the guest OS, commented out: over ssh, or typed on the
// console (expect on the telnet port) when the profile says it needs a console key first.
QStringList exampleFor(const EmulatorProfile::GuestOs &os)
{
    if (os.shutdownCommand.isEmpty())
        return { u"# e.g. ssh -o BatchMode=yes root@GUEST-HOST 'the guest OS shutdown command'"_s };
    QStringList lines { u"# %1: %2"_s.arg(os.displayName, os.shutdownCommand) };
    if (!os.note.isEmpty())
        lines << u"# (%1)"_s.arg(os.note);
    if (!os.consolePrefix.isEmpty()) {
        QString prefix;
        for (const QChar c : os.consolePrefix)
            prefix += u"\\%1"_s.arg(c.unicode(), 3, 8, QLatin1Char('0'));
        lines
            << u"# on the console, e.g.: expect -c \"spawn telnet localhost $CHARON_CONSOLE_PORT; "
               "send \\\"%1\\\"; send \\\"%2\\r\\\"; expect timeout\""_s.arg(
                   prefix, os.shutdownCommand);
    } else {
        lines << u"# e.g.: ssh -o BatchMode=yes root@GUEST-HOST %1"_s.arg(
            quoteShellWord(os.shutdownCommand));
    }
    return lines;
}

} // namespace

StopScript::StopScript(const QString &path)
    : m_path(path)
{ }

QString StopScript::defaultPath(UnitScope scope)
{
    const QString env = qEnvironmentVariable("CHARON_STOP_SCRIPT");
    if (!env.isEmpty())
        return env;
    if (scope == UnitScope::System)
        return u"/etc/charon-manager/stop-guest.sh"_s;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + u"/charon-manager/stop-guest.sh"_s;
}

bool StopScript::exists() const
{
    return QFile::exists(m_path);
}

StopScriptStatus StopScript::statusFor(const QString &configPath) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return StopScriptStatus::NotFound;
    return statusIn(QString::fromUtf8(file.readAll()), configPath);
}

StopScriptStatus StopScript::statusIn(const QString &text, const QString &configPath)
{
    return statusIn(parseShellCaseBranches(text), configPath);
}

StopScriptStatus StopScript::statusIn(
    const QList<ShellCaseBranch> &branches, const QString &configPath)
{
    for (const ShellCaseBranch &branch : branches) {
        // A catch-all `*)` is no branch for this guest: the toolkit reports "Case not set".
        if (branch.catchAll || !branch.matches(configPath))
            continue;
        QStringList code;
        for (const QString &line : branch.body) {
            if (line.contains(customizeMarker()))
                return StopScriptStatus::ToCustomize;
            const QString stripped = line.trimmed();
            if (!stripped.startsWith(u'#'))
                code << stripped;
        }
        if (usesCommand(code, u"expect"_s))
            return StopScriptStatus::UsingExpect;
        if (usesCommand(code, u"rsh"_s) || usesCommand(code, u"remsh"_s))
            return StopScriptStatus::UsingRsh;
        if (usesCommand(code, u"ssh"_s))
            return StopScriptStatus::UsingSsh;
        return StopScriptStatus::Customized;
    }
    return StopScriptStatus::CaseNotSet;
}

QString StopScript::branchTemplate(
    const QString &configPath, const EmulatorProfile::GuestOs &os, QString *error)
{
    if (configPath.contains(u'\n') || configPath.contains(u'\r')) {
        if (error)
            *error = tr("a configuration path with a line break cannot be given a branch: %1")
                         .arg(configPath);
        return {};
    }
    QStringList lines { quoteShellWord(configPath) + u")"_s,
        u"    # "_s + customizeMarker()
            + u": shut the guest OS down cleanly here, then delete this line."_s,
        u"    # Until then, stopping this guest powers it off (the emulator is "
        "killed)."_s };
    for (const QString &example : exampleFor(os))
        lines << u"    "_s + example;
    lines << u"    ;;"_s;
    return lines.join(u'\n') + u'\n';
}

QString StopScript::scriptTemplate(const QString &branch)
{
    return u"#!/bin/sh\n"
           "# Charon guests: clean shutdown commands, one case branch per configuration file.\n"
           "# When a guest's unit stops, `charon-vm stop-script GUEST` runs\n"
           "#   /bin/sh THIS-SCRIPT CONFIG-FILE\n"
           "# with CHARON_GUEST, CHARON_CONFIG, CHARON_CONSOLE_PORT and CHARON_MAINPID set.\n"
           "# A branch shuts the guest OS down. charon-vm then waits for the emulator to exit\n"
           "# (a halted HP-UX or MPE/iX ends it; on Alpha send `power off` at >>>, on VAX F6)\n"
           "# until the stop timeout is near, and kills it then (a power-off). A configuration\n"
           "# without a branch, or with the untouched template, is powered off at once.\n"
           "case \"$1\" in\n"_s
        + branch + u"esac\n"_s;
}

bool StopScript::addBranch(
    const QString &configPath, const EmulatorProfile::GuestOs &os, QString *error)
{
    const QString branch = branchTemplate(configPath, os, error);
    if (branch.isEmpty())
        return false;
    QFile file(m_path);
    QString text;
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("cannot read %1: %2").arg(m_path, file.errorString());
            return false;
        }
        text = QString::fromUtf8(file.readAll());
        file.close();
        if (hasBranch(statusIn(text, configPath))) {
            if (error)
                *error = tr("%1 already has a branch for %2").arg(m_path, configPath);
            return false;
        }
    }
    if (text.isEmpty()) {
        text = scriptTemplate(branch);
    } else {
        // Before the first block's esac, and before a catch-all `*)` so it stays reachable.
        const QList<ShellCaseBranch> branches = parseShellCaseBranches(text);
        QStringList lines = text.split(u'\n');
        const int at = shellCaseInsertionLine(branches);
        if (at < 0) {
            if (!text.endsWith(u'\n'))
                text += u'\n';
            text += u"case \"$1\" in\n"_s + branch + u"esac\n"_s;
        } else {
            QString chunk = branch;
            chunk.chop(1);
            lines.insert(at, chunk);
            text = lines.join(u'\n');
        }
    }
    const bool isNew = !file.exists();
    if (!writeFileAtomically(m_path, text.toUtf8(), error))
        return false;
    if (isNew)
        QFile::setPermissions(m_path,
            QFile::permissions(m_path) | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    return true;
}

QString StopScript::statusName(StopScriptStatus status)
{
    // The toolkit's own status names, also a value in charon-vm's JSON: never translated (the
    // GUI shows its own sentences, see ui/guesttext.cpp).
    switch (status) {
    case StopScriptStatus::NotFound:
        return u"Not found"_s;
    case StopScriptStatus::ToCustomize:
        return u"To customize"_s;
    case StopScriptStatus::CaseNotSet:
        return u"Case not set"_s;
    case StopScriptStatus::UsingExpect:
        return u"Using EXPECT"_s;
    case StopScriptStatus::UsingRsh:
        return u"Using RSH"_s;
    case StopScriptStatus::UsingSsh:
        return u"Using SSH"_s;
    case StopScriptStatus::Customized:
        break;
    }
    return u"Customized"_s;
}

} // namespace charon::core
