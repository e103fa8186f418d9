// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// SystemdClient against a scripted manager (FakeSystemdManager) on a private bus: the orderings
// of replies and signals a real systemd produces only now and then, replayed every time.
//  - A quick job's JobRemoved is read before the reply that names the job (systemd sends the
//    signal first when the job ends inside the call): the job still learns its end.
//  - The manager leaves and comes back while a job runs: the job asks the new manager and
//    ends from the unit's state.
// These complement the real-systemd suites (tests/integration/tst_systemdclient.cpp), they do
// not replace them: the fake answers only what is scripted here.

#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdconnection.h"
#include "tests/harness/fakesystemdmanager.h"
#include "tests/harness/privatebus.h"
#include "tests/harness/testmain.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace charon::core;
using namespace charon::test;

namespace {
// What a job said when it finished (it deletes itself right after).
struct Outcome
{
    bool finished = false;
    SystemdError error;
    QString jobResult;
};

QString unitOf(int i)
{
    return u"charon-guest-job%1.service"_s.arg(i);
}
} // namespace

class TestSystemdOrderings : public QObject
{
    Q_OBJECT

    std::unique_ptr<PrivateBus> m_bus;
    std::unique_ptr<FakeSystemdManager> m_fake;
    std::unique_ptr<SystemdConnection> m_connection;
    std::unique_ptr<SystemdClient> m_client;

    // A manager with `units` guests on a private bus and a client that sees it.
    bool setUpManager(int units)
    {
        m_fake = std::make_unique<FakeSystemdManager>(m_bus->connect(u"manager"_s));
        for (int i = 0; i < units; ++i) {
            FakeUnit u;
            u.name = unitOf(i);
            u.fragmentPath = u"/etc/systemd/system/"_s + u.name;
            m_fake->setUnit(u);
        }
        if (!m_fake->appear())
            return false;
        m_connection = std::make_unique<SystemdConnection>(m_bus->connect(u"client"_s));
        m_client = std::make_unique<SystemdClient>(m_connection.get());
        return QTest::qWaitFor([this] { return m_connection->isManagerPresent(); }, 5000);
    }

    static std::shared_ptr<Outcome> watch(UnitCommandJob *job)
    {
        auto outcome = std::make_shared<Outcome>();
        QObject::connect(job, &SystemdJob::finished, job, [outcome](SystemdJob *j) {
            outcome->finished = true;
            outcome->error = j->error();
            outcome->jobResult = static_cast<UnitCommandJob *>(j)->jobResult();
        });
        return outcome;
    }

private Q_SLOTS:
    void init() { m_bus = std::make_unique<PrivateBus>(); }
    void cleanup()
    {
        m_client.reset();
        m_connection.reset();
        m_fake.reset();
        m_bus.reset();
    }

    void jobEndIsDeliveredWhateverComesFirst_data()
    {
        QTest::addColumn<int>("jobs");
        QTest::addColumn<bool>("endsFirst"); // JobRemoved read before the reply naming the job
        QTest::addColumn<bool>("repliesReversed");
        QTest::addColumn<QString>("result");
        QTest::newRow("reply, then end (the usual order)") << 1 << false << false << u"done"_s;
        QTest::newRow("end, then reply") << 1 << true << false << u"done"_s;
        QTest::newRow("end (failed), then reply") << 1 << true << false << u"failed"_s;
        QTest::newRow("two ends, then both replies") << 2 << true << false << u"done"_s;
        QTest::newRow("two ends, then both replies reversed") << 2 << true << true << u"done"_s;
    }
    void jobEndIsDeliveredWhateverComesFirst()
    {
        QFETCH(int, jobs);
        QFETCH(bool, endsFirst);
        QFETCH(bool, repliesReversed);
        QFETCH(QString, result);
        CHARON_REQUIRE_PRIVATE_BUS(*m_bus);
        QVERIFY(setUpManager(jobs));
        // Given start requests the manager has not answered yet
        m_fake->hold(u"StartUnit"_s);
        QList<std::shared_ptr<Outcome>> outcomes;
        for (int i = 0; i < jobs; ++i)
            outcomes.append(watch(m_client->startUnit(unitOf(i))));
        QVERIFY(m_fake->waitForHeld(u"StartUnit"_s, {}, jobs));
        // When the manager answers them (job ids 1..n), and each job ends, in the given order
        QList<QDBusMessage> replies;
        for (int i = 0; i < jobs; ++i)
            replies.append(m_fake->answerHeld(u"StartUnit"_s, unitOf(i)));
        if (repliesReversed)
            std::reverse(replies.begin(), replies.end());
        if (result != u"done"_s)
            m_fake->unit(unitOf(0))->result = u"exit-code"_s;
        auto endJobs = [&] {
            for (int i = 0; i < jobs; ++i)
                m_fake->emitJobRemoved(quint32(i + 1), unitOf(i), result);
        };
        if (endsFirst)
            endJobs();
        for (const QDBusMessage &reply : std::as_const(replies))
            m_fake->send(reply);
        if (!endsFirst)
            endJobs();
        // Then every job learns its end
        for (int i = 0; i < jobs; ++i) {
            QTRY_VERIFY2_WITH_TIMEOUT(outcomes.at(i)->finished,
                qPrintable(u"job %1 never learnt its end"_s.arg(i + 1)), 5000);
            QCOMPARE(outcomes.at(i)->jobResult, result);
            QCOMPARE(outcomes.at(i)->error.isError(), result != u"done"_s);
        }
        if (result != u"done"_s)
            QCOMPARE(outcomes.at(0)->error.category, SystemdError::Category::JobFailed);
    }

    void jobOutlivingTheManagerEndsFromTheUnitState_data()
    {
        QTest::addColumn<QString>("activeState");
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("the unit came up") << u"active"_s << true;
        QTest::newRow("the unit failed") << u"failed"_s << false;
    }
    void jobOutlivingTheManagerEndsFromTheUnitState()
    {
        QFETCH(QString, activeState);
        QFETCH(bool, succeeds);
        CHARON_REQUIRE_PRIVATE_BUS(*m_bus);
        QVERIFY(setUpManager(1));
        QSignalSpy vanished(m_connection.get(), &SystemdConnection::managerVanished);
        QSignalSpy appeared(m_connection.get(), &SystemdConnection::managerAppeared);
        // Given a start whose job is running
        const auto outcome = watch(m_client->startUnit(unitOf(0)));
        QVERIFY(QTest::qWaitFor([this] { return m_fake->receivedCount(u"StartUnit"_s) == 1; }));
        QVERIFY(m_fake->roundTrip(m_connection->bus())); // the reply has been read
        // When the manager leaves, and comes back without the job (a restart loses jobs) and
        // with the unit in its final state
        QVERIFY(m_fake->leave());
        QTRY_COMPARE(vanished.size(), 1);
        QVERIFY(!outcome->finished);
        m_fake->forgetJobs();
        FakeUnit *u = m_fake->unit(unitOf(0));
        u->activeState = activeState;
        u->subState = activeState == u"active"_s ? u"running"_s : u"failed"_s;
        u->result = activeState == u"active"_s ? u"success"_s : u"exit-code"_s;
        QVERIFY(m_fake->appear());
        QTRY_COMPARE(appeared.size(), 1);
        // Then the job asks the new manager, and ends from the unit's state
        QTRY_VERIFY_WITH_TIMEOUT(outcome->finished, 5000);
        QCOMPARE(outcome->error.isError(), !succeeds);
    }
};

CHARON_TEST_GUILESS_MAIN(TestSystemdOrderings)
#include "tst_systemd_orderings.moc"
