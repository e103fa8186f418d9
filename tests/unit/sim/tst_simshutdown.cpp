// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The clean shutdown of each guest persona: recognised in the OS's own syntax (and only
// there), ending in power off (PDC machines) or at the firmware prompt (SRM / VAX), where
// `power off`, F6 or `boot` take over; a console break halts uncleanly.
#include "tests/harness/testmain.h"
#include "tests/unit/sim/simpersonahelpers.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::sim;
using namespace charon::sim::test;

class TestSimShutdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanShutdown_data()
    {
        QTest::addColumn<QString>("os");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<bool>("powersOff");
        QTest::addColumn<QByteArray>("lastWords");
        QTest::newRow("hpux shutdown -h -y 0")
            << u"hpux"_s << u"par"_s << QStringList { u"shutdown -h -y 0"_s } << true
            << QByteArray("OK to turn off power or reset system");
        QTest::newRow("hpux /sbin/shutdown -hy now")
            << u"hpux"_s << u"par"_s << QStringList { u"/sbin/shutdown -hy now"_s } << true
            << QByteArray("System has halted");
        QTest::newRow("hpux asks without -y")
            << u"hpux"_s << u"par"_s << QStringList { u"shutdown -h 0"_s, u"y"_s } << true
            << QByteArray("System has halted");
        QTest::newRow("mpe SHUTDOWN SYSTEM")
            << u"mpeix"_s << u"par"_s << QStringList { u"SHUTDOWN SYSTEM"_s } << true
            << QByteArray("Shutdown of operating system complete. (SHUT 6)");
        QTest::newRow("mpe :shutdown system (lower case)")
            << u"mpeix"_s << u"par"_s << QStringList { u":shutdown system"_s } << true
            << QByteArray("(SHUT 6)");
        QTest::newRow("mpe =SHUTDOWN typed")
            << u"mpeix"_s << u"par"_s << QStringList { u"=SHUTDOWN"_s } << true
            << QByteArray("(SHUT 6)");
        QTest::newRow("vms with parameters")
            << u"openvms"_s << u"axp"_s
            << QStringList { u"@SYS$SYSTEM:SHUTDOWN 0 SHUTDOWN NO YES LATER NO NONE"_s } << false
            << QByteArray("SYSTEM SHUTDOWN COMPLETE");
        QTest::newRow("vms lower case, questions answered with Return")
            << u"openvms"_s << u"axp"_s
            << QStringList { u"@sys$system:shutdown"_s, {}, {}, {}, {}, {}, {}, {} } << false
            << QByteArray("halted CPU 0");
        QTest::newRow("vax") << u"openvms"_s << u"vax"_s
                             << QStringList { u"@SYS$SYSTEM:SHUTDOWN 0 X NO YES LATER NO NONE"_s }
                             << false << QByteArray("USE CONSOLE TO HALT SYSTEM");
        QTest::newRow("tru64 /sbin/init 0")
            << u"tru64"_s << u"axp"_s << QStringList { u"/sbin/init 0"_s } << false
            << QByteArray("CPU 0: Halting...");
        QTest::newRow("tru64 shutdown -h now")
            << u"tru64"_s << u"axp"_s << QStringList { u"shutdown -h now"_s } << false
            << QByteArray("halted CPU 0");
    }

    void cleanShutdown()
    {
        QFETCH(QString, os);
        QFETCH(QString, profile);
        QFETCH(QStringList, lines);
        QFETCH(bool, powersOff);
        QFETCH(QByteArray, lastWords);
        const std::unique_ptr<Persona> persona = booted(os, profile);
        logIn(*persona);
        // When the OS's shutdown command is given
        const Script script = typeAll(*persona, lines);
        QVERIFY2(script.text().contains(lastWords), script.text().constData());
        if (powersOff) {
            // Then PDC machines halt and the emulator powers off
            QVERIFY(script.hasEffect(Effect::PowerOff));
            QCOMPARE(persona->phase(), Persona::Phase::Halted);
            QCOMPARE(script.steps().last().effect, Effect::PowerOff);
        } else {
            // Then SRM / VAX machines wait at the firmware prompt
            QVERIFY(!script.hasEffect(Effect::PowerOff));
            QCOMPARE(persona->phase(), Persona::Phase::Firmware);
            QVERIFY2(script.text().trimmed().endsWith(">>>"), script.text().right(100).constData());
        }
    }

    void mpeConsoleShutdownAfterCtrlA()
    {
        const std::unique_ptr<Persona> persona = booted(u"mpeix"_s, u"par"_s);
        // Given the console prompt from Ctrl-A (no logon needed)
        QCOMPARE(persona->key(ConsoleKey::CtrlA).text(), QByteArray("\n="));
        // When SHUTDOWN is typed at it, Then MPE shuts down and the machine powers off
        QVERIFY(persona->line(u"shutdown"_s).hasEffect(Effect::PowerOff));
    }

    void notShutdownCommands_data()
    {
        QTest::addColumn<QString>("os");
        QTest::addColumn<QString>("command");
        QTest::newRow("hpux upper case") << u"hpux"_s << u"SHUTDOWN -H -Y 0"_s;
        QTest::newRow("hpux without -h or -r") << u"hpux"_s << u"shutdown -y 0"_s;
        QTest::newRow("tru64 init 3") << u"tru64"_s << u"/sbin/init 3"_s;
        QTest::newRow("tru64 shutdown later") << u"tru64"_s << u"shutdown -h +5"_s;
        QTest::newRow("mpe SHUTDOWN FOO") << u"mpeix"_s << u"SHUTDOWN FOO"_s;
        QTest::newRow("vms other procedure") << u"openvms"_s << u"@SYS$SYSTEM:STARTUP"_s;
    }

    void notShutdownCommands()
    {
        QFETCH(QString, os);
        QFETCH(QString, command);
        const std::unique_ptr<Persona> persona = booted(os, profileFor(os));
        logIn(*persona);
        const Script script = persona->line(command);
        QVERIFY(!script.hasEffect(Effect::PowerOff));
        QCOMPARE(persona->phase(), Persona::Phase::Shell);
    }

    void srmPowerOffEndsTheEmulator_data()
    {
        QTest::addColumn<QString>("os");
        QTest::addColumn<QString>("shutdown");
        QTest::newRow("openvms") << u"openvms"_s
                                 << u"@SYS$SYSTEM:SHUTDOWN 0 X NO NO LATER NO NONE"_s;
        QTest::newRow("tru64") << u"tru64"_s << u"/sbin/init 0"_s;
    }

    void srmPowerOffEndsTheEmulator()
    {
        QFETCH(QString, os);
        QFETCH(QString, shutdown);
        const std::unique_ptr<Persona> persona = booted(os, u"axp"_s);
        logIn(*persona);
        persona->line(shutdown);
        // Given the SRM prompt, firmware commands answer and `boot` would boot again
        QVERIFY(persona->line(u"show version"_s).text().contains("V7.3-1"));
        QCOMPARE(persona->phase(), Persona::Phase::Firmware);
        // When `power off` is typed, Then the emulator ends
        QVERIFY(persona->line(u"POWER OFF"_s).hasEffect(Effect::PowerOff));
        QCOMPARE(persona->phase(), Persona::Phase::Halted);
    }

    void srmBootBootsAgain()
    {
        const std::unique_ptr<Persona> persona = booted(u"openvms"_s, u"axp"_s);
        logIn(*persona);
        persona->line(u"@SYS$SYSTEM:SHUTDOWN 0 X NO NO LATER NO NONE"_s);
        const QByteArray text = persona->line(u"boot"_s).text();
        QVERIFY(text.contains("jumping to bootstrap code"));
        QVERIFY(text.endsWith("Username: "));
        QCOMPARE(persona->phase(), Persona::Phase::Login);
    }

    void vmsAutomaticRebootBootsAgain()
    {
        const std::unique_ptr<Persona> persona = booted(u"openvms"_s, u"axp"_s);
        logIn(*persona);
        const Script script = persona->line(u"@SYS$SYSTEM:SHUTDOWN 0 X NO NO LATER YES NONE"_s);
        QVERIFY(script.text().endsWith("Username: "));
        QCOMPARE(persona->phase(), Persona::Phase::Login);
    }

    void vaxF6AtConsoleEndsTheEmulator()
    {
        const std::unique_ptr<Persona> persona = booted(u"openvms"_s, u"vax"_s);
        logIn(*persona);
        // F6 in the shell is nothing
        QVERIFY(!persona->key(ConsoleKey::F6).hasEffect(Effect::PowerOff));
        persona->line(u"@SYS$SYSTEM:SHUTDOWN 0 X NO NO LATER NO NONE"_s);
        // `power off` is an SRM command, not a VAX console one
        QVERIFY(persona->line(u"power off"_s).text().contains("?31 ILL CMD"));
        QVERIFY(persona->key(ConsoleKey::F6).hasEffect(Effect::PowerOff));
    }

    void hpuxRebootBootsAgain()
    {
        const std::unique_ptr<Persona> persona = booted(u"hpux"_s, u"par"_s);
        logIn(*persona);
        const Script script = persona->line(u"shutdown -r -y 0"_s);
        QVERIFY(!script.hasEffect(Effect::PowerOff));
        QVERIFY(script.text().contains("Firmware Version"));
        QCOMPARE(persona->phase(), Persona::Phase::Login);
    }

    void breakHaltsIntoFirmware_data()
    {
        QTest::addColumn<QString>("os");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QByteArray>("halted");
        QTest::newRow("openvms-axp")
            << u"openvms"_s << u"axp"_s << QByteArray("operator initiated halt");
        QTest::newRow("openvms-vax") << u"openvms"_s << u"vax"_s << QByteArray("?02 EXT HLT");
        QTest::newRow("tru64") << u"tru64"_s << u"axp"_s << QByteArray("halted CPU 0");
        QTest::newRow("hpux: no break") << u"hpux"_s << u"par"_s << QByteArray();
    }

    void breakHaltsIntoFirmware()
    {
        QFETCH(QString, os);
        QFETCH(QString, profile);
        QFETCH(QByteArray, halted);
        const std::unique_ptr<Persona> persona = booted(os, profile);
        logIn(*persona);
        const Script script = persona->breakIn();
        QCOMPARE(script.text().contains(halted), true);
        QCOMPARE(
            persona->phase(), halted.isEmpty() ? Persona::Phase::Shell : Persona::Phase::Firmware);
    }
};

CHARON_TEST_GUILESS_MAIN(TestSimShutdown)
#include "tst_simshutdown.moc"
