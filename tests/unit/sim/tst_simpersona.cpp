// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The guest personas of charon-guest-sim, without any network: input lines in, console text and
// effects out. Each OS must boot to its login prompt, accept any credentials, answer a few
// commands (case-insensitively where the OS is); shutdowns are in tst_simshutdown.
#include "tests/harness/testmain.h"
#include "tests/unit/sim/simpersonahelpers.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::sim;
using namespace charon::sim::test;

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
        QTest::newRow("hpux ls -l /") << u"hpux"_s << u"par"_s << u"ls -l /"_s
                                      << QByteArray("total 1296\n-r--r--r--   1 root");
        QTest::newRow("hpux ls /")
            << u"hpux"_s << u"par"_s << u"ls /"_s << QByteArray(".profile bin dev etc home");
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
        const std::unique_ptr<Persona> persona = booted(os, profileFor(os));
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
            const std::unique_ptr<Persona> persona = booted(os, profileFor(os));
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

CHARON_TEST_GUILESS_MAIN(TestSimPersona)
#include "tst_simpersona.moc"
