// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "sim/openvmspersona.h"

#include "sim/firmwaretext.h"

#include <QLocale>
#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace charon::sim {

namespace {
struct Question
{
    const char *text;
    const char *defaultAnswer;
};
// The questions SHUTDOWN.COM asks for parameters P1..P7 that were not given, in parameter
// order: `@SYS$SYSTEM:SHUTDOWN 0 SHUTDOWN NO YES LATER NO NONE` answers them all.
const std::array<Question, 7> kQuestions = { {
    { "How many minutes until final shutdown [0]: ", "0" },
    { "Reason for shutdown [Standalone]: ", "Standalone" },
    { "Do you want to spin down the disk volumes [NO]? ", "NO" },
    { "Do you want to invoke the site-specific shutdown procedure [YES]? ", "YES" },
    { "When will the system be rebooted [later]: ", "later" },
    { "Should an automatic system reboot be performed [NO]? ", "NO" },
    { "Shutdown options (enter as a comma-separated list):\n"
      " REMOVE_NODE        Remaining nodes in the cluster should adjust quorum\n"
      " CLUSTER_SHUTDOWN   Entire cluster is shutting down\n"
      " REBOOT_CHECK       Check existence of basic system files\n"
      " SAVE_FEEDBACK      Save AUTOGEN feedback information from this boot\n"
      " DISABLE_AUTOSTART  Disable autostart queues\n"
      "Shutdown options [NONE]: ",
        "NONE" },
} };

QByteArray vmsTime(const QDateTime &when)
{
    return QLocale::c()
        .toString(when, u"dd-MMM-yyyy HH:mm:ss.zzz"_s)
        .toUpper()
        .chopped(1)
        .toLatin1();
}

QByteArray now()
{
    return vmsTime(QDateTime::currentDateTime());
}

// DCL keyword matching: any abbreviation of at least `minimum` characters.
bool isKeyword(const QString &word, const QString &keyword, int minimum)
{
    return word.size() >= minimum && keyword.startsWith(word);
}

QByteArray opcom(const QByteArray &message)
{
    return "%%%%%%%%%%%  OPCOM  " + now() + "  %%%%%%%%%%%\n" + message + "\n\n";
}
} // namespace

OpenvmsPersona::OpenvmsPersona(const GuestIdentity &identity)
    : Persona(u"openvms"_s, identity)
{ }

bool OpenvmsPersona::isVax() const
{
    return identity().profileId.compare(u"vax"_s, Qt::CaseInsensitive) == 0;
}

QByteArray OpenvmsPersona::node() const
{
    static const QRegularExpression notAlnum(u"[^A-Z0-9]"_s);
    const QString name = identity().hostname.toUpper().remove(notAlnum).left(6);
    return name.isEmpty() ? QByteArray("VMS001") : name.toLatin1();
}

QByteArray OpenvmsPersona::osName() const
{
    return isVax() ? "OpenVMS (TM) VAX Operating System, Version V7.3"
                   : "OpenVMS (TM) Alpha Operating System, Version V8.4";
}

Script OpenvmsPersona::bootFromPowerOn()
{
    if (isVax())
        return FirmwareText::vaxPowerOn(identity()).append(bootOperatingSystem());
    return FirmwareText::srmPowerOn(identity())
        .say("boot dka0 -flags 0,0\n", 300)
        .append(FirmwareText::srmBootstrap("dka0", "0,0"))
        .append(bootOperatingSystem());
}

Script OpenvmsPersona::bootOperatingSystem()
{
    m_question = -1;
    Script script;
    script.say("    " + osName() + "\n"
            + "    (c) Copyright 1976-2010 Hewlett-Packard Development Company, L.P.\n\n",
        400);
    QByteArray cpus;
    for (int cpu = 1; cpu < identity().cpus; ++cpu)
        cpus += "%SMP-I-CPUBOOTED, CPU #0" + QByteArray::number(cpu)
            + " has joined the PRIMARY CPU in multiprocessor operation\n";
    script.say("%STDRV-I-STARTUP, OpenVMS startup begun at " + now() + "\n" + cpus
            + "%RUN-S-PROC_ID, identification of created process is 00000205\n"
            + opcom("Operator _" + node() + "$OPA0: has been enabled, username SYSTEM"),
        600);
    script.say(opcom("Message from user SYSTEM on " + node()
                   + "\n%LAN-I-LINKUP, EWA0 link up, 100 Mbps, full duplex")
            + "%TCPIP-I-INFO, TCP/IP Services startup beginning at " + now() + "\n"
            + "%TCPIP-I-NORMAL, TCP/IP Services startup completed at " + now() + "\n"
            + "%SET-I-INTSET, login interactive limit = 64, current interactive value = 0\n",
        700);
    script.say("  SYSTEM       job terminated at " + now() + "\n\n"
            + "  Accounting information:\n"
              "  Buffered I/O count:            2188         Peak working set size:       6064\n"
              "  Direct I/O count:              1043         Peak page file size:       180144\n"
              "  Page faults:                  14235         Mounted volumes:                0\n"
              "  Charged CPU time:     0 00:00:05.12         Elapsed time:       0 00:00:12.34\n\n"
              " Welcome to "
            + osName() + "\n\n" + loginPrompt(),
        500);
    setPhase(Phase::Login);
    return script;
}

QByteArray OpenvmsPersona::loginPrompt() const
{
    return "Username: ";
}

QByteArray OpenvmsPersona::passwordPrompt() const
{
    return "Password: ";
}

QByteArray OpenvmsPersona::welcome() const
{
    return "\n Welcome to " + osName() + " on node " + node() + "\n"
        + "    Last interactive login on " + vmsTime(bootedAt()) + "\n";
}

QByteArray OpenvmsPersona::shellPrompt() const
{
    return "$ ";
}

Script OpenvmsPersona::loginLine(const QString &text)
{
    return Persona::loginLine(text.trimmed().toUpper());
}

Script OpenvmsPersona::shellCommand(const QString &command)
{
    if (m_question >= 0) {
        if (!command.trimmed().isEmpty())
            m_shutdownAnswers[m_question] = command.trimmed();
        ++m_question;
        return nextShutdownQuestion();
    }
    const QStringList args = words(command.toUpper());
    if (args.isEmpty())
        return Script(shellPrompt());
    const QString verb = args.first();
    if (verb.startsWith(u'@')) {
        static const QRegularExpression shutdownProcedure(
            uR"(^@(SYS\$SYSTEM:)?SHUTDOWN(\.COM)?(;\d*)?$)"_s);
        if (shutdownProcedure.match(verb).hasMatch())
            return startShutdown(words(command).mid(1));
        return Script("%DCL-E-OPENIN, error opening " + verb.mid(1).toLatin1()
            + " as input\n-RMS-E-FNF, file not found\n" + shellPrompt());
    }
    if (isKeyword(verb, u"SHOW"_s, 2))
        return show(args.mid(1));
    if (isKeyword(verb, u"LOGOUT"_s, 2)) {
        setPhase(Phase::Login);
        return Script("  " + user().toLatin1().leftJustified(12) + " logged out at " + now()
            + "\n\n" + loginPrompt());
    }
    if (verb == u"WRITE"_s && command.toUpper().contains(u"F$GETSYI(\"NODENAME\")"_s))
        return Script(node() + "\n" + shellPrompt());
    return Script("%DCL-W-IVVERB, unrecognized command verb - check validity and spelling\n \\"
        + verb.toLatin1() + "\\\n" + shellPrompt());
}

Script OpenvmsPersona::show(const QStringList &args)
{
    const QString what = args.value(0);
    const QByteArray prompt = shellPrompt();
    if (isKeyword(what, u"TIME"_s, 2) || isKeyword(what, u"DAYTIME"_s, 2))
        return Script("  " + now().chopped(3) + "\n" + prompt);
    if (isKeyword(what, u"SYSTEM"_s, 3)) {
        const qint64 up = bootedAt().secsTo(QDateTime::currentDateTime());
        const QByteArray uptime = QByteArray::number(up / 86400) + " "
            + QTime(0, 0).addSecs(int(up % 86400)).toString(u"HH:mm:ss"_s).toLatin1();
        return Script("OpenVMS " + QByteArray(isVax() ? "V7.3" : "V8.4") + "  on node " + node()
            + "  " + now() + "  Uptime  " + uptime + "\n"
            + "  Pid    Process Name    State  Pri      I/O       CPU       Page flts  Pages\n"
              "00000201 SWAPPER         HIB     16        0   0 00:00:00.01         0      0\n"
              "00000205 CONFIGURE       HIB      8        5   0 00:00:00.02       178    212\n"
              "00000207 LANACP          HIB     13       63   0 00:00:00.03       274    352\n"
              "0000020D OPCOM           HIB      8      103   0 00:00:00.04       310    248\n"
              "0000020F JOB_CONTROL     HIB     10       41   0 00:00:00.02       173    253\n"
              "00000210 QUEUE_MANAGER   HIB      9      107   0 00:00:00.07       408    550\n"
              "00000215 TCPIP$INETACP   HIB     10       35   0 00:00:00.02       150    201\n"
              "00000220 "
            + user().toLatin1().leftJustified(16)
            + "CUR  0   4      188   0 00:00:00.12       410    302\n" + prompt);
    }
    if (isKeyword(what, u"USERS"_s, 2)) {
        return Script("      OpenVMS User Processes at " + now() + "\n"
            + "    Total number of users = 1,  number of processes = 1\n\n"
              " Username  Interactive  Subprocess   Batch\n "
            + user().toLatin1().leftJustified(18) + "1\n" + prompt);
    }
    if (what.isEmpty())
        return Script("%DCL-W-INSFPRM, missing command parameters - supply all required "
                      "parameters\n"
            + prompt);
    return Script("%DCL-W-IVKEYW, unrecognized keyword - check validity and spelling\n \\"
        + what.toLatin1() + "\\\n" + prompt);
}

Script OpenvmsPersona::startShutdown(const QStringList &parameters)
{
    m_shutdownAnswers = QStringList(int(kQuestions.size()));
    for (int i = 0; i < parameters.size() && i < m_shutdownAnswers.size(); ++i)
        m_shutdownAnswers[i] = parameters.at(i) == u"\"\""_s ? QString() : parameters.at(i);
    m_question = 0;
    Script script("\n\n        SHUTDOWN -- Perform an Orderly System Shutdown\n"
                  "                    on node "
        + node() + "\n\n");
    return script.append(nextShutdownQuestion());
}

Script OpenvmsPersona::nextShutdownQuestion()
{
    while (m_question < int(kQuestions.size()) && !m_shutdownAnswers.at(m_question).isEmpty())
        ++m_question;
    if (m_question < int(kQuestions.size()))
        return Script(kQuestions.at(m_question).text);
    for (int i = 0; i < int(kQuestions.size()); ++i) {
        if (m_shutdownAnswers.at(i).isEmpty())
            m_shutdownAnswers[i] = QString::fromLatin1(kQuestions.at(i).defaultAnswer);
    }
    m_question = -1;
    return performShutdown();
}

Script OpenvmsPersona::performShutdown()
{
    const bool reboot = m_shutdownAnswers.at(5).toUpper().startsWith(u'Y');
    const QByteArray reason = m_shutdownAnswers.at(1).toLatin1();
    const QByteArray when = m_shutdownAnswers.at(4).toUpper().toLatin1();
    Script script;
    script.say("%SHUTDOWN-I-BOOTCHECK, performing reboot consistency check...\n"
               "%SHUTDOWN-I-CHECKOK, basic reboot consistency check completed\n"
               "%SHUTDOWN-I-OPERATOR, this terminal is now an operator's console\n"
               "%SHUTDOWN-I-DISLOGINS, interactive logins will now be disabled\n"
               "%SET-I-INTSET, login interactive limit = 0, current interactive value = 1\n",
        300);
    script.say("%SHUTDOWN-I-SHUTNET, the DECnet network will now be shut down\n"
               "%SHUTDOWN-I-STOPQUEUE, the queue manager will now be stopped\n"
               "SHUTDOWN message on "
            + node() + " from user " + user().toLatin1() + " at _" + node() + "$OPA0:   " + now()
            + "\n" + node() + " will shut down in " + m_shutdownAnswers.at(0).toLatin1()
            + " minutes; back up " + when + ".  Please log off node " + node() + ".\n" + reason
            + "\n",
        600);
    script.say("%SHUTDOWN-I-STOPUSER, all user processes will now be stopped\n"
               "%SHUTDOWN-I-REMOVE, all installed images will now be removed\n"
               "%SHUTDOWN-I-DISMOUNT, all volumes will now be dismounted\n"
            + opcom("Message from user SYSTEM on " + node() + "\n_" + node() + "$OPA0:, " + node()
                + " shutdown was requested by the operator.")
            + opcom("Logfile was closed by operator _" + node()
                + "$OPA0:\nLogfile was "
                  "SYS$SYSROOT:[SYSMGR]OPERATOR.LOG;12"),
        700);
    if (reboot) {
        script.say("     SYSTEM SHUTDOWN COMPLETE\n", 300);
        if (!isVax())
            script.append(FirmwareText::srmBootstrap("dka0", "0,0"));
        return script.append(bootOperatingSystem());
    }
    setPhase(Phase::Firmware);
    if (isVax()) {
        return script.say("     SYSTEM SHUTDOWN COMPLETE - USE CONSOLE TO HALT SYSTEM\n", 300)
            .say(haltedToConsole(true), 500);
    }
    return script.say("     SYSTEM SHUTDOWN COMPLETE\n", 300).say(haltedToConsole(false), 300);
}

QByteArray OpenvmsPersona::haltedToConsole(bool byOperator) const
{
    if (isVax())
        return "\n?02 EXT HLT\n        PC = 8000D5A2\n>>> ";
    return FirmwareText::srmHalted(
        byOperator ? 1 : 5, byOperator ? "operator initiated halt" : "HALT instruction executed");
}

Script OpenvmsPersona::breakIn()
{
    if (phase() == Phase::Firmware || phase() == Phase::Halted)
        return {};
    m_question = -1;
    setPhase(Phase::Firmware);
    return Script(haltedToConsole(true));
}

Script OpenvmsPersona::consoleKey(ConsoleKey key)
{
    if (key == ConsoleKey::F6 && phase() == Phase::Firmware) {
        setPhase(Phase::Halted);
        return Script("\n").then(Effect::PowerOff);
    }
    if (key == ConsoleKey::CtrlC && m_question >= 0) {
        m_question = -1;
        return Script("\n%SHUTDOWN-I-ABORT, shutdown aborted\n" + shellPrompt());
    }
    if (key == ConsoleKey::CtrlC && phase() == Phase::Shell)
        return Script(" *Cancel*\n\n" + shellPrompt());
    return {};
}

Script OpenvmsPersona::firmwareCommand(const QString &command)
{
    FirmwareText::Action action = FirmwareText::Action::None;
    Script script = isVax() ? FirmwareText::vaxCommand(command, &action)
                            : FirmwareText::srmCommand(command, identity(), &action);
    if (action == FirmwareText::Action::Boot) {
        if (isVax())
            return FirmwareText::vaxPowerOn(identity()).append(bootOperatingSystem());
        return FirmwareText::srmBootstrap("dka0", "0,0").append(bootOperatingSystem());
    }
    if (action == FirmwareText::Action::PowerOff) {
        setPhase(Phase::Halted);
        script.then(Effect::PowerOff);
    }
    return script;
}

} // namespace charon::sim
