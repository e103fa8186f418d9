// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// "REQUESTED must mean requested", on the suite's REAL private systemd --user manager with
// charon-guest-sim as the emulator and the unit exactly as UnitFile writes it (KillSignal=SIGTERM,
// ExecStop=charon-vm stop-script): every way a guest can end is checked against the (state,
// reason) core derives from what systemd reports (GuestBuilder::unitStatus + deriveState).
// Asked for (product stop, systemctl stop, a stop-script branch that leaves the emulator
// running, manager shutdown): INACTIVE REQUESTED. Not asked for (outside kill -9, crash, stop
// timeout, OOM kill of a leaking emulator in a memory-limited unit): FAILED FAILURE. An
// ExecStopPost= line of the test's own drop-in records how systemd saw each end ($SERVICE_RESULT
// $EXIT_CODE $EXIT_STATUS) as a second witness.

#include "core/domain/gueststate.h"
#include "core/systemd/guestbuilder.h"
#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdconnection.h"
#include "core/units/unitfile.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testmain.h"
#include "tests/integration/awaitjob.h"
#include "tests/integration/stopreasonhelpers.h"

#include <QDir>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace charon::core;
using namespace charon::test;

class TestStopReasonSystemd : public QObject
{
    Q_OBJECT

    std::unique_ptr<SystemdConnection> m_connection;
    std::unique_ptr<SystemdClient> m_client;
    std::unique_ptr<StopReasonGuests> m_guests;

    // "STATE REASON" as core derives it from the unit's properties now.
    QString reading(const QString &unit, QString *details = nullptr)
    {
        const JobOutcome props = awaitJob(m_client->fetchProperties(unit));
        const UnitStatus status = GuestBuilder::unitStatus(props.properties);
        if (details)
            *details = u"%1/%2 Result=%3: %4"_s.arg(
                status.activeState, status.subState, status.result, describeResult(status));
        return readingOf(deriveState(status));
    }
    bool start(const QString &unit)
    {
        const JobOutcome job = awaitJob(m_client->startUnit(unit));
        return job.finished && !job.error.isError() && reading(unit) == u"ACTIVE"_s;
    }

private Q_SLOTS:
    void init()
    {
        if (!harnessSkipReason().isEmpty())
            return;
        m_connection = std::make_unique<SystemdConnection>(SystemdConnection::Scope::User);
        m_client = std::make_unique<SystemdClient>(m_connection.get());
        QTRY_VERIFY(m_connection->isManagerPresent());
        QVERIFY(!awaitJob(m_client->subscribe()).error.isError());
        m_guests = std::make_unique<StopReasonGuests>(userUnitDir());
        QVERIFY(m_guests->isValid());
    }
    void cleanup()
    {
        if (m_guests)
            m_guests->removeAll();
        m_guests.reset();
        m_client.reset();
        m_connection.reset();
    }

    void requestedStopsReadRequested_data()
    {
        QTest::addColumn<QString>("how"); // product | systemctl
        QTest::addColumn<QStringList>("simSwitches");
        QTest::addColumn<bool>("stopScriptBranch"); // a customized branch that does not stop it
        QTest::addColumn<int>("stopTimeoutSec");
        QTest::addColumn<QString>("emulator"); // sim | sleeper (dies of the SIGTERM itself)
        QTest::addColumn<QString>("witness"); // what ExecStopPost saw
        QTest::addColumn<QString>("helperSays"); // what our ExecStop helper did
        const QString noBranch = u"no stop script branch for this configuration"_s;
        const QString waited = u"the emulator is still running at the deadline"_s;
        QTest::newRow("product stop (SystemdClient)")
            << u"product"_s << QStringList() << false << 10 << u"sim"_s << u"success exited 0"_s
            << noBranch;
        QTest::newRow("systemctl --user stop") << u"systemctl"_s << QStringList() << false << 10
                                               << u"sim"_s << u"success exited 0"_s << noBranch;
        QTest::newRow("product stop, the emulator dies of SIGTERM (not handled)")
            << u"product"_s << QStringList() << false << 10 << u"sleeper"_s
            << u"success killed TERM"_s << noBranch;
        QTest::newRow("product stop, slow emulator (1 s) inside the timeout")
            << u"product"_s << QStringList { u"CHARON_SIM_STOP_DELAY=1"_s } << false << 10
            << u"sim"_s << u"success exited 0"_s << noBranch;
        // The helper waits for the emulator until a margin before TimeoutStopSec, then systemd
        // sends SIGTERM: the helper's budget must end before systemd's clock does.
        QTest::newRow("systemctl stop, stop-script branch leaves it running, 2 s timeout")
            << u"systemctl"_s << QStringList() << true << 2 << u"sim"_s << u"success exited 0"_s
            << waited;
        QTest::newRow("product stop, stop-script branch leaves it running, 1 s timeout")
            << u"product"_s << QStringList() << true << 1 << u"sim"_s << u"success exited 0"_s
            << waited;
    }
    void requestedStopsReadRequested()
    {
        CHARON_REQUIRE_SYSTEMD();
        QFETCH(QString, how);
        QFETCH(QStringList, simSwitches);
        QFETCH(bool, stopScriptBranch);
        QFETCH(int, stopTimeoutSec);
        QFETCH(QString, emulator);
        QFETCH(QString, witness);
        QFETCH(QString, helperSays);
        // Given a running guest
        GuestSpec spec { u"req"_s, stopTimeoutSec, simSwitches, stopScriptBranch,
            emulator == u"sleeper"_s };
        const QString unit = m_guests->add(spec);
        QVERIFY2(!unit.isEmpty(), qPrintable(m_guests->error()));
        QVERIFY(awaitJob(m_client->reload()).finished);
        QVERIFY(start(unit));
        // When it is stopped the way the row says
        if (how == u"product"_s) {
            const JobOutcome stop = awaitJob(m_client->stopUnit(unit), 30000);
            QVERIFY2(stop.finished && !stop.error.isError(), qPrintable(stop.error.message));
        } else {
            QString out;
            QCOMPARE(systemctl({ u"stop"_s, unit }, &out), 0);
        }
        // Then it reads INACTIVE REQUESTED, and systemd saw a clean end
        QString details;
        QTRY_COMPARE_WITH_TIMEOUT(m_guests->witness(spec.name), witness, 10000);
        QCOMPARE(reading(unit, &details), u"INACTIVE REQUESTED"_s);
        QVERIFY2(details.contains(u"Result=success"_s), qPrintable(details));
        // And it went through our ExecStop helper the way the row says
        const QString output = m_guests->output(spec.name);
        QVERIFY2(output.contains(u"req: "_s + helperSays), qPrintable(output));
    }

    void unrequestedEndsReadFailure_data()
    {
        QTest::addColumn<QString>("how"); // kill9 | crash | timeout
        QTest::addColumn<QStringList>("simSwitches");
        QTest::addColumn<int>("stopTimeoutSec");
        QTest::addColumn<QString>("witness");
        QTest::addColumn<QString>("description");
        QTest::newRow("outside kill -9 of MainPID")
            << u"kill9"_s << QStringList() << 10 << u"signal killed KILL"_s
            << u"the emulator was killed by signal SIGKILL"_s;
        QTest::newRow("crash (SIGSEGV)")
            << u"crash"_s << QStringList { u"CHARON_SIM_CRASH_AFTER=1"_s } << 10
            << u"signal killed SEGV"_s << u"the emulator was killed by signal SIGSEGV"_s;
        QTest::newRow("crash (SIGABRT)")
            << u"crash"_s
            << QStringList { u"CHARON_SIM_CRASH_AFTER=1"_s, u"CHARON_SIM_CRASH_SIGNAL=ABRT"_s }
            << 10 << u"signal killed ABRT"_s << u"the emulator was killed by signal SIGABRT"_s;
        QTest::newRow("stop timeout (emulator lingers 60 s, TimeoutStopSec=2)")
            << u"timeout"_s << QStringList { u"CHARON_SIM_STOP_DELAY=60"_s } << 2
            << u"timeout killed KILL"_s << u"systemd gave up waiting (timeout)"_s;
    }
    void unrequestedEndsReadFailure()
    {
        CHARON_REQUIRE_SYSTEMD();
        QFETCH(QString, how);
        QFETCH(QStringList, simSwitches);
        QFETCH(int, stopTimeoutSec);
        QFETCH(QString, witness);
        QFETCH(QString, description);
        // Given a running guest
        GuestSpec spec { u"fail"_s, stopTimeoutSec, simSwitches, false, false };
        const QString unit = m_guests->add(spec);
        QVERIFY2(!unit.isEmpty(), qPrintable(m_guests->error()));
        QVERIFY(awaitJob(m_client->reload()).finished);
        QVERIFY(start(unit));
        // When it ends the way the row says
        if (how == u"kill9"_s) {
            const qint64 pid = unitProperty(unit, u"MainPID"_s).toLongLong();
            QVERIFY(pid > 1);
            QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        } else if (how == u"timeout"_s) {
            // a requested stop, but the emulator outlives TimeoutStopSec: SIGKILL, Result=timeout
            const JobOutcome stop = awaitJob(m_client->stopUnit(unit), 30000);
            QVERIFY2(stop.finished, "the stop job did not end");
        } // crash: the simulator's own switch
        // Then systemd saw an unclean end, and it reads FAILED FAILURE with the cause
        QTRY_COMPARE_WITH_TIMEOUT(m_guests->witness(spec.name), witness, 20000);
        QString details;
        QTRY_COMPARE_WITH_TIMEOUT(reading(unit, &details), u"FAILED FAILURE"_s, 5000);
        QVERIFY2(details.endsWith(description), qPrintable(details));
    }

    void oomKillReadsFailure()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given a guest whose emulator leaks up to 512 MiB in a unit limited to 48 MiB
        GuestSpec spec { u"oom"_s, 10, { u"CHARON_SIM_LEAK_MB=512"_s }, false, false, 48 };
        const QString unit = m_guests->add(spec);
        QVERIFY2(!unit.isEmpty(), qPrintable(m_guests->error()));
        QVERIFY(awaitJob(m_client->reload()).finished);
        const JobOutcome start = awaitJob(m_client->startUnit(unit));
        QVERIFY2(!start.error.isError(), qPrintable(start.error.message));
        // When the kernel's OOM killer ends it (or, where this manager cannot limit memory, the
        // leak reaches its cap and the emulator lives on: then there is nothing to check here)
        const qint64 pid = unitProperty(unit, u"MainPID"_s).toLongLong();
        bool unlimited = false;
        QVERIFY(QTest::qWaitFor(
            [&] {
                unlimited = pid > 0 && residentMiB(pid) >= 500;
                return unlimited || !m_guests->witness(spec.name).isEmpty();
            },
            20000));
        if (unlimited)
            QSKIP("this user manager does not enforce MemoryMax= (no memory controller for it): "
                  "an OOM kill of the emulator cannot be produced without the host-wide OOM "
                  "killer, which is not acceptable on a shared machine");
        // Then systemd saw SIGKILL (Result=signal on cgroup v1, where it cannot attribute the
        // kill, Result=oom-kill on v2) and it reads FAILED FAILURE
        const QString witness = m_guests->witness(spec.name);
        QVERIFY2(witness == u"signal killed KILL"_s || witness == u"oom-kill killed KILL"_s,
            qPrintable(witness));
        QString details;
        QTRY_COMPARE_WITH_TIMEOUT(reading(unit, &details), u"FAILED FAILURE"_s, 5000);
        QVERIFY2(details.endsWith(u"the emulator was killed by signal SIGKILL"_s)
                || details.endsWith(u"the kernel's OOM killer ended the emulator"_s),
            qPrintable(details));
    }

    void managerShutdownReadsRequested()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given a second private manager of our own (the suite's must survive this test)
        const QString base = testBase() + u"/shutdown"_s;
        const QString harness = sourceDir() + u"/tests/harness/systemd-harness"_s;
        QString out;
        QCOMPARE(run(harness, { u"start"_s, base }, &out), 0);
        auto stopManager = qScopeGuard([&] { run(harness, { u"stop"_s, base }); });
        if (QFile::exists(base + u"/skip-reason"_s))
            QSKIP(qPrintable(u"the second manager did not start: "_s + out));
        StopReasonGuests guests(base + u"/config/systemd/user"_s);
        QVERIFY(guests.isValid());
        const QString unit = guests.add({ u"down"_s, 10, {}, false, false });
        QVERIFY2(!unit.isEmpty(), qPrintable(guests.error()));
        QCOMPARE(systemctlIn(base, { u"daemon-reload"_s }, &out), 0);
        QCOMPARE(systemctlIn(base, { u"start"_s, unit }, &out), 0);
        QCOMPARE(systemctlIn(base, { u"show"_s, unit, u"-p"_s, u"ActiveState"_s }, &out), 0);
        QCOMPARE(out.trimmed(), u"ActiveState=active"_s);
        // When the manager shuts down (SIGTERM: a user manager starts exit.target with
        // replace-irreversibly, as the system manager starts shutdown.target at host shutdown:
        // every unit is stopped through its own stop path)
        stopManager.dismiss();
        QCOMPARE(run(harness, { u"stop"_s, base }, &out), 0);
        // Then the guest was stopped cleanly: systemd's last word on the unit (its manager is
        // gone, so read from ExecStopPost) reads INACTIVE REQUESTED
        const QString witness = guests.witness(u"down"_s);
        QCOMPARE(witness, u"success exited 0"_s);
        QCOMPARE(readingOf(deriveState(statusFromWitness(witness))), u"INACTIVE REQUESTED"_s);
    }
};

CHARON_TEST_GUILESS_MAIN(TestStopReasonSystemd)
#include "tst_stopreason_systemd.moc"
