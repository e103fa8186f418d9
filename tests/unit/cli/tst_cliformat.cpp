// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// charon-vm's pure parts: the list table and JSON, the status details, the vm* aliases and the
// stop-script deadline.

#include "core/domain/guestfacts.h"
#include "tests/harness/testmain.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTest>

#include "cli/cliapp.h"
#include "cli/guestformat.h"
#include "cli/stopscriptcommand.h"

using namespace Qt::StringLiterals;
using namespace charon::core;
using namespace charon::cli;

namespace {

Guest sample(const QString &name, GuestState state, StopReason reason)
{
    Guest g;
    g.name = name;
    g.unit = unitNameForGuest(name);
    g.emulator = u"/opt/charon/bin/as4100"_s;
    g.configPath = u"/charon/"_s + name + u".cfg"_s;
    g.config.cpus = 2;
    g.config.memoryMB = 4096;
    g.config.consolePort = 10003;
    g.config.model = u"AlphaServer_ES40"_s;
    g.derived = { state, reason };
    return g;
}

} // namespace

class TestCliFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableAlignsColumnsAndStarsTheDefault()
    {
        // Given a running default guest and a failed one with unknowns
        Guest a = sample(u"vms-prod"_s, GuestState::Active, StopReason::None);
        a.isDefault = true;
        a.autoBoot = true;
        Guest b = sample(u"x"_s, GuestState::Failed, StopReason::Failure);
        b.config.cpus = -1;
        b.config.consolePort = -1;
        // When the table is made
        const QStringList lines = GuestFormat::table({ a, b });
        // Then there is a header and a row each, columns line up, and unknowns are "-"
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).contains(u"NAME"_s) && lines.at(0).contains(u"AUTO-BOOT"_s));
        QVERIFY(lines.at(1).startsWith(u"*  vms-prod"_s));
        QVERIFY(lines.at(2).startsWith(u"   x "_s));
        QCOMPARE(lines.at(1).indexOf(u"as4100"_s), lines.at(0).indexOf(u"EMULATOR"_s));
        QCOMPARE(lines.at(2).indexOf(u"FAILED (FAILURE)"_s), lines.at(0).indexOf(u"STATE"_s));
        QVERIFY(lines.at(1).endsWith(u"yes"_s));
        QVERIFY(lines.at(2).contains(u" -  "_s));
    }

    void tableFitsTheTerminalWidth()
    {
        // Given guests with long configuration paths
        Guest a = sample(u"vms-prod"_s, GuestState::Active, StopReason::None);
        a.configPath = u"/srv/charon/production/cluster-one/very/deep/folder/vms-prod.cfg"_s;
        a.emulator = u"/opt/charon/bin/a-rather-long-emulator-name-es40"_s;
        Guest b = sample(u"g2"_s, GuestState::Inactive, StopReason::Requested);
        // When the table is made for a 120-column terminal
        const QStringList narrow = GuestFormat::table({ a, b }, 120);
        // Then every line fits, columns still line up, and long values keep both ends
        for (const QString &line : narrow)
            QVERIFY2(line.size() <= 120, qPrintable(line));
        QCOMPARE(narrow.at(1).indexOf(u"ACTIVE"_s), narrow.at(0).indexOf(u"STATE"_s));
        QVERIFY2(narrow.at(1).contains(u"/srv/charon"_s), qPrintable(narrow.at(1)));
        QVERIFY2(narrow.at(1).contains(u"\u2026"_s), qPrintable(narrow.at(1)));
        QVERIFY2(narrow.at(1).contains(u"prod.cfg"_s), qPrintable(narrow.at(1)));
        QVERIFY(!narrow.at(2).contains(u"\u2026"_s)); // short values are left alone
        // And without a width (piped) the full values are printed
        const QStringList full = GuestFormat::table({ a, b });
        QVERIFY(full.at(1).contains(a.configPath));
        QVERIFY(full.at(1).contains(u"a-rather-long-emulator-name-es40"_s));
        QVERIFY(full.at(1).size() > 120);
    }

    void elideMiddleKeepsBothEnds()
    {
        QCOMPARE(GuestFormat::elideMiddle(u"abcdefghij"_s, 5), u"ab\u2026ij"_s);
        QCOMPARE(GuestFormat::elideMiddle(u"abc"_s, 5), u"abc"_s);
        QCOMPARE(GuestFormat::elideMiddle(u"abcdefghij"_s, 10), u"abcdefghij"_s);
    }

    void jsonCarriesTheFailureCause()
    {
        // Given a guest whose emulator exited with status 1
        Guest g = sample(u"mpe"_s, GuestState::Failed, StopReason::Failure);
        g.unitStatus.activeState = u"failed"_s;
        g.unitStatus.result = u"exit-code"_s;
        g.unitStatus.execMainCode = 1;
        g.unitStatus.execMainStatus = 1;
        // Then list --json says why, as status --json does
        const QJsonObject o = GuestFormat::json(g);
        QVERIFY(o.contains(u"cause"_s));
        QCOMPARE(o.value(u"cause"_s).toString(), describeResult(g.unitStatus));
        QVERIFY(!o.value(u"cause"_s).toString().isEmpty());
        // And a guest that stopped cleanly has an empty cause
        QCOMPARE(GuestFormat::json(sample(u"ok"_s, GuestState::Inactive, StopReason::Requested))
                     .value(u"cause"_s)
                     .toString(),
            QString());
    }

    void statusShowsTheWindowsDates()
    {
        // Given a locale with its own digits (the window formats dates with QLocale())
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
        const QDateTime started(QDate(2026, 11, 29), QTime(19, 14, 55));
        const QString window = QLocale().toString(started, u"yyyy-MM-dd HH:mm:ss"_s);
        const bool localeMatters = window != started.toString(u"yyyy-MM-dd HH:mm:ss"_s);
        Guest g = sample(u"vms"_s, GuestState::Active, StopReason::None);
        g.startedAt = started;
        const QStringList lines = GuestFormat::details(g);
        const QString shared = guestDateTime(started);
        QLocale::setDefault(before);
        if (!localeMatters)
            QSKIP("this Qt formats Arabic dates with Latin digits: nothing to compare");
        // Then status shows the date exactly as the window's shared formatting does
        QCOMPARE(shared, window);
        bool found = false;
        for (const QString &line : lines) {
            if (line.startsWith(u"Started:"_s)) {
                QCOMPARE(line.mid(18), window);
                found = true;
            }
        }
        QVERIFY(found);
    }

    void qtMessagesCarryThePrefix()
    {
        if (qEnvironmentVariableIsSet("QT_MESSAGE_PATTERN"))
            QSKIP("QT_MESSAGE_PATTERN is set: it decides the format, on purpose");
        // Given charon-vm started (any command line sets up its output)
        CliApp app;
        QCOMPARE(app.start({ u"charon-vm"_s, u"--version"_s }), 0);
        // Then a warning from Qt or a library reaches stderr with the prefix, like our errors
        const QMessageLogContext context;
        QCOMPARE(qFormatLogMessage(QtWarningMsg, context, u"boom"_s), u"charon-vm: boom"_s);
        qSetMessagePattern(QString()); // the test's own output as usual
    }

    void stateText_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("job");
        QTest::addColumn<QString>("text");
        QTest::newRow("active") << int(GuestState::Active) << int(StopReason::None) << QString()
                                << u"ACTIVE"_s;
        QTest::newRow("requested") << int(GuestState::Inactive) << int(StopReason::Requested)
                                   << QString() << u"INACTIVE (REQUESTED)"_s;
        QTest::newRow("job") << int(GuestState::Deactivating) << int(StopReason::None) << u"stop"_s
                             << u"DEACTIVATING [stop]"_s;
        // systemd's own word, as it names the job, whatever the kind
        QTest::newRow("try-restart") << int(GuestState::Active) << int(StopReason::None)
                                     << u"try-restart"_s << u"ACTIVE [try-restart]"_s;
    }
    void stateText()
    {
        QFETCH(int, state);
        QFETCH(int, reason);
        QFETCH(QString, job);
        QFETCH(QString, text);
        Guest g = sample(u"g"_s, GuestState(state), StopReason(reason));
        g.jobInFlight = jobKindFromSystemd(job);
        QCOMPARE(GuestFormat::stateText(g), text);
    }

    void jsonHasTheDocumentedKeys()
    {
        Guest g = sample(u"vms"_s, GuestState::Inactive, StopReason::Requested);
        g.isDefault = true;
        const QJsonObject o = GuestFormat::json(g);
        for (const QString &key : { u"name"_s, u"unit"_s, u"emulator"_s, u"config"_s, u"model"_s,
                 u"cpus"_s, u"memoryMB"_s, u"consolePort"_s, u"state"_s, u"stopReason"_s,
                 u"autoBoot"_s, u"default"_s })
            QVERIFY2(o.contains(key), qPrintable(key));
        QCOMPARE(o.value(u"state"_s).toString(), u"INACTIVE"_s);
        QCOMPARE(o.value(u"stopReason"_s).toString(), u"REQUESTED"_s);
        QCOMPARE(o.value(u"default"_s).toBool(), true);
        QCOMPARE(o.value(u"memoryMB"_s).toInt(), 4096);
    }

    void detailsFlagNicProblemsAndExposedConsole()
    {
        Guest g = sample(u"vms"_s, GuestState::Active, StopReason::None);
        g.config.consoleExposed = true;
        NicCheck nic;
        nic.nic = u"EWA0"_s;
        nic.interface = u"eth1"_s;
        nic.usedByGuest = u"other"_s;
        nic.addresses = { u"192.0.2.1"_s };
        g.nicChecks = { nic };
        const QString text = GuestFormat::details(g).join(u'\n');
        QVERIFY(text.contains(u"reachable from the network"_s));
        QVERIFY(text.contains(u"NIC EWA0:"_s));
        QVERIFY(text.contains(u"(3) also used by guest other"_s));
        QVERIFY(text.contains(u"(4) has an IP address (192.0.2.1)"_s));
        QVERIFY(!text.contains(u"(1)"_s));
    }

    void aliases_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("command");
        QTest::newRow("vmlist") << u"/usr/bin/vmlist"_s << u"list"_s;
        QTest::newRow("vmstart") << u"vmstart"_s << u"start"_s;
        QTest::newRow("vmstop") << u"./vmstop"_s << u"stop"_s;
        QTest::newRow("vmcfg") << u"vmcfg"_s << u"cfg"_s;
        QTest::newRow("charon-vm") << u"/usr/bin/charon-vm"_s << QString();
    }
    void aliases()
    {
        QFETCH(QString, program);
        QFETCH(QString, command);
        QCOMPARE(CliApp::aliasCommand(program), command);
    }

    void stopDeadlines_data()
    {
        QTest::addColumn<int>("timeout");
        QTest::addColumn<int>("deadline");
        QTest::newRow("default 90 s") << -1 << 85000;
        QTest::newRow("300 s") << 300 << 295000;
        QTest::newRow("short") << 8 << 6000;
        // never the whole timeout: systemd's clock would strike while the helper still runs
        QTest::newRow("tiny") << 1 << 750;
        QTest::newRow("2 s") << 2 << 1500;
        QTest::newRow("no limit") << 0 << (24 * 3600 - 5) * 1000;
    }
    void stopDeadlines()
    {
        QFETCH(int, timeout);
        QFETCH(int, deadline);
        QCOMPARE(StopScriptCommand::deadlineMs(timeout), deadline);
    }
    void processAgeCountsFromStart()
    {
        // The stop helper subtracts its own start-up from its budget: its age must be real
        const qint64 first = StopScriptCommand::processAgeMs();
        QVERIFY2(first >= 0 && first < 600000, qPrintable(QString::number(first)));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(QTest::qWaitFor([&] { return clock.elapsed() >= 100; }));
        QVERIFY(StopScriptCommand::processAgeMs() >= first + 80);
    }
};

CHARON_TEST_GUILESS_MAIN(TestCliFormat)
#include "tst_cliformat.moc"
