// The guest personas of charon-guest-sim, without any network: input lines in, console text and
// effects out. Each OS must boot to its login prompt, accept any credentials, answer a few
// commands (case-insensitively where the OS is), and recognise its clean shutdown.

#include "sim/persona.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::sim;

namespace {
GuestIdentity identityFor(const QString &profile)
{
    GuestIdentity id;
    id.hostname = u"testhost"_s;
    id.profileId = profile;
    id.model = profile == u"par"_s ? u"rp4440"_s
        : profile == u"vax"_s      ? u"VAX_4000_Model_106"_s
                                   : u"AlphaServer_ES40"_s;
    id.cpus = 2;
    id.memoryMB = 2048;
    return id;
}

std::unique_ptr<Persona> booted(
    const QString &os, const QString &profile, QByteArray *bootText = nullptr)
{
    std::unique_ptr<Persona> persona = Persona::create(os, identityFor(profile));
    const Script boot = persona->powerOn();
    if (bootText)
        *bootText = boot.text();
    return persona;
}

// Logs in the way an operator would on that OS; returns the text of the last answer.
QByteArray logIn(Persona &persona)
{
    if (persona.os() == u"mpeix"_s)
        persona.line(u"HELLO OPERATOR.SYS"_s);
    else
        persona.line(u"operator"_s);
    return persona.line(u"any-password"_s).text();
}

Script typeAll(Persona &persona, const QStringList &lines)
{
    Script all;
    for (const QString &line : lines)
        all.append(persona.line(line));
    return all;
}
} // namespace

class TestSimPersona : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bootEndsAtLoginPrompt_data()
    {
        QTest::addColumn<QString>("os");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QByteArray>("firmware");
        QTest::addColumn<QByteArray>("prompt");
        QTest::newRow("hpux") << u"hpux"_s << u"par"_s << QByteArray("Firmware Version")
                              << QByteArray("Console Login: ");
        QTest::newRow("mpeix") << u"mpeix"_s << u"par"_s << QByteArray("ISL booting  START")
                               << QByteArray("MPE XL:");
        QTest::newRow("openvms-axp")
            << u"openvms"_s << u"axp"_s << QByteArray("AlphaServer ES40 Console V7.3-1")
            << QByteArray("Username: ");
        QTest::newRow("openvms-vax")
            << u"openvms"_s << u"vax"_s << QByteArray("KA655-B") << QByteArray("Username: ");
        QTest::newRow("tru64") << u"tru64"_s << u"axp"_s << QByteArray(">>>boot dka0")
                               << QByteArray("login: ");
    }

    void bootEndsAtLoginPrompt()
    {
        QFETCH(QString, os);
        QFETCH(QString, profile);
        QFETCH(QByteArray, firmware);
        QFETCH(QByteArray, prompt);
        // Given a persona, When powered on
        QByteArray text;
        const std::unique_ptr<Persona> persona = booted(os, profile, &text);
        // Then the firmware speaks first and the boot ends at the login prompt
        QVERIFY2(text.contains(firmware), text.constData());
        QVERIFY2(text.endsWith(prompt), text.right(200).constData());
        QCOMPARE(persona->phase(), Persona::Phase::Login);
        QVERIFY(persona->echoesInput());
    }

    void anyCredentialsLogIn_data()
    {
        QTest::addColumn<QString>("os");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QByteArray>("shellPrompt");
        QTest::newRow("hpux") << u"hpux"_s << u"par"_s << QByteArray("testhost $ ");
        QTest::newRow("mpeix") << u"mpeix"_s << u"par"_s << QByteArray(":");
        QTest::newRow("openvms") << u"openvms"_s << u"axp"_s << QByteArray("$ ");
        QTest::newRow("tru64") << u"tru64"_s << u"axp"_s << QByteArray("testhost> ");
    }

    void anyCredentialsLogIn()
    {
        QFETCH(QString, os);
        QFETCH(QString, profile);
        QFETCH(QByteArray, shellPrompt);
        const std::unique_ptr<Persona> persona = booted(os, profile);
        // When the user name is given, Then the password is asked without echo
        persona->line(os == u"mpeix"_s ? u"HELLO OPERATOR.SYS"_s : u"operator"_s);
        QCOMPARE(persona->phase(), Persona::Phase::Password);
        QVERIFY(!persona->echoesInput());
        // When any password is given, Then a shell prompt follows
        const QByteArray text = persona->line(u"whatever"_s).text();
        QCOMPARE(persona->phase(), Persona::Phase::Shell);
        QVERIFY(persona->echoesInput());
        QVERIFY2(text.endsWith(shellPrompt), text.constData());
    }

    void mpeWantsHelloBeforeAnything()
    {
        const std::unique_ptr<Persona> persona = booted(u"mpeix"_s, u"par"_s);
        QVERIFY(persona->line(u"SHOWME"_s).text().contains("CIERR 1402"));
        QVERIFY(persona->line(u"HELLO OPERATOR"_s).text().contains("CIERR 1424"));
        QCOMPARE(persona->phase(), Persona::Phase::Login);
        persona->line(u":hello mgr/secret.sys/other,pub"_s);
        QCOMPARE(persona->phase(), Persona::Phase::Password);
        QCOMPARE(persona->user(), u"MGR.SYS"_s);
    }

    void commandsAnswer_data()
    {
        QTest::addColumn<QString>("os");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("hpux uname -a") << u"hpux"_s << u"par"_s << u"uname -a"_s
                                       << QByteArray("HP-UX testhost B.11.31 U 9000/800");
        QTest::newRow("hpux hostname")
            << u"hpux"_s << u"par"_s << u"hostname"_s << QByteArray("testhost\n");
        QTest::newRow("hpux model")
            << u"hpux"_s << u"par"_s << u"/usr/bin/model"_s << QByteArray("9000/800/rp4440");
        QTest::newRow("hpux unknown") << u"hpux"_s << u"par"_s << u"frobnicate"_s
                                      << QByteArray("sh: frobnicate:  not found.");
        QTest::newRow("hpux is case-sensitive")
            << u"hpux"_s << u"par"_s << u"UNAME -A"_s << QByteArray("sh: UNAME:  not found.");
        QTest::newRow("tru64 uname -a") << u"tru64"_s << u"axp"_s << u"uname -a"_s
                                        << QByteArray("OSF1 testhost V5.1 2650 alpha");
        QTest::newRow("tru64 is case-sensitive")
            << u"tru64"_s << u"axp"_s << u"HOSTNAME"_s << QByteArray("sh: HOSTNAME: not found");
        QTest::newRow("vms SHOW SYSTEM") << u"openvms"_s << u"axp"_s << u"SHOW SYSTEM"_s
                                         << QByteArray("OpenVMS V8.4  on node TESTHO");
        QTest::newRow("vms abbreviated, lower case")
            << u"openvms"_s << u"axp"_s << u"sh sys"_s << QByteArray("OpenVMS V8.4  on node");
        QTest::newRow("vax SHOW SYSTEM")
            << u"openvms"_s << u"vax"_s << u"show system"_s << QByteArray("OpenVMS V7.3  on node");
        QTest::newRow("vms SHOW USERS")
            << u"openvms"_s << u"axp"_s << u"show users"_s << QByteArray(" OPERATOR");
        QTest::newRow("vms unknown verb")
            << u"openvms"_s << u"axp"_s << u"frob"_s << QByteArray("%DCL-W-IVVERB");
        QTest::newRow("mpe SHOWME") << u"mpeix"_s << u"par"_s << u"SHOWME"_s
                                    << QByteArray("USER: #S21,OPERATOR.SYS,OPERATOR");
        QTest::newRow("mpe lower case") << u"mpeix"_s << u"par"_s << u":showvar hpsysname"_s
                                        << QByteArray("HPSYSNAME = TESTHOST");
        QTest::newRow("mpe unknown") << u"mpeix"_s << u"par"_s << u"FROB"_s
                                     << QByteArray("UNKNOWN COMMAND NAME. (CIERR 975)");
    }

    void commandsAnswer()
    {
        QFETCH(QString, os);
        QFETCH(QString, profile);
        QFETCH(QString, command);
        QFETCH(QByteArray, expected);
        const std::unique_ptr<Persona> persona = booted(os, profile);
        logIn(*persona);
        // When a command is typed, Then its answer appears and the shell stays
        const Script answer = persona->line(command);
        QVERIFY2(answer.text().contains(expected), answer.text().constData());
        QCOMPARE(persona->phase(), Persona::Phase::Shell);
        QVERIFY(!answer.hasEffect(Effect::PowerOff));
    }

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
        const std::unique_ptr<Persona> persona
            = booted(os, os == u"hpux"_s || os == u"mpeix"_s ? u"par"_s : u"axp"_s);
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

    void logoutReturnsToLogin_data()
    {
        QTest::addColumn<QString>("os");
        QTest::addColumn<QString>("command");
        QTest::newRow("hpux") << u"hpux"_s << u"exit"_s;
        QTest::newRow("tru64") << u"tru64"_s << u"logout"_s;
        QTest::newRow("openvms") << u"openvms"_s << u"lo"_s;
        QTest::newRow("mpeix") << u"mpeix"_s << u"bye"_s;
    }

    void logoutReturnsToLogin()
    {
        QFETCH(QString, os);
        QFETCH(QString, command);
        const std::unique_ptr<Persona> persona
            = booted(os, os == u"hpux"_s || os == u"mpeix"_s ? u"par"_s : u"axp"_s);
        logIn(*persona);
        persona->line(command);
        QCOMPARE(persona->phase(), Persona::Phase::Login);
    }

    void simulatorCommands_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("effect");
        QTest::addColumn<qint64>("amount");
        QTest::newRow("flood") << u"flood 123456"_s << int(Effect::Flood) << qint64(123456);
        QTest::newRow("FLOOD upper case") << u"FLOOD 10"_s << int(Effect::Flood) << qint64(10);
        QTest::newRow("license-lost") << u"license-lost"_s << int(Effect::LicenseLost) << qint64(0);
        QTest::newRow("license-restored")
            << u"license-restored"_s << int(Effect::LicenseRestored) << qint64(0);
    }

    void simulatorCommands()
    {
        QFETCH(QString, command);
        QFETCH(int, effect);
        QFETCH(qint64, amount);
        for (const QString &os : Persona::operatingSystems()) {
            const std::unique_ptr<Persona> persona
                = booted(os, os == u"hpux"_s || os == u"mpeix"_s ? u"par"_s : u"axp"_s);
            logIn(*persona);
            const Script script = persona->line(command);
            QVERIFY2(script.hasEffect(Effect(effect)), qPrintable(os));
            for (const ScriptStep &step : script.steps()) {
                if (step.effect == Effect(effect))
                    QCOMPARE(step.amount, amount);
            }
        }
    }

    void floodNeedsACount()
    {
        const std::unique_ptr<Persona> persona = booted(u"hpux"_s, u"par"_s);
        logIn(*persona);
        const Script script = persona->line(u"flood lots"_s);
        QVERIFY(!script.hasEffect(Effect::Flood));
        QVERIFY(script.text().contains("expected a byte count"));
    }

    void defaultOperatingSystem_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("os");
        QTest::newRow("rp4440") << u"par"_s << u"rp4440"_s << u"hpux"_s;
        QTest::newRow("no model") << u"par"_s << QString() << u"hpux"_s;
        QTest::newRow("HP 9000 A500-7X") << u"par"_s << u"A500-7X"_s << u"hpux"_s;
        QTest::newRow("e3000 A500-200-200") << u"par"_s << u"A500-200-200"_s << u"mpeix"_s;
        QTest::newRow("HP 3000 989") << u"par"_s << u"HP3000-989"_s << u"mpeix"_s;
        QTest::newRow("pa3") << u"par"_s << u"pa3"_s << u"mpeix"_s;
        QTest::newRow("N-Class") << u"par"_s << u"N-Class"_s << u"mpeix"_s;
        QTest::newRow("axp") << u"axp"_s << u"AlphaServer_DS20"_s << u"openvms"_s;
        QTest::newRow("vax") << u"vax"_s << u"MicroVAX_3900"_s << u"openvms"_s;
    }

    void defaultOperatingSystem()
    {
        QFETCH(QString, profile);
        QFETCH(QString, model);
        QFETCH(QString, os);
        QCOMPARE(Persona::defaultOperatingSystem(profile, model), os);
    }

    void unknownOperatingSystemHasNoPersona()
    {
        QVERIFY(!Persona::create(u"windows"_s, identityFor(u"par"_s)));
        QVERIFY(Persona::create(u"HPUX"_s, identityFor(u"par"_s)));
    }
};

QTEST_GUILESS_MAIN(TestSimPersona)
#include "tst_simpersona.moc"
