// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "sim/hpuxpersona.h"

#include "sim/firmwaretext.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace charon::sim {

namespace {
const QByteArray kRelease = "B.11.31";

QByteArray unixDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTime(), u"ddd MMM d HH:mm:ss t yyyy"_s)
        .toLatin1();
}
} // namespace

HpuxPersona::HpuxPersona(const GuestIdentity &identity)
    : Persona(u"hpux"_s, identity)
{ }

QByteArray HpuxPersona::host() const
{
    return identity().hostname.toLatin1();
}

Script HpuxPersona::bootFromPowerOn()
{
    Script script = FirmwareText::pdcPowerOn(identity(), "hpux");
    return script.append(bootKernel());
}

Script HpuxPersona::bootKernel()
{
    const QByteArray kbytes = QByteArray::number(FirmwareText::memoryMB(identity(), 4096) * 1024);
    Script script;
    script.say("Boot\n: disk(0/0/3/0.0.0.0.0.0;0)/stand/vmunix\n"
               "10018816 + 1753088 + 1541432 start 0x1fa568\n\n",
        400);
    script.say("alloc_pdc_pages: Relocating PDC from 0xf0f0000000 to 0x3fb01000.\n"
               "gate64: sysvec_vaddr = 0xc0002000 for 2 pages\n"
               "NOTICE: nfs3_link(): File system was registered at index 3.\n"
               "NOTICE: autofs_link(): File system was registered at index 6.\n\n"
               "    System Console is on the Built-In Serial Interface\n"
               "Logical volume 64, 0x3 configured as ROOT\n"
               "Logical volume 64, 0x2 configured as SWAP\n"
               "Logical volume 64, 0x2 configured as DUMP\n"
               "    Swap device table:  (start & size given in 512-byte blocks)\n"
               "        entry 0 - major is 64, minor is 0x2; start = 0, size = 4194304\n"
               "Starting the STREAMS daemons-phase 1\nCreate STCP device files\n"
               "     $Revision: vmunix:    B.11.31_LR FLAVOR=perf\n"
               "Memory Information:\n"
               "    physical page size = 4096 bytes, logical page size = 4096 bytes\n"
               "    Physical: "
            + kbytes + " Kbytes, lockable: " + kbytes + " Kbytes\n\n",
        600);
    script.say("/sbin/ioinitrc:\n/sbin/bcheckrc:\n"
               "Checking for LVM volume groups and Activating (if any exist)\n"
               "Volume group \"/dev/vg00\" has been successfully changed.\n"
               "/sbin/fsclean: /dev/vg00/lvol3 (root) ok\n\n"
               "HP-UX Start-up in progress\n__________________________\n\n",
        400);
    script.say("     Configure system crash dumps ........................ OK\n"
               "     Mount file systems .................................. OK\n"
               "     Setting hostname .................................... OK\n"
               "     Start syslog daemon ................................. OK\n"
               "     Start network ....................................... OK\n"
               "     Start NFS client subsystem .......................... OK\n"
               "     Start cron .......................................... OK\n"
               "     Start remote system status daemon ................... OK\n\n"
               "The system is ready.\n\n",
        700);
    script.say(host() + " [HP Release " + kRelease + "] (see /etc/issue)\n" + loginPrompt(), 100);
    setPhase(Phase::Login);
    return script;
}

QByteArray HpuxPersona::loginPrompt() const
{
    return "Console Login: ";
}

QByteArray HpuxPersona::passwordPrompt() const
{
    return "Password:";
}

QByteArray HpuxPersona::welcome() const
{
    return QByteArray("Please wait...checking for disk quotas\n"
                      "(c)Copyright 1983-2006 Hewlett-Packard Development Company, L.P.\n\n"
                      "Value of TERM has been set to \"vt100\".\n")
        + (user() == u"root"_s ? "WARNING:  YOU ARE SUPERUSER !!\n\n" : "\n");
}

QByteArray HpuxPersona::shellPrompt() const
{
    return host() + (user() == u"root"_s ? " # " : " $ ");
}

Script HpuxPersona::shellCommand(const QString &command)
{
    const QStringList args = words(command);
    if (m_confirmingShutdown) {
        m_confirmingShutdown = false;
        if (command.trimmed() == u"y"_s)
            return bringDown(m_pendingReboot, m_pendingGrace);
        return Script("Shutdown aborted.\n" + shellPrompt());
    }
    if (args.isEmpty())
        return Script(shellPrompt());
    const QString verb = args.first().section(u'/', -1);
    const QByteArray prompt = shellPrompt();
    if (verb == u"shutdown"_s)
        return shutdown(args.mid(1));
    if (verb == u"reboot"_s)
        return reboot(args.mid(1));
    if (verb == u"uname"_s)
        return Script(uname(args.mid(1)) + "\n" + prompt);
    if (verb == u"hostname"_s)
        return Script(host() + "\n" + prompt);
    if (verb == u"model"_s)
        return Script(
            "9000/800/" + FirmwareText::displayModel(identity(), "rp3440") + "\n" + prompt);
    if (verb == u"whoami"_s)
        return Script(user().toLatin1() + "\n" + prompt);
    if (verb == u"id"_s) {
        const QByteArray id = user() == u"root"_s
            ? QByteArray("uid=0(root) gid=3(sys)")
            : QByteArray("uid=101(" + user().toLatin1() + ") gid=20(users)");
        return Script(id + "\n" + prompt);
    }
    if (verb == u"date"_s)
        return Script(unixDate() + "\n" + prompt);
    if (verb == u"uptime"_s) {
        const qint64 minutes = bootedAt().secsTo(QDateTime::currentDateTime()) / 60;
        return Script("  " + QTime::currentTime().toString(u"h:mm"_s).toLatin1() + "  up "
            + QByteArray::number(minutes) + " mins,  1 user,  load average: 0.02, 0.01, 0.00\n"
            + prompt);
    }
    if (verb == u"echo"_s)
        return Script(args.mid(1).join(u' ').toLatin1() + "\n" + prompt);
    if (verb == u"ls"_s)
        return Script(listing(args.mid(1)) + prompt);
    if (verb == u"exit"_s || verb == u"logout"_s) {
        setPhase(Phase::Login);
        return Script(
            "\n" + host() + " [HP Release " + kRelease + "] (see /etc/issue)\n" + loginPrompt());
    }
    return Script("sh: " + args.first().toLatin1() + ":  not found.\n" + prompt);
}

QByteArray HpuxPersona::listing(const QStringList &args) const
{
    // The root directory of a stock 11i v3 install, a screenful with `-l`: what the X11 bytes
    // benchmark echoes. Any other directory is an empty one.
    bool longFormat = false;
    QString dir = u"."_s;
    for (const QString &arg : args) {
        if (arg.startsWith(u'-'))
            longFormat = longFormat || arg.contains(u'l');
        else
            dir = arg;
    }
    if (dir != u"/"_s)
        return longFormat ? "total 0\n" : QByteArray();
    static const char *const kRoot[][2] = {
        { "-r--r--r--   1 root       sys            812 Nov 14  2019", ".profile" },
        { "lrwxr-xr-x   1 root       sys              8 Nov 14  2019", "bin -> /usr/bin" },
        { "dr-xr-xr-x  18 bin        bin           8192 Mar  3 09:12", "dev" },
        { "dr-xr-xr-x  32 bin        bin          12288 Mar  3 09:12", "etc" },
        { "drwxr-xr-x   6 root       root          8192 Nov 14  2019", "home" },
        { "lrwxr-xr-x   1 root       sys              8 Nov 14  2019", "lib -> /usr/lib" },
        { "drwxr-xr-x   2 root       root          8192 Nov 14  2019", "lost+found" },
        { "dr-xr-xr-x   3 root       root          8192 Nov 14  2019", "mnt" },
        { "dr-xr-xr-x   2 root       sys             96 Nov 14  2019", "net" },
        { "dr-xr-xr-x  48 bin        bin           8192 Jan 21  2020", "opt" },
        { "dr-xr-xr-x   9 bin        bin           8192 Jan 21  2020", "sbin" },
        { "dr-xr-xr-x   8 root       sys           1024 Mar  3 09:11", "stand" },
        { "drwxr-xr-x   3 root       sys             96 Nov 14  2019", "tcb" },
        { "drwxrwxrwt   9 bin        bin           8192 Mar  3 09:40", "tmp" },
        { "dr-xr-xr-x  24 bin        bin           8192 Jan 21  2020", "usr" },
        { "dr-xr-xr-x  26 bin        bin           8192 Nov 14  2019", "var" },
    };
    QByteArray out;
    if (longFormat) {
        out = "total 1296\n";
        for (const auto &entry : kRoot)
            out += QByteArray(entry[0]) + ' ' + entry[1] + '\n';
        return out;
    }
    QByteArrayList names;
    for (const auto &entry : kRoot)
        names << QByteArray(entry[1]).split(' ').first();
    return names.join(' ') + '\n';
}

QByteArray HpuxPersona::uname(const QStringList &args) const
{
    const QByteArray sysname = "HP-UX";
    const QList<QPair<QChar, QByteArray>> fields
        = { { u's', sysname }, { u'n', host() }, { u'r', kRelease }, { u'v', "U" },
              { u'm', "9000/800" }, { u'i', "2004574522" }, { u'l', "unlimited-user license" } };
    QString flags;
    for (const QString &arg : args) {
        if (!arg.startsWith(u'-'))
            return "uname: illegal option -- " + arg.toLatin1();
        flags += arg.mid(1);
    }
    if (flags.isEmpty())
        return sysname;
    QByteArrayList out;
    for (const auto &[flag, value] : fields) {
        if (flags.contains(u'a') || flags.contains(flag))
            out << value;
    }
    return out.join(' ');
}

Script HpuxPersona::shutdown(const QStringList &args)
{
    bool halt = false, reboot = false, yes = false;
    int grace = 60; // HP-UX's default grace period
    for (const QString &arg : args) {
        if (arg.startsWith(u'-')) {
            for (const QChar c : arg.mid(1)) {
                if (c == u'h')
                    halt = true;
                else if (c == u'r')
                    reboot = true;
                else if (c == u'y')
                    yes = true;
                else if (c != u'o')
                    return Script("shutdown: illegal option -- " + QByteArray(1, char(c.toLatin1()))
                        + "\nusage: shutdown [-h|-r] [-y] [-o] [grace]\n" + shellPrompt());
            }
        } else if (arg == u"now"_s) {
            grace = 0;
        } else {
            bool ok = false;
            grace = arg.toInt(&ok);
            if (!ok || grace < 0)
                return Script(
                    "shutdown: bad grace period " + arg.toLatin1() + "\n" + shellPrompt());
        }
    }
    if (halt == reboot)
        return Script("usage: shutdown [-h|-r] [-y] [-o] [grace]\n" + shellPrompt());
    if (yes)
        return bringDown(reboot, grace);
    m_confirmingShutdown = true;
    m_pendingReboot = reboot;
    m_pendingGrace = grace;
    return Script("\nSHUTDOWN PROGRAM\n" + unixDate()
        + "\n\nDo you want to continue? (You must respond with 'y' or 'n'.): ");
}

Script HpuxPersona::reboot(const QStringList &args)
{
    if (args.contains(u"-h"_s))
        return bringDown(false, 0);
    return bringDown(true, 0);
}

Script HpuxPersona::bringDown(bool reboot, int graceSeconds)
{
    setPhase(Phase::Halted);
    const QByteArray grace = QByteArray::number(graceSeconds);
    Script script;
    script.say("\nSHUTDOWN PROGRAM\n" + unixDate() + "\n\nBroadcast Message from root (console) "
            + unixDate()
            + "\nSYSTEM BEING BROUGHT DOWN NOW ! ! !\n\n"
              "Waiting a grace period of "
            + grace + " seconds for users to logout.\n",
        100);
    script.say("\nDo not turn off the power or press reset during the shutdown.\n\n"
               "The system will be "
            + QByteArray(reboot ? "rebooted" : "halted") + " by the \"reboot "
            + (reboot ? "" : "-h")
            + "\" command.\n\n"
              "System shutdown in progress\n___________________________\n\n",
        std::min(graceSeconds, 60) * 1000);
    script.say("     Stop cron ........................................... OK\n"
               "     Stop remote system status daemon .................... OK\n"
               "     Stop NFS client subsystem ........................... OK\n"
               "     Stop network ........................................ OK\n"
               "     Stop syslog daemon .................................. OK\n"
               "     Unmount file systems ................................ OK\n\n"
               "Transition to run-level 0 is complete.\n",
        600);
    script.say("Executing \"/sbin/reboot " + QByteArray(reboot ? "" : "-h")
            + "\".\n"
              "Shutdown at "
            + QTime::currentTime().toString(u"HH:mm"_s).toLatin1()
            + " (in 0 minutes)\n\n"
              "        *** FINAL System shutdown message from root@"
            + host()
            + " ***\n\n"
              "System going down IMMEDIATELY\n\n\nSystem shutdown time has arrived\n"
              "sync'ing disks (0 buffers to flush):\n0 buffers not flushed\n"
              "0 buffers still dirty\nClosing open logical volumes...\nDone\n",
        400);
    if (reboot)
        return script.say("\nSystem will reboot now\n", 200).append(powerOn());
    script.say("System has halted\nOK to turn off power or reset system\n"
               "UNLESS \"WAIT for UPS to turn off power\" message was printed above\n",
        200);
    return script.then(Effect::PowerOff);
}

} // namespace charon::sim
