// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// GuestMonitor against a scripted manager (FakeSystemdManager) on a private bus: the orderings
// behind the monitor's last fixes, replayed exactly instead of waited for under load.
//  - A PropertiesChanged read between the two GetAll replies (Unit, Service) of a read: the
//    store ends with the later state.
//  - A Reloading while a list is in flight, the list answered (wholly or half) before the
//    reload: the list taken after the reload wins.
//  - The manager leaving and coming back (idle, with a list in flight, with a reload pending):
//    the store resyncs once and is connected.
//  - A running guest is shown from the list while its read is held, its details filled in
//    when the read is answered; a stopped guest the manager holds is waited for (its stop
//    reason is in its Result).
// These complement the real-systemd suite (tests/integration/tst_guestmonitor.cpp), they do
// not replace it: the fake answers only what is scripted here.

#include "core/domain/guest.h"
#include "core/guests/guestmonitor.h"
#include "core/guests/gueststore.h"
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
FakeUnit guestUnit(
    const QString &name, const QString &active = u"inactive"_s, const QString &sub = u"dead"_s)
{
    FakeUnit u;
    u.name = unitNameForGuest(name);
    u.fragmentPath = u"/etc/systemd/system/"_s + u.name;
    u.activeState = active;
    u.subState = sub;
    return u;
}

void setState(FakeUnit *u, const QString &active, const QString &sub)
{
    u->activeState = active;
    u->subState = sub;
}
} // namespace

class TestMonitorOrderings : public QObject
{
    Q_OBJECT

    std::unique_ptr<PrivateBus> m_bus;
    std::unique_ptr<FakeSystemdManager> m_fake;
    std::unique_ptr<SystemdConnection> m_connection;
    std::unique_ptr<SystemdClient> m_client;
    std::unique_ptr<GuestStore> m_store;
    std::unique_ptr<GuestMonitor> m_monitor;
    std::unique_ptr<QSignalSpy> m_synced;

    // The scripted manager on the bus with `units`; the monitor not started yet.
    bool setUp(const QList<FakeUnit> &units)
    {
        m_fake = std::make_unique<FakeSystemdManager>(m_bus->connect(u"manager"_s));
        for (const FakeUnit &u : units)
            m_fake->setUnit(u);
        if (!m_fake->appear())
            return false;
        m_connection = std::make_unique<SystemdConnection>(m_bus->connect(u"client"_s));
        m_client = std::make_unique<SystemdClient>(m_connection.get());
        m_store = std::make_unique<GuestStore>();
        m_monitor = std::make_unique<GuestMonitor>(m_client.get(), m_store.get());
        m_synced = std::make_unique<QSignalSpy>(m_monitor.get(), &GuestMonitor::synced);
        return true;
    }
    bool startAndSync()
    {
        m_monitor->start();
        return QTest::qWaitFor([this] { return m_synced->size() >= 1; }, 5000)
            && m_store->isConnected();
    }
    GuestState state(const QString &name) const
    {
        const Guest *g = m_store->find(name);
        return g ? g->derived.state : GuestState::Unknown;
    }
    QStringList names() const
    {
        QStringList n = m_store->names();
        n.sort();
        return n;
    }
    // Everything the product sent so far has reached the manager, and everything the manager
    // sent before has been handled by the product.
    bool settle() { return m_fake->roundTrip(m_connection->bus()); }

private Q_SLOTS:
    void init() { m_bus = std::make_unique<PrivateBus>(); }
    void cleanup()
    {
        m_synced.reset();
        m_monitor.reset();
        m_store.reset();
        m_client.reset();
        m_connection.reset();
        m_fake.reset();
        m_bus.reset();
    }

    void changeDuringARead_data()
    {
        QTest::addColumn<bool>("initialLoad"); // the read is the initial load's, or a re-read
        QTest::addColumn<QString>("when"); // when the change is sent, against the two replies
        for (const bool initial : { true, false }) {
            const char *read = initial ? "initial load" : "re-read";
            QTest::addRow("%s: change between the Unit and the Service reply", read)
                << initial << u"between"_s;
            QTest::addRow("%s: change before both replies", read) << initial << u"before"_s;
            QTest::addRow("%s: change after both replies", read) << initial << u"after"_s;
        }
    }
    void changeDuringARead()
    {
        QFETCH(bool, initialLoad);
        QFETCH(QString, when);
        CHARON_REQUIRE_PRIVATE_BUS(*m_bus);
        const QString unit = unitNameForGuest(u"a"_s);
        QVERIFY(setUp({ guestUnit(u"a"_s, u"activating"_s, u"start"_s) }));
        // Given a read of guest a (GetAll(Unit) + GetAll(Service)) that the manager holds
        if (initialLoad) {
            m_fake->hold(u"GetAll"_s, {}, unit);
            m_monitor->start();
        } else {
            QVERIFY(startAndSync());
            QCOMPARE(state(u"a"_s), GuestState::Activating);
            m_fake->hold(u"GetAll"_s, {}, unit);
            // (an invalidated state is read again)
            m_fake->emitPropertiesChanged(
                unit, SystemdConnection::UnitInterface, {}, { u"ActiveState"_s });
        }
        QVERIFY(m_fake->waitForHeld(u"GetAll"_s, {}, 2));
        m_fake->stopHolding();
        // When the start completes before, between or after the two replies
        auto complete = [&] {
            setState(m_fake->unit(unit), u"active"_s, u"running"_s);
            m_fake->emitUnitStateChanged(unit);
        };
        if (when == u"before"_s)
            complete();
        QVERIFY(m_fake->release(u"GetAll"_s, SystemdConnection::UnitInterface));
        if (when == u"between"_s)
            complete();
        QVERIFY(m_fake->release(u"GetAll"_s, SystemdConnection::ServiceInterface));
        if (when == u"after"_s)
            complete();
        // Then the store ends with the later state
        QTRY_COMPARE_WITH_TIMEOUT(state(u"a"_s), GuestState::Active, 5000);
        QVERIFY(m_monitor->isSynced());
        QVERIFY(m_store->isConnected());
    }

    void reloadWhileAListIsInFlight_data()
    {
        QTest::addColumn<bool>("bothAnsweredBefore");
        QTest::newRow("the file list answered before the reload, the unit list after") << false;
        QTest::newRow("both lists answered before the reload, read after it") << true;
    }
    void reloadWhileAListIsInFlight()
    {
        QFETCH(bool, bothAnsweredBefore);
        CHARON_REQUIRE_PRIVATE_BUS(*m_bus);
        QVERIFY(setUp({ guestUnit(u"a"_s), guestUnit(u"b"_s) }));
        QVERIFY(startAndSync());
        QCOMPARE(names(), QStringList({ u"a"_s, u"b"_s }));
        // Given a re-list after a daemon-reload, held by the manager
        m_fake->hold(u"ListUnitFilesByPatterns"_s);
        m_fake->hold(u"ListUnitsByPatterns"_s);
        m_fake->emitReloading(true);
        m_fake->emitReloading(false);
        QVERIFY(m_fake->waitForHeld(u"ListUnitFilesByPatterns"_s));
        QVERIFY(m_fake->waitForHeld(u"ListUnitsByPatterns"_s));
        m_fake->stopHolding();
        // When the manager answers (part of) it, then reloads again: b's file is gone, c's new
        QDBusMessage filesReply = m_fake->answerHeld(u"ListUnitFilesByPatterns"_s);
        QDBusMessage unitsReply;
        if (bothAnsweredBefore)
            unitsReply = m_fake->answerHeld(u"ListUnitsByPatterns"_s);
        else
            m_fake->send(filesReply);
        m_fake->removeUnit(unitNameForGuest(u"b"_s));
        FakeUnit c = guestUnit(u"c"_s);
        c.loaded = false; // a new file: systemd has not loaded it
        m_fake->setUnit(c);
        m_fake->emitReloading(true);
        m_fake->emitReloading(false);
        if (bothAnsweredBefore) {
            m_fake->send(filesReply);
            m_fake->send(unitsReply);
        } else {
            QVERIFY(m_fake->release(u"ListUnitsByPatterns"_s));
        }
        // Then a list taken after the reload wins
        QTRY_COMPARE_WITH_TIMEOUT(names(), QStringList({ u"a"_s, u"c"_s }), 5000);
        QTRY_VERIFY(m_monitor->isSynced());
        QVERIFY(m_store->isConnected());
        QCOMPARE(m_monitor->resyncCount(), 1); // the fast path: no disconnection
    }

    void runningGuestIsShownBeforeItsRead()
    {
        CHARON_REQUIRE_PRIVATE_BUS(*m_bus);
        // Given a running guest and one that failed, both held by the manager in memory
        const FakeUnit running = guestUnit(u"run"_s, u"active"_s, u"running"_s);
        FakeUnit failed = guestUnit(u"stopped"_s);
        failed.result = u"exit-code"_s;
        QVERIFY(setUp({ running, failed }));
        QSignalSpy details(m_monitor.get(), &GuestMonitor::detailsRead);
        // and the running guest's read held by the manager
        m_fake->hold(u"GetAll"_s, {}, running.name);
        m_monitor->start();
        QVERIFY(m_fake->waitForHeld(u"GetAll"_s, {}, 2));
        // Then the sync completes without it: its state and row from the list
        QTRY_COMPARE_WITH_TIMEOUT(m_synced->size(), 1, 5000);
        QVERIFY(m_store->isConnected());
        QVERIFY(m_monitor->readingDetails());
        QCOMPARE(names(), QStringList({ u"run"_s, u"stopped"_s }));
        QCOMPARE(state(u"run"_s), GuestState::Active);
        QCOMPARE(m_store->find(u"run"_s)->unitStatus.subState, u"running"_s);
        QCOMPARE(m_store->find(u"run"_s)->unitStatus.mainPid, 0u); // not read yet
        // and the failed guest, whose stop reason only its Result says, was read before
        QCOMPARE(state(u"stopped"_s), GuestState::Inactive);
        QCOMPARE(m_store->find(u"stopped"_s)->derived.reason, StopReason::Failure);
        QCOMPARE(details.size(), 0);
        // When the read is answered
        m_fake->stopHolding();
        QVERIFY(m_fake->release(u"GetAll"_s));
        QVERIFY(m_fake->release(u"GetAll"_s));
        // Then the details fill in, and the monitor says so once
        QTRY_COMPARE_WITH_TIMEOUT(details.size(), 1, 5000);
        QVERIFY(!m_monitor->readingDetails());
        QCOMPARE(m_store->find(u"run"_s)->unitStatus.mainPid, 4242u);
        QCOMPARE(state(u"run"_s), GuestState::Active);
        QVERIFY(settle());
        QCOMPARE(details.size(), 1);
        QCOMPARE(m_synced->size(), 1);
    }

    void stoppedGuestIsWaitedFor()
    {
        CHARON_REQUIRE_PRIVATE_BUS(*m_bus);
        // Given a failed guest the manager holds, its read held
        FakeUnit failed = guestUnit(u"stopped"_s);
        failed.result = u"exit-code"_s;
        QVERIFY(setUp({ failed, guestUnit(u"run"_s, u"active"_s, u"running"_s) }));
        m_fake->hold(u"GetAll"_s, {}, failed.name);
        m_monitor->start();
        QVERIFY(m_fake->waitForHeld(u"GetAll"_s, {}, 2));
        // Then no sync is announced while its stop reason is unknown
        QVERIFY(settle());
        QCOMPARE(m_synced->size(), 0);
        QVERIFY(!m_store->find(u"stopped"_s));
        // When its read is answered: synced, with the reason
        m_fake->stopHolding();
        QVERIFY(m_fake->release(u"GetAll"_s));
        QVERIFY(m_fake->release(u"GetAll"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_synced->size(), 1, 5000);
        QCOMPARE(m_store->find(u"stopped"_s)->derived.reason, StopReason::Failure);
        QCOMPARE(state(u"run"_s), GuestState::Active);
    }

    void managerLeavesAndComesBack_data()
    {
        QTest::addColumn<QString>("inFlight");
        QTest::newRow("idle") << u"nothing"_s;
        QTest::newRow("a list in flight, answered while the manager is gone") << u"list"_s;
        QTest::newRow("a list in flight and a reload after it") << u"reload"_s;
    }
    void managerLeavesAndComesBack()
    {
        QFETCH(QString, inFlight);
        CHARON_REQUIRE_PRIVATE_BUS(*m_bus);
        QVERIFY(setUp({ guestUnit(u"a"_s, u"active"_s, u"running"_s), guestUnit(u"b"_s) }));
        QVERIFY(startAndSync());
        QCOMPARE(names(), QStringList({ u"a"_s, u"b"_s }));
        QSignalSpy connection(m_store.get(), &GuestStore::connectionChanged);
        // Given, maybe, a re-list in flight (and a reload after it, owing one more list)
        QDBusMessage staleList;
        if (inFlight != u"nothing"_s) {
            m_fake->hold(u"ListUnitsByPatterns"_s);
            m_fake->emitReloading(true);
            m_fake->emitReloading(false);
            QVERIFY(m_fake->waitForHeld(u"ListUnitsByPatterns"_s));
            m_fake->stopHolding();
            staleList = m_fake->answerHeld(u"ListUnitsByPatterns"_s); // the old state
            if (inFlight == u"reload"_s) {
                m_fake->emitReloading(true);
                m_fake->emitReloading(false);
                QVERIFY(settle());
            }
        }
        // When the manager leaves
        QVERIFY(m_fake->leave());
        QTRY_VERIFY(!m_store->isConnected());
        QVERIFY(!m_monitor->isSynced());
        if (inFlight == u"list"_s) {
            const quint64 sent = m_connection->sentMessageCount();
            m_fake->send(staleList); // answered before it left, read after
            QVERIFY(settle());
            QVERIFY(!m_store->isConnected());
            // (dropped, not acted on: no read is sent for what it listed)
            QCOMPARE(m_connection->sentMessageCount(), sent);
        }
        // and comes back with a stopped, b gone, and a new c running
        setState(m_fake->unit(unitNameForGuest(u"a"_s)), u"inactive"_s, u"dead"_s);
        m_fake->removeUnit(unitNameForGuest(u"b"_s));
        m_fake->setUnit(guestUnit(u"c"_s, u"active"_s, u"running"_s));
        const qsizetype listsBefore = m_fake->receivedCount(u"ListUnitsByPatterns"_s);
        m_synced->clear();
        QVERIFY(m_fake->appear());
        if (inFlight == u"reload"_s)
            m_fake->send(staleList);
        // Then the store resyncs to the manager's new state and is connected
        QTRY_VERIFY_WITH_TIMEOUT(m_store->isConnected(), 5000);
        QVERIFY(m_monitor->isSynced());
        QCOMPARE(names(), QStringList({ u"a"_s, u"c"_s }));
        QCOMPARE(state(u"a"_s), GuestState::Inactive);
        QCOMPARE(state(u"c"_s), GuestState::Active);
        QCOMPARE(m_monitor->resyncCount(), 2);
        QCOMPARE(connection.last().at(0).toBool(), true);
        // and once: one list after the return, none owed from before it
        QVERIFY(settle());
        QCOMPARE(m_synced->size(), 1);
        QCOMPARE(m_fake->receivedCount(u"ListUnitsByPatterns"_s) - listsBefore, 1);
    }
};

CHARON_TEST_GUILESS_MAIN(TestMonitorOrderings)
#include "tst_monitor_orderings.moc"
