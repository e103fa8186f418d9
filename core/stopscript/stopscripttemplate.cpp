// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/stopscript/stopscripttemplate.h"

#include "core/stopscript/stopscript.h"
#include "core/support/shellcase.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

// A string for a Tcl "..." word: backslash, quote, $ and [ escaped, control characters octal.
QString tclQuoted(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == u'\\' || c == u'"' || c == u'$' || c == u'[' || c == u']')
            out += u'\\' + QString(c);
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += u"\\%1"_s.arg(c.unicode(), 3, 8, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace

QString StopScriptTemplate::guessOs(const QString &profileId, const QString &model)
{
    if (profileId.compare(u"par"_s, Qt::CaseInsensitive) != 0)
        return u"openvms"_s;
    // HP 3000 hardware runs MPE/iX: the pa3 template, the 9x7/9x8/9x9 series, A/N-class named
    // "A/N-class" or in the e3000 form A500-200-200 (HP 9000 A-class is "A500-7X").
    static const QRegularExpression hp3000(
        uR"((3000|pa3|mpe|\b9[1-9][789]\b|\b[an][-_ ]?class\b|^[an]\d{3}-\d{3}-\d{3}$))"_s,
        QRegularExpression::CaseInsensitiveOption);
    return hp3000.match(model).hasMatch() ? u"mpeix"_s : u"hpux"_s;
}

EmulatorProfile::GuestOs StopScriptTemplate::osFor(
    const EmulatorProfile &profile, const QString &model)
{
    return profile.guestOs(guessOs(profile.id(), model))
        .value_or(profile.guestOsChoices().value(0));
}

QString StopScriptTemplate::branch(Method method, const QString &configPath,
    const EmulatorProfile::GuestOs &os, const QString &consolePowerOff, QString *error)
{
    if (configPath.contains(u'\n') || configPath.contains(u'\r')) {
        if (error)
            *error = tr("a configuration path with a line break cannot be given a branch: %1")
                         .arg(configPath);
        return {};
    }
    const QString command
        = os.shutdownCommand.isEmpty() ? u"shutdown -h now"_s : os.shutdownCommand;
    const QString osName = os.displayName.isEmpty() ? u"the guest OS"_s : os.displayName;
    QStringList lines { quoteShellWord(configPath) + u")"_s };
    const QString marker = u"    # "_s + StopScript::customizeMarker();
    switch (method) {
    case Method::Ssh:
    case Method::Rsh: {
        const bool ssh = method == Method::Ssh;
        lines << u"    # Using %1: %2's clean shutdown, run on the guest as root."_s.arg(
            ssh ? u"SSH"_s : u"RSH"_s, osName);
        lines << marker
                + u": put the guest's host name in place of GUEST-HOST, then delete "
                  "this line."_s;
        if (ssh)
            lines << u"    ssh -o BatchMode=yes -o ConnectTimeout=10 root@GUEST-HOST %1"_s.arg(
                quoteShellWord(command));
        else
            lines << u"    rsh -l root GUEST-HOST %1"_s.arg(quoteShellWord(command));
        break;
    }
    case Method::Expect: {
        lines << u"    # Using EXPECT: %1's clean shutdown typed on the console "
                 "(telnet to $CHARON_CONSOLE_PORT)."_s.arg(osName);
        const bool needsLogin = os.consolePrefix.isEmpty();
        if (needsLogin) {
            lines << marker + u": set the console login and password, then delete this line."_s;
            lines << u"    # This script is kept owner-only: it holds a password."_s;
            lines << u"    CHARON_LOGIN=root CHARON_PASSWORD='CHANGE-ME' expect <<'EXPECT'"_s;
        } else {
            lines << marker + u": check the console key and command, then delete this line."_s;
            lines << u"    expect <<'EXPECT'"_s;
        }
        lines << u"set timeout 20"_s << u"spawn telnet 127.0.0.1 $env(CHARON_CONSOLE_PORT)"_s
              << u"expect \"Escape character\""_s << u"send \"\\r\""_s;
        if (needsLogin) {
            lines << u"expect {"_s
                  << u"    \"ogin:\" { send \"$env(CHARON_LOGIN)\\r\"; exp_continue }"_s
                  << u"    \"Username:\" { send \"$env(CHARON_LOGIN)\\r\"; exp_continue }"_s
                  << u"    \"assword:\" { send \"$env(CHARON_PASSWORD)\\r\"; exp_continue }"_s
                  << u"    -re {[#$>] $} {}"_s << u"    timeout {}"_s << u"}"_s;
        } else {
            lines << u"send \"%1\""_s.arg(tclQuoted(os.consolePrefix)) << u"sleep 1"_s;
        }
        lines << u"send \"%1\\r\""_s.arg(tclQuoted(command));
        if (!consolePowerOff.isEmpty()) {
            lines << u"set timeout 600"_s << u"expect \">>>\""_s
                  << u"send \"%1%2\""_s.arg(tclQuoted(consolePowerOff),
                         consolePowerOff.startsWith(u'\x1b') ? QString() : u"\\r"_s);
        }
        lines << u"# the emulator ends when the OS has halted: the console closes"_s
              << u"set timeout -1"_s << u"expect eof"_s << u"EXPECT"_s;
        break;
    }
    }
    lines << u"    ;;"_s;
    return lines.join(u'\n') + u'\n';
}

} // namespace charon::core
