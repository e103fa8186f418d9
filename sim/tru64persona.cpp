// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "sim/tru64persona.h"

#include "sim/firmwaretext.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace charon::sim {

namespace {
const QByteArray kVersion = "Compaq Tru64 UNIX V5.1B (Rev. 2650)";

QByteArray unixDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTime(), u"ddd MMM d HH:mm:ss t yyyy"_s)
        .toLatin1();
}
} // namespace

Tru64Persona::Tru64Persona(const GuestIdentity &identity)
    : Persona(u"tru64"_s, identity)
{ }

QByteArray Tru64Persona::host() const
{
    return identity().hostname.toLatin1();
}

Script Tru64Persona::bootFromPowerOn()
{
    return FirmwareText::srmPowerOn(identity())
        .say("boot dka0 -flags A\n", 300)
        .append(FirmwareText::srmBootstrap("dka0", "A"))
        .append(bootOperatingSystem());
}

Script Tru64Persona::bootOperatingSystem()
{
    const QByteArray mb = QByteArray::number(FirmwareText::memoryMB(identity(), 4096));
    Script script;
    script.say("UNIX boot - Wednesday August 01, 2001\n\nLoading vmunix ...\n"
               "Loading at fffffc0000230000\nStarting at 0xfffffc0000240e40\n\n",
        400);
    script.say(kVersion + "; " + unixDate() + "\nphysical memory = " + mb
            + ".00 megabytes.\navailable memory = " + mb + ".00 megabytes.\n"
            + "using 16088 buffers containing 125.68 megabytes of memory\n"
            + FirmwareText::displayModel(identity(), "AlphaServer ES40") + "\n"
            + "Firmware revision: 7.3\nPALcode: Tru64 UNIX version 1.92-105\n"
              "pci0 at mcbus0 slot 5\nscsi0 at pci0 slot 1\n"
              "ewa0: DE500-BA, hardware address: 00-00-F8-01-02-03\n\n",
        600);
    script.say("Checking local filesystems\n/sbin/ufs_fsck -p\n"
               "/dev/rdisk/dsk0a: 1645 files, 94531 used, 289624 free\n\n"
               "The system is coming up.  Please wait...\n"
               "Setting kernel timezone variable\nConfiguring network\n"
               "Loading LMF licenses\nsyslogd started\nCron service started\n"
               "Mail service started\n\nThe system is ready.\n\n",
        700);
    script.say(kVersion + " (" + host() + ") console\n\n" + loginPrompt(), 100);
    setPhase(Phase::Login);
    return script;
}

QByteArray Tru64Persona::loginPrompt() const
{
    return "login: ";
}

QByteArray Tru64Persona::passwordPrompt() const
{
    return "Password:";
}

QByteArray Tru64Persona::welcome() const
{
    return "Last login: " + unixDate() + " on console\n\n" + kVersion + "; " + unixDate() + "\n\n";
}

QByteArray Tru64Persona::shellPrompt() const
{
    return host() + (user() == u"root"_s ? "# " : "> ");
}

Script Tru64Persona::shellCommand(const QString &command)
{
    const QStringList args = words(command);
    if (args.isEmpty())
        return Script(shellPrompt());
    const QString verb = args.first().section(u'/', -1);
    const QByteArray prompt = shellPrompt();
    if (verb == u"init"_s && args.size() == 2 && (args.at(1) == u"0"_s || args.at(1) == u"6"_s))
        return bringDown(args.at(1) == u"6"_s, "init " + args.at(1).toLatin1());
    if (verb == u"halt"_s)
        return bringDown(false, "halt");
    if (verb == u"reboot"_s)
        return bringDown(true, "reboot");
    if (verb == u"shutdown"_s)
        return shutdown(args.mid(1));
    if (verb == u"uname"_s)
        return Script(uname(args.mid(1)) + "\n" + prompt);
    if (verb == u"hostname"_s)
        return Script(host() + "\n" + prompt);
    if (verb == u"whoami"_s)
        return Script(user().toLatin1() + "\n" + prompt);
    if (verb == u"date"_s)
        return Script(unixDate() + "\n" + prompt);
    if (verb == u"uptime"_s) {
        const qint64 minutes = bootedAt().secsTo(QDateTime::currentDateTime()) / 60;
        return Script(QTime::currentTime().toString(u"HH:mm"_s).toLatin1() + "  up "
            + QByteArray::number(minutes) + " mins,  1 user,  load average: 0.01, 0.00, 0.00\n"
            + prompt);
    }
    if (verb == u"echo"_s)
        return Script(args.mid(1).join(u' ').toLatin1() + "\n" + prompt);
    if (verb == u"exit"_s || verb == u"logout"_s) {
        setPhase(Phase::Login);
        return Script("\n\n" + kVersion + " (" + host() + ") console\n\n" + loginPrompt());
    }
    return Script("sh: " + args.first().toLatin1() + ": not found\n" + prompt);
}

QByteArray Tru64Persona::uname(const QStringList &args) const
{
    const QList<QPair<QChar, QByteArray>> fields = { { u's', "OSF1" }, { u'n', host() },
        { u'r', "V5.1" }, { u'v', "2650" }, { u'm', "alpha" } };
    QString flags;
    for (const QString &arg : args) {
        if (!arg.startsWith(u'-'))
            return "uname: extra operand " + arg.toLatin1();
        flags += arg.mid(1);
    }
    if (flags.isEmpty())
        return "OSF1";
    QByteArrayList out;
    for (const auto &[flag, value] : fields) {
        if (flags.contains(u'a') || flags.contains(flag))
            out << value;
    }
    return out.join(' ');
}

Script Tru64Persona::shutdown(const QStringList &args)
{
    const bool halt = args.contains(u"-h"_s);
    const bool reboot = args.contains(u"-r"_s);
    const bool now = args.contains(u"now"_s) || args.contains(u"0"_s);
    if (halt == reboot || !now)
        return Script("usage: shutdown -h|-r now\n" + shellPrompt());
    return bringDown(reboot, "shutdown");
}

Script Tru64Persona::bringDown(bool reboot, const QByteArray &how)
{
    setPhase(Phase::Halted);
    Script script;
    script.say("\nShutdown at " + QTime::currentTime().toString(u"HH:mm"_s).toLatin1()
            + " (in 0 minutes) [pid 1234]\n\n"
            + "        *** FINAL System shutdown message from root@" + host() + " ***\n\n"
            + "System going down IMMEDIATELY\n... " + how + "\n\n",
        200);
    script.say("The system is shutting down.  Please wait...\n"
               "Stopping mail service\nStopping cron service\nStopping syslogd\n"
               "Stopping network\nUnmounting local filesystems\n",
        700);
    script.say("syncing disks... done\n", 300);
    if (reboot) {
        script.say("rebooting.... (transferring to monitor)\n", 300);
        return script.append(FirmwareText::srmBootstrap("dka0", "A")).append(bootOperatingSystem());
    }
    setPhase(Phase::Firmware);
    return script.say("CPU 0: Halting... (transferring to monitor)\n"
            + FirmwareText::srmHalted(1, "operator initiated halt"),
        300);
}

Script Tru64Persona::breakIn()
{
    if (phase() == Phase::Firmware || phase() == Phase::Halted)
        return {};
    setPhase(Phase::Firmware);
    return Script(FirmwareText::srmHalted(1, "operator initiated halt"));
}

Script Tru64Persona::consoleKey(ConsoleKey key)
{
    if (key == ConsoleKey::F6 && phase() == Phase::Firmware) {
        setPhase(Phase::Halted);
        return Script("\n").then(Effect::PowerOff);
    }
    return Persona::consoleKey(key);
}

Script Tru64Persona::firmwareCommand(const QString &command)
{
    FirmwareText::Action action = FirmwareText::Action::None;
    Script script = FirmwareText::srmCommand(command, identity(), &action);
    if (action == FirmwareText::Action::Boot)
        return FirmwareText::srmBootstrap("dka0", "A").append(bootOperatingSystem());
    if (action == FirmwareText::Action::PowerOff) {
        setPhase(Phase::Halted);
        script.then(Effect::PowerOff);
    }
    return script;
}

} // namespace charon::sim
