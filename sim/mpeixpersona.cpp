// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "sim/mpeixpersona.h"

#include "sim/firmwaretext.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace charon::sim {

namespace {
QByteArray mpeDate(const QDateTime &when)
{
    return QLocale::c().toString(when, u"ddd, MMM d, yyyy, h:mm AP"_s).toUpper().toLatin1();
}

QByteArray clock()
{
    return QTime::currentTime().toString(u"HH:mm"_s).toLatin1();
}

// The CI accepts commands with or without the leading colon of the prompt.
QString withoutColon(const QString &command)
{
    QString text = command.trimmed();
    while (text.startsWith(u':'))
        text.remove(0, 1);
    return text.trimmed();
}
} // namespace

MpeixPersona::MpeixPersona(const GuestIdentity &identity)
    : Persona(u"mpeix"_s, identity)
{ }

QByteArray MpeixPersona::host() const
{
    return identity().hostname.toUpper().toLatin1();
}

QByteArray MpeixPersona::userName() const
{
    return user().section(u'.', 0, 0).toLatin1();
}

Script MpeixPersona::bootFromPowerOn()
{
    const QByteArray model = FirmwareText::displayModel(identity(), "A500-200-11").toUpper();
    Script script = FirmwareText::pdcPowerOn(identity(), "START NORECOVERY");
    script.say("MPE/iX launch facility\n\n"
               "Initialize_genesis - Ver bld1: <<pvse2.0.1>> WED, DEC 05, 2007, 10:46:46 AM\n\n"
               "Scanning PCI BUS 0 ...\nScanning PCI BUS 1 ...\n\n",
        500);
    script.say("MPE/iX version C.75.00\nProcessor(s) launched: "
            + QByteArray::number(identity().cpus > 0 ? identity().cpus : 1)
            + "\n*** MPE/iX HPCPUNAME = SERIES " + model
            + "\n\n"
              "IO configuration in progress ... done\n"
              "Volume management: MPEXL_SYSTEM_VOLUME_SET mounted\n"
              "Initializing file system ... done\n\n",
        700);
    script.say("*" + clock() + "/#S1/13/LOGON FOR: \"OPERATOR.SYS,OPERATOR\" ON LDEV #20.\n" + "*"
            + clock() + "/13/Spoolers are starting.\n" + "*" + clock() + "/13/NETWORK IS UP.\n"
            + "*" + clock() + "/13/THE SYSTEM IS UP.\n\n" + loginPrompt(),
        600);
    m_consoleMode = false;
    setPhase(Phase::Login);
    return script;
}

QByteArray MpeixPersona::loginPrompt() const
{
    return "MPE XL:";
}

QByteArray MpeixPersona::passwordPrompt() const
{
    return "ENTER USER (" + userName() + ") PASSWORD:";
}

QByteArray MpeixPersona::welcome() const
{
    return "HP3000  Release: C.75.00  User Version: C.75.00  " + mpeDate(m_loggedOnAt)
        + "\nMPE/iX  HP31900 C.92.11  Copyright Hewlett-Packard 1987.  All rights reserved.\n";
}

QByteArray MpeixPersona::shellPrompt() const
{
    return ":";
}

QByteArray MpeixPersona::promptForPhase() const
{
    return phase() == Phase::Shell ? shellPrompt() : loginPrompt();
}

Script MpeixPersona::loginLine(const QString &text)
{
    if (m_consoleMode)
        return consoleCommand(text);
    const QString command = withoutColon(text);
    const QStringList args = words(command.toUpper());
    if (args.isEmpty())
        return Script(loginPrompt());
    if (args.first() == u"HELLO"_s)
        return hello(args.mid(1));
    if (args.first() == u"=SHUTDOWN"_s)
        return shutdownSystem();
    return Script("EXPECTED HELLO, :JOB, :DATA, OR (CMD) AS LOGON. (CIERR 1402)\n" + loginPrompt());
}

Script MpeixPersona::hello(const QStringList &args)
{
    // HELLO [session,]user[/password].account[/password][,group]; passwords typed inline are
    // dropped (the simulator never checks them).
    static const QRegularExpression inlinePassword(u"/[^.,]*"_s);
    QString userAccount;
    const QStringList parts = args.join(QString()).split(u',');
    for (const QString &part : parts) {
        if (part.contains(u'.')) {
            userAccount = QString(part).remove(inlinePassword);
            break;
        }
    }
    if (userAccount.count(u'.') != 1 || userAccount.startsWith(u'.') || userAccount.endsWith(u'.'))
        return Script(
            "EXPECTED [SESSION NAME,] USER.ACCOUNT [,GROUP]. (CIERR 1424)\n" + promptForPhase());
    setUser(userAccount);
    setPhase(Phase::Password);
    return Script(passwordPrompt());
}

Script MpeixPersona::passwordLine(const QString &text)
{
    m_loggedOnAt = QDateTime::currentDateTime();
    return Persona::passwordLine(text);
}

Script MpeixPersona::shellCommand(const QString &text)
{
    if (m_consoleMode)
        return consoleCommand(text);
    const QStringList args = words(withoutColon(text).toUpper());
    if (args.isEmpty())
        return Script(shellPrompt());
    const QString verb = args.first();
    const QByteArray prompt = shellPrompt();
    if (verb == u"HELLO"_s)
        return hello(args.mid(1));
    if (verb == u"BYE"_s || verb == u"EXIT"_s) {
        setPhase(Phase::Login);
        const qint64 minutes = m_loggedOnAt.secsTo(QDateTime::currentDateTime()) / 60;
        return Script("CPU=1. CONNECT=" + QByteArray::number(minutes) + ". "
            + mpeDate(QDateTime::currentDateTime()) + "\n" + loginPrompt());
    }
    if (verb == u"SHUTDOWN"_s && (args.size() == 1 || args.at(1) == u"SYSTEM"_s))
        return shutdownSystem();
    if (verb == u"=SHUTDOWN"_s)
        return shutdownSystem();
    if (verb == u"SHOWTIME"_s)
        return Script(mpeDate(QDateTime::currentDateTime()) + "\n" + prompt);
    if (verb == u"SHOWME"_s) {
        return Script("USER: #S21," + user().toUpper().toLatin1() + "," + userName()
            + "     (NOT IN BREAK)\n\n"
              "MPE VERSION: HP31900 C.75.00      (BASE C.75.00)  POWERPATCH 0\n"
              "CURRENT: "
            + mpeDate(QDateTime::currentDateTime()) + "\n" + "LOGON:   " + mpeDate(m_loggedOnAt)
            + "\n"
            + "CPU SECONDS: 1          CONNECT MINUTES: 0\n"
              "$STDIN LDEV: 20         $STDLIST LDEV: 20\n"
            + prompt);
    }
    if (verb == u"SHOWJOB"_s) {
        return Script("JOBNUM  STATE IPRI JIN  JLIST    INTRODUCED  JOB NAME\n\n"
                      "#S1     EXEC        20   20       "
            + mpeDate(bootedAt()).right(8) + "  OPERATOR.SYS\n#S21    EXEC        20   20       "
            + mpeDate(m_loggedOnAt).right(8) + "  " + user().toUpper().toLatin1()
            + "\n\n2 JOBS (DISPLAYED):\n    0 INTRO\n    0 WAIT; INCL 0 DEFERRED\n"
              "    2 EXEC; INCL 2 SESSIONS\n    0 SUSP\nJOBFENCE= 0; JLIMIT= 5; "
              "SLIMIT= 60\n\n"
            + prompt);
    }
    if (verb == u"SHOWVAR"_s)
        return showVariable(args.value(1));
    return Script("UNKNOWN COMMAND NAME. (CIERR 975)\n" + prompt);
}

Script MpeixPersona::showVariable(const QString &name) const
{
    const QList<QPair<QString, QByteArray>> variables
        = { { u"HPSYSNAME"_s, host() }, { u"HPVERSION"_s, "C.75.00" },
              { u"HPCPUNAME"_s,
                  "SERIES " + FirmwareText::displayModel(identity(), "A500-200-11").toUpper() },
              { u"HPUSER"_s, userName() } };
    QByteArray out;
    for (const auto &[variable, value] : variables) {
        if (name.isEmpty() || name == variable)
            out += variable.toLatin1() + " = " + value + "\n";
    }
    if (out.isEmpty())
        out = "No match found for this variable set. (CIWARN 8105)\n";
    return Script(out + shellPrompt());
}

Script MpeixPersona::consoleKey(ConsoleKey key)
{
    if (key != ConsoleKey::CtrlA || phase() == Phase::Password)
        return {};
    m_consoleMode = true;
    return Script("\n=");
}

Script MpeixPersona::consoleCommand(const QString &text)
{
    m_consoleMode = false;
    QString command = text.trimmed().toUpper();
    if (command.startsWith(u'='))
        command.remove(0, 1);
    const QStringList args = words(command);
    if (args.value(0) == u"SHUTDOWN"_s)
        return shutdownSystem();
    if (args.value(0) == u"RECALL"_s)
        return Script("THERE ARE NO REPLIES PENDING (CIWARN 3020)\n" + promptForPhase());
    if (args.isEmpty())
        return Script(promptForPhase());
    return Script("INVALID CONSOLE COMMAND\n" + promptForPhase());
}

Script MpeixPersona::shutdownSystem()
{
    setPhase(Phase::Halted);
    m_consoleMode = false;
    Script script;
    script.say("\n*" + clock() + "/#S1/13/SHUTDOWN IN PROGRESS\n" + "*" + clock()
            + "/13/LOGONS DISABLED\n" + "*" + clock()
            + "/13/ALL JOBS AND SESSIONS WILL BE ABORTED\n",
        200);
    script.say("*" + clock() + "/#S21/54/LOGOFF ON LDEV #20.\n" + "*" + clock()
            + "/13/Spoolers are stopping.\n" + "*" + clock() + "/13/NETWORK IS DOWN.\n",
        700);
    script.say("Shutdown of operating system complete. (SHUT 6)\n\n"
               "Processor halted; the system may now be powered off.\n",
        500);
    return script.then(Effect::PowerOff);
}

} // namespace charon::sim
