// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// GuestValidator, the one place the wizard and `charon-vm add` ask: each check finds its case
// and names the file or thing at fault; a port another program listens on is found by binding
// it for real; the NIC notes come from this host's real interfaces (lo exists and has an
// address; a made-up name does not exist), and are warnings, not problems.

#include "core/units/guestvalidator.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"

#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;
using Check = GuestValidator::Check;

namespace {

// A directory this process cannot write to: a 0555 folder, or (root writes anywhere it owns)
// a procfs directory, which refuses writes even to root.
QString unwritableDir(const QTemporaryDir &tmp)
{
    const QString dir = tmp.filePath(u"read-only"_s);
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner);
    return QFileInfo(dir).isWritable() ? u"/proc/sys"_s : dir;
}

bool hasCheck(const GuestValidator::Report &report, Check check, const QString &text)
{
    for (const auto &f : report.findings) {
        if (f.check == check && f.text.contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestGuestValidator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A guest every check accepts, on a port nobody uses.
    Guest goodGuest(const QString &name = u"good"_s)
    {
        Guest g;
        g.name = name;
        g.emulator = m_dir.filePath(u"bin/es40"_s);
        g.configPath = m_dir.filePath(name + u".cfg"_s);
        g.workDir = m_dir.path();
        g.config.filePath = g.configPath;
        QTcpServer probe;
        probe.listen(QHostAddress::Any, 0);
        g.config.consolePort = probe.serverPort(); // closed again when `probe` goes
        charon::test::writeFile(g.configPath, "set COM1 alias=OPA0 port=1\n");
        return g;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString emulator = m_dir.filePath(u"bin/es40"_s);
        QVERIFY(charon::test::writeFile(emulator, "#!/bin/sh\n"));
        QVERIFY(QFile::setPermissions(emulator, QFile::permissions(emulator) | QFile::ExeOwner));
    }

    void goodGuestPasses()
    {
        const auto report = GuestValidator::validate(goodGuest(), {});
        QVERIFY2(report.ok(), qPrintable(report.problems().join(u'\n')));
        QVERIFY(report.findings.isEmpty());
    }

    void eachProblemNamesItsCause_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("check");
        QTest::addColumn<QString>("sentence");
        const QString d = m_dir.path();
        QTest::newRow("bad name") << u"bad name"_s << int(Check::Name)
                                  << u"invalid guest name \"a b\""_s;
        QTest::newRow("used name")
            << u"used name"_s << int(Check::Name) << u"a guest named \"good\" already exists"_s;
        QTest::newRow("missing emulator") << u"missing emulator"_s << int(Check::Emulator)
                                          << u"emulator not found: %1/none"_s.arg(d);
        QTest::newRow("emulator not executable")
            << u"noexec"_s << int(Check::Emulator)
            << u"emulator is not an executable file: %1/good.cfg"_s.arg(d);
        QTest::newRow("missing config") << u"missing config"_s << int(Check::Config)
                                        << u"configuration file not found: %1/gone.cfg"_s.arg(d);
        QTest::newRow("config errors")
            << u"config errors"_s << int(Check::ConfigSyntax)
            << u"configuration has errors: %1/good.cfg:3: bad port"_s.arg(d);
        QTest::newRow("no console port") << u"no port"_s << int(Check::ConsolePort)
                                         << u"no console port is set in %1/good.cfg"_s.arg(d);
        QTest::newRow("port clash") << u"port clash"_s << int(Check::ConsolePort)
                                    << u"is already used by guest \"other\""_s;
        QTest::newRow("same config") << u"same config"_s << int(Check::Config)
                                     << u"configuration file %1/good.cfg is already used by "
                                        "guest \"other\""_s.arg(d);
        QTest::newRow("missing workdir")
            << u"missing workdir"_s << int(Check::WorkDir)
            << u"working directory does not exist: %1/vanished"_s.arg(d);
        QTest::newRow("unwritable workdir") << u"unwritable workdir"_s << int(Check::WorkDir)
                                            << u"working directory is not writable: "_s;
    }
    void eachProblemNamesItsCause()
    {
        QFETCH(QString, what);
        QFETCH(int, check);
        QFETCH(QString, sentence);
        Guest g = goodGuest();
        Guest other = goodGuest(u"other"_s);
        other.config.consolePort = g.config.consolePort + 1;
        if (what == u"bad name"_s)
            g.name = u"a b"_s;
        else if (what == u"used name"_s)
            other.name = u"good"_s;
        else if (what == u"missing emulator"_s)
            g.emulator = m_dir.filePath(u"none"_s);
        else if (what == u"noexec"_s)
            g.emulator = g.configPath;
        else if (what == u"missing config"_s)
            g.configPath = m_dir.filePath(u"gone.cfg"_s);
        else if (what == u"config errors"_s)
            g.config.issues << ConfigIssue { ConfigIssue::Severity::Error, g.configPath, 3,
                u"bad port"_s };
        else if (what == u"no port"_s)
            g.config.consolePort = -1;
        else if (what == u"port clash"_s)
            other.config.consolePort = g.config.consolePort;
        else if (what == u"same config"_s)
            other.configPath = g.configPath;
        else if (what == u"missing workdir"_s)
            g.workDir = m_dir.filePath(u"vanished"_s);
        else if (what == u"unwritable workdir"_s)
            g.workDir = unwritableDir(m_dir);
        const auto report = GuestValidator::validate(g, { other });
        QVERIFY(!report.ok());
        QVERIFY2(
            hasCheck(report, Check(check), sentence), qPrintable(report.problems().join(u'\n')));
        // Only that problem: each sentence is about one cause
        QCOMPARE(report.problems().size(), 1);
    }

    void portOccupiedOnTheHostIsAProblem()
    {
        // Given a program listening on the guest's console port (on localhost only)
        Guest g = goodGuest();
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        g.config.consolePort = squatter.serverPort();
        // Then the port is refused, naming it
        const auto report = GuestValidator::validate(g, {});
        QCOMPARE(report.problems(),
            QStringList { u"console port %1 is in use on this host (another program listens "
                          "on it)"_s.arg(g.config.consolePort) });
        // And once it is closed the same port is fine
        squatter.close();
        QVERIFY(GuestValidator::validate(g, {}).ok());
        // Re-checking a running guest's own port skips the bind
        QVERIFY(GuestValidator::checkPortFree(g.config.consolePort).isEmpty());
    }

    void nicChecksUseTheRealInterfaces()
    {
        // Given a guest with NICs on lo (exists, has 127.0.0.1), on an interface this host
        // does not have, and on one another guest uses too
        Guest g = goodGuest();
        g.config.nics = { { u"EWA0"_s, u"lo"_s, u"RAW"_s, 4 },
            { u"EWB0"_s, u"charon-nope9"_s, u"RAW"_s, 5 } };
        Guest other = goodGuest(u"other"_s);
        other.config.consolePort = g.config.consolePort + 1;
        other.config.nics = { { u"EWA0"_s, u"charon-nope9"_s, u"RAW"_s, 4 } };
        const auto report = GuestValidator::validate(g, { other });
        // Then each is a warning naming the NIC, the file and the interface; none blocks
        QVERIFY2(report.ok(), qPrintable(report.problems().join(u'\n')));
        const QStringList w = report.warnings();
        QCOMPARE(w.size(), 3);
        const QString lo
            = u"NIC EWA0 in %1: host interface \"lo\" has an IP address ("_s.arg(g.configPath);
        QVERIFY2(w.first().startsWith(lo), qPrintable(w.join(u'\n')));
        QVERIFY(w.first().endsWith(u"); an interface given to a guest should have none"_s));
        QVERIFY(w.contains(
            u"NIC EWB0 in %1: host interface \"charon-nope9\" does not exist"_s.arg(g.configPath)));
        QVERIFY(w.contains(u"NIC EWB0 in %1: host interface \"charon-nope9\" is also used by "
                           "guest \"other\""_s.arg(g.configPath)));
        for (const auto &f : report.findings)
            QCOMPARE(f.check, Check::Nic);
    }

    void problemsKeepsTheOldEntryPoint()
    {
        Guest g = goodGuest();
        g.workDir = m_dir.filePath(u"vanished"_s);
        QCOMPARE(GuestValidator::problems(g, {}),
            QStringList { u"working directory does not exist: %1"_s.arg(g.workDir) });
    }

    void reportRemovesOneCheck()
    {
        GuestValidator::Report report;
        report.addProblem(Check::ConfigSyntax, u"x"_s);
        report.addWarning(Check::Nic, u"y"_s);
        report.addProblem(Check::Name, QString()); // "" is no finding
        QCOMPARE(report.findings.size(), 2);
        report.remove(Check::ConfigSyntax);
        QVERIFY(report.ok());
        QCOMPARE(report.warnings(), QStringList { u"y"_s });
    }
};

CHARON_TEST_GUILESS_MAIN(TestGuestValidator)
#include "tst_guestvalidator.moc"
