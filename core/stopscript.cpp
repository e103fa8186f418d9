#include "core/stopscript.h"

#include "core/atomicfile.h"
#include "core/shellcase.h"

#include <QCoreApplication>
#include <QFile>

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

// The example clean shutdown for each guest OS (the domain's commands), commented out.
QStringList exampleFor(GuestOs os)
{
    switch (os) {
    case GuestOs::HpUx:
        return { u"# HP-UX: ssh -o BatchMode=yes root@GUEST-HOST '/sbin/shutdown -h -y 0'"_s };
    case GuestOs::MpeIx:
        return { u"# MPE/iX, on the console (Ctrl-A, then =SHUTDOWN), e.g. with expect:"_s,
            u"# expect -c 'spawn telnet localhost '\"$CHARON_CONSOLE_PORT\"'; "
            "send \"\\001\"; expect \"=\"; send \"SHUTDOWN\\r\"; expect timeout'"_s };
    case GuestOs::OpenVms:
        return { u"# OpenVMS: ssh -o BatchMode=yes system@GUEST-HOST "
                 "'@SYS$SYSTEM:SHUTDOWN 0 SHUTDOWN NO YES LATER NO NONE'"_s };
    case GuestOs::Tru64:
        return { u"# Tru64: ssh -o BatchMode=yes root@GUEST-HOST '/sbin/init 0'"_s };
    case GuestOs::Unknown:
        break;
    }
    return { u"# e.g. ssh -o BatchMode=yes root@GUEST-HOST 'shutdown command of the guest OS'"_s };
}

} // namespace

StopScript::StopScript(const QString &path)
    : m_path(path)
{ }

QString StopScript::defaultPath()
{
    const QString env = qEnvironmentVariable("CHARON_STOP_SCRIPT");
    return env.isEmpty() ? u"/etc/charon-manager/stop-guest.sh"_s : env;
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
    for (const ShellCaseBranch &branch : parseShellCaseBranches(text)) {
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

QString StopScript::branchTemplate(const QString &configPath, GuestOs os, QString *error)
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
           "# with CHARON_GUEST, CHARON_CONFIG and CHARON_CONSOLE_PORT set. A branch shuts the\n"
           "# guest OS down; an emulator still running when the stop timeout is near is killed\n"
           "# (a power-off), as is one whose configuration has no branch here.\n"
           "case \"$1\" in\n"_s
        + branch + u"esac\n"_s;
}

bool StopScript::addBranch(const QString &configPath, GuestOs os, QString *error)
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
        int at = -1;
        for (const ShellCaseBranch &b : branches) {
            if (b.blockEndLine >= 0) {
                at = b.blockEndLine;
                break;
            }
        }
        for (const ShellCaseBranch &b : branches) {
            if (b.catchAll && b.blockEndLine == at && at >= 0) {
                at = b.labelLine;
                break;
            }
        }
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
    switch (status) {
    case StopScriptStatus::NotFound:
        return tr("Not found");
    case StopScriptStatus::ToCustomize:
        return tr("To customize");
    case StopScriptStatus::CaseNotSet:
        return tr("Case not set");
    case StopScriptStatus::UsingExpect:
        return tr("Using EXPECT");
    case StopScriptStatus::UsingRsh:
        return tr("Using RSH");
    case StopScriptStatus::UsingSsh:
        return tr("Using SSH");
    case StopScriptStatus::Customized:
        break;
    }
    return tr("Customized");
}

GuestOs StopScript::guessOs(const QString &profileId, const QString &model)
{
    const QString m = model.toLower();
    if (profileId == u"par"_s) {
        // HP 3000 models run MPE/iX; the PA9 family (rp*, A500, 9000) runs HP-UX.
        if (m.contains(u"3000"_s) || m.startsWith(u"pa3"_s) || m.contains(u"9x9"_s)
            || m.contains(u"a-class"_s) || m.contains(u"n-class"_s))
            return GuestOs::MpeIx;
        return GuestOs::HpUx;
    }
    if (profileId == u"axp"_s || profileId == u"vax"_s)
        return GuestOs::OpenVms; // Tru64 on Alpha cannot be told from the config
    return GuestOs::Unknown;
}

} // namespace charon::core
