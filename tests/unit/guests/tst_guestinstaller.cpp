// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// GuestInstaller: adding a guest writes its unit and a stop-script branch only when every check
// passes; each refusal names its cause and leaves the disk as it was.

#include "core/config/configparser.h"
#include "core/guests/guestinstaller.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace {

// The harness's writeFile, returning the path (the tests pass it on), optionally executable.
QString writeFile(const QString &path, const QByteArray &text, bool executable = false)
{
    charon::test::writeFile(path, text);
    if (executable)
        QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeOwner);
    return path;
}

QByteArray axp(int port, const QByteArray &extra = {})
{
    return "set session hw_model = AlphaServer_ES40\nset ram0 size=2048\nset COM1 alias=OPA0 port="
        + QByteArray::number(port) + "\n" + extra;
}

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::Any, 0);
    return probe.serverPort();
}

} // namespace

class TestGuestInstaller : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_emulator;

    GuestInstaller::Request request(const QString &config) const
    {
        GuestInstaller::Request r;
        r.emulator = m_emulator;
        r.configPath = config;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_emulator = writeFile(m_dir.filePath(u"bin/es40"_s), "#!/bin/sh\n", true);
    }

    void installsUnitAndStopBranch()
    {
        // Given a readable AXP configuration and an executable emulator
        QTemporaryDir dir;
        UnitFile units(UnitScope::User, dir.filePath(u"units"_s));
        StopScript script(dir.filePath(u"stop.sh"_s));
        const int port = freePort(); // the installer checks the host has it free
        const QString config = writeFile(dir.filePath(u"vms/vms prod.cfg"_s), axp(port));
        // When it is installed with defaults
        const auto result
            = GuestInstaller::install(request(config), units, script, u"/usr/bin/charon-vm"_s, {});
        // Then the name, family and working directory come from the configuration
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.guest.name, u"vms-prod"_s);
        QCOMPARE(result.guest.profileId, u"axp"_s);
        QCOMPARE(result.guest.workDir, dir.filePath(u"vms"_s));
        QCOMPARE(result.guest.config.consolePort, port);
        // And the unit reads back, launched with -d, and the stop script awaits customizing
        const auto unit = units.read(u"vms-prod"_s);
        QVERIFY(unit);
        QCOMPARE(unit->launch.detachedFlag, u"-d"_s);
        QCOMPARE(unit->launch.family, u"Charon-AXP"_s);
        QCOMPARE(unit->guest.configPath, config);
        QCOMPARE(script.statusFor(config), StopScriptStatus::ToCustomize);
        QCOMPARE(result.guest.stopScript, StopScriptStatus::ToCustomize);
        QCOMPARE(result.notes.size(), 1);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("message");
        const int refused = int(GuestInstaller::Outcome::Refused);
        const int invalid = int(GuestInstaller::Outcome::InvalidRequest);
        QTest::newRow("missing config") << u"missing config"_s << refused << u"not found"_s;
        QTest::newRow("missing emulator")
            << u"missing emulator"_s << refused << u"emulator not found"_s;
        QTest::newRow("emulator not executable")
            << u"noexec"_s << refused << u"not an executable"_s;
        QTest::newRow("config errors")
            << u"config errors"_s << refused << u"configuration has errors"_s;
        QTest::newRow("port clash")
            << u"port clash"_s << refused << u"already used by guest \"other\""_s;
        QTest::newRow("same config") << u"same config"_s << refused << u"already used by guest"_s;
        QTest::newRow("name exists") << u"name exists"_s << refused << u"already exists"_s;
        QTest::newRow("invalid name") << u"invalid name"_s << invalid << u"invalid guest name"_s;
        QTest::newRow("unknown family")
            << u"unknown family"_s << invalid << u"unknown emulator family"_s;
        QTest::newRow("no workdir")
            << u"no workdir"_s << refused << u"working directory does not exist"_s;
    }
    void refusals()
    {
        QFETCH(QString, what);
        QFETCH(int, outcome);
        QFETCH(QString, message);
        // Given a unit directory holding guest "taken", and a guest "other" on port 10003
        QTemporaryDir dir;
        UnitFile units(UnitScope::User, dir.filePath(u"units"_s));
        StopScript script(dir.filePath(u"stop.sh"_s));
        const QString config = writeFile(dir.filePath(u"g/g.cfg"_s), axp(freePort()));
        Guest other;
        other.name = u"other"_s;
        other.configPath = writeFile(dir.filePath(u"o/o.cfg"_s), axp(10003));
        other.config.consolePort = 10003;
        Guest taken = other;
        taken.name = u"taken"_s;
        taken.emulator = m_emulator;
        taken.workDir = dir.path();
        QVERIFY(units.write(taken, { u"Charon-AXP"_s, u"-d"_s, false, u"/usr/bin/charon-vm"_s },
            UnitFile::Mode::Create, nullptr));
        const QStringList before
            = QDir(units.directory()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        GuestInstaller::Request r = request(config);
        if (what == u"missing config"_s)
            r.configPath = dir.filePath(u"nowhere.cfg"_s);
        else if (what == u"missing emulator"_s)
            r.emulator = dir.filePath(u"none"_s);
        else if (what == u"noexec"_s)
            r.emulator = config;
        else if (what == u"config errors"_s)
            writeFile(config, axp(freePort(), "set OPA0 port=abc\n"));
        else if (what == u"port clash"_s)
            writeFile(config, axp(10003));
        else if (what == u"same config"_s)
            r.configPath = other.configPath, r.name = u"copy"_s;
        else if (what == u"name exists"_s)
            r.name = u"taken"_s;
        else if (what == u"invalid name"_s)
            r.name = u"a;b"_s;
        else if (what == u"unknown family"_s)
            r.profileId = u"z80"_s;
        else if (what == u"no workdir"_s)
            r.workDir = dir.filePath(u"missing-dir"_s);
        // When it is installed next to them
        const auto result
            = GuestInstaller::install(r, units, script, u"/usr/bin/charon-vm"_s, { other });
        // Then it is refused for that reason, and nothing was written
        QCOMPARE(int(result.outcome), outcome);
        QVERIFY2(result.error.contains(message), qPrintable(result.error));
        QCOMPARE(
            QDir(units.directory()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
        QVERIFY(!QFile::exists(script.path()));
    }

    void configErrorsAcceptedOnRequest()
    {
        QTemporaryDir dir;
        UnitFile units(UnitScope::User, dir.filePath(u"units"_s));
        StopScript script(dir.filePath(u"stop.sh"_s));
        GuestInstaller::Request r = request(
            writeFile(dir.filePath(u"b/b.cfg"_s), axp(freePort(), "set OPA0 port=abc\n")));
        r.acceptConfigErrors = true;
        r.addStopScriptBranch = false;
        const auto result = GuestInstaller::install(r, units, script, u"/usr/bin/charon-vm"_s, {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(units.exists(u"b"_s));
        QVERIFY(!QFile::exists(script.path()));
    }

    void templatesParseCleanlyForTheirFamily_data()
    {
        QTest::addColumn<QString>("family");
        QTest::newRow("par") << u"par"_s;
        QTest::newRow("axp") << u"axp"_s;
        QTest::newRow("vax") << u"vax"_s;
    }
    void templatesParseCleanlyForTheirFamily()
    {
        QFETCH(QString, family);
        const QByteArray text = GuestInstaller::templateText(family, u"newbie"_s, 10042);
        QVERIFY(!text.contains('@'));
        const ConfigSummary c = ConfigParser::parseText(text, u"/x/newbie.cfg"_s);
        QCOMPARE(c.profileId, family); // the family is recognised from the text alone
        QCOMPARE(c.consolePort, 10042);
        QVERIFY(!c.consoleExposed);
        for (const ConfigIssue &issue : c.issues)
            QVERIFY2(issue.severity != ConfigIssue::Severity::Error, qPrintable(issue.toString()));
        QVERIFY(GuestInstaller::templateText(u"z80"_s, u"x"_s, 1).isEmpty());
    }

    void familyFromTheExecutableName()
    {
        QCOMPARE(GuestInstaller::familyForEmulator(u"/opt/charon/bin/pa9-64"_s), u"par"_s);
        QCOMPARE(GuestInstaller::familyForEmulator(u"/opt/charon/bin/es40"_s), u"axp"_s);
        QCOMPARE(GuestInstaller::familyForEmulator(u"/usr/bin/true"_s), QString());
    }

    void templateCopyIsWrittenWithTheUnitNeverOverAFile()
    {
        QTemporaryDir dir;
        UnitFile units(UnitScope::User, dir.filePath(u"units"_s));
        StopScript script(dir.filePath(u"stop.sh"_s));
        GuestInstaller::Request r = request(dir.filePath(u"fresh.cfg"_s));
        r.profileId = u"axp"_s;
        r.configText = GuestInstaller::templateText(u"axp"_s, u"fresh"_s, freePort());
        r.addStopScriptBranch = false;
        // Prepared: nothing is written
        const auto preview = GuestInstaller::prepare(r, units, u"/usr/bin/charon-vm"_s, {});
        QVERIFY2(preview.ok(), qPrintable(preview.error));
        QVERIFY(!QFile::exists(r.configPath));
        QVERIFY(!units.exists(u"fresh"_s));
        // Installed: the copy and the unit
        const auto result = GuestInstaller::install(r, units, script, u"/usr/bin/charon-vm"_s, {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(charon::test::readFile(r.configPath), r.configText);
        QVERIFY(units.exists(u"fresh"_s));
        // A second copy to the same path is refused: the file is never overwritten
        r.name = u"fresh2"_s;
        const auto again = GuestInstaller::install(r, units, script, u"/usr/bin/charon-vm"_s, {});
        QVERIFY(!again.ok());
        QVERIFY2(again.error.contains(u"already exists"_s), qPrintable(again.error));
        QVERIFY(!units.exists(u"fresh2"_s));
    }

    void stopBranchFollowsTheGuestOs()
    {
        // Given an HP 3000 (MPE/iX) configuration on Charon-PAR, added with no --os
        QTemporaryDir dir;
        UnitFile units(UnitScope::User, dir.filePath(u"units"_s));
        StopScript script(dir.filePath(u"stop.sh"_s));
        const QString config = writeFile(dir.filePath(u"mpe/mpe-fin.cfg"_s),
            "system_model = \"A500-200-200\"\nconsole.port = \"lo:10004\"\n");
        auto r = request(config);
        r.profileId = u"par"_s;
        const auto result = GuestInstaller::install(r, units, script, u"/usr/bin/charon-vm"_s, {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        // Then its stop-script branch names MPE/iX's shutdown, not HP-UX's
        const QString text = charon::test::readText(script.path());
        QVERIFY2(text.contains(u"MPE/iX: =SHUTDOWN"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"shutdown -h -y 0"_s), qPrintable(text));
    }
};

CHARON_TEST_GUILESS_MAIN(TestGuestInstaller)
#include "tst_guestinstaller.moc"
