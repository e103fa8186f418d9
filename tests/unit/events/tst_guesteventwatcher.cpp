// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// GuestEventWatcher: what the store sees becomes events, live only. Starting, a stop that was
// asked for, a FAILURE naming systemd's Result, an automatic restart, the manager lost and back,
// and the OS probe's verdict changing. The state found at the start is a baseline, not news.

#include "core/events/guesteventwatcher.h"
#include "core/guests/gueststore.h"
#include "core/guests/licensemonitor.h"
#include "tests/harness/testmain.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace {

Guest guestIn(const QString &name, const QString &active, const QString &sub,
    const QString &result = u"success"_s)
{
    Guest g;
    g.name = name;
    g.unit = unitNameForGuest(name);
    g.unitStatus.loadState = u"loaded"_s;
    g.unitStatus.activeState = active;
    g.unitStatus.subState = sub;
    g.unitStatus.result = result;
    g.derived = deriveState(g.unitStatus);
    return g;
}

QList<GuestEvent> events(const QSignalSpy &spy)
{
    QList<GuestEvent> list;
    for (const QList<QVariant> &args : spy)
        list << args.at(0).value<GuestEvent>();
    return list;
}

} // namespace

class TestGuestEventWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<GuestEvent>(); }

    void baselineIsNotNews()
    {
        GuestStore store;
        store.setConnected(true);
        store.upsert(guestIn(u"a"_s, u"failed"_s, u"failed"_s, u"signal"_s));
        GuestEventWatcher watcher(&store, nullptr, nullptr);
        QSignalSpy spy(&watcher, &GuestEventWatcher::event);
        // A guest appearing later (a new unit) is not news either.
        store.upsert(guestIn(u"b"_s, u"active"_s, u"running"_s));
        QCOMPARE(spy.size(), 0);
    }

    void startAndRequestedStop()
    {
        GuestStore store;
        store.upsert(guestIn(u"a"_s, u"inactive"_s, u"dead"_s));
        GuestEventWatcher watcher(&store, nullptr, nullptr);
        QSignalSpy spy(&watcher, &GuestEventWatcher::event);
        store.upsert(guestIn(u"a"_s, u"activating"_s, u"start"_s));
        store.upsert(guestIn(u"a"_s, u"active"_s, u"running"_s));
        store.upsert(guestIn(u"a"_s, u"deactivating"_s, u"stop-sigterm"_s));
        store.upsert(guestIn(u"a"_s, u"inactive"_s, u"dead"_s));
        const QList<GuestEvent> e = events(spy);
        QCOMPARE(e.size(), 2);
        QCOMPARE(e.at(0).kind, GuestEvent::Kind::Started);
        QCOMPARE(e.at(0).guest, u"a"_s);
        QCOMPARE(e.at(1).kind, GuestEvent::Kind::Stopped);
        QCOMPARE(e.at(1).severity, GuestEvent::Severity::Info);
        QCOMPARE(GuestEvent::toolkitCode(e.at(1).kind), u"STOPPED"_s);
    }

    void failureNamesSystemdsResult()
    {
        GuestStore store;
        store.upsert(guestIn(u"a"_s, u"active"_s, u"running"_s));
        GuestEventWatcher watcher(&store, nullptr, nullptr);
        QSignalSpy spy(&watcher, &GuestEventWatcher::event);
        Guest failed = guestIn(u"a"_s, u"failed"_s, u"failed"_s, u"signal"_s);
        failed.unitStatus.execMainCode = 2; // CLD_KILLED
        failed.unitStatus.execMainStatus = SIGKILL;
        store.upsert(failed);
        const QList<GuestEvent> e = events(spy);
        QCOMPARE(e.size(), 1);
        QCOMPARE(e.at(0).kind, GuestEvent::Kind::Failed);
        QCOMPARE(e.at(0).severity, GuestEvent::Severity::Critical);
        QCOMPARE(e.at(0).details.value(u"result"_s).toString(), u"signal"_s);
        QVERIFY2(e.at(0).text.contains(u"SIGKILL"_s), qPrintable(e.at(0).text));
        QCOMPARE(GuestEvent::toolkitCode(e.at(0).kind), u"ABORTED"_s);
    }

    void autoRestartIsAFailureThenARestart()
    {
        GuestStore store;
        store.upsert(guestIn(u"a"_s, u"active"_s, u"running"_s));
        GuestEventWatcher watcher(&store, nullptr, nullptr);
        QSignalSpy spy(&watcher, &GuestEventWatcher::event);
        // With Restart=on-failure systemd goes straight to activating/auto-restart.
        store.upsert(guestIn(u"a"_s, u"activating"_s, u"auto-restart"_s, u"exit-code"_s));
        store.upsert(guestIn(u"a"_s, u"activating"_s, u"start"_s, u"exit-code"_s));
        store.upsert(guestIn(u"a"_s, u"active"_s, u"running"_s, u"success"_s));
        const QList<GuestEvent> e = events(spy);
        QCOMPARE(e.size(), 3);
        QCOMPARE(e.at(0).kind, GuestEvent::Kind::Failed);
        QCOMPARE(e.at(1).kind, GuestEvent::Kind::Restarting);
        QCOMPARE(e.at(2).kind, GuestEvent::Kind::Started);
        // The start after an automatic restart says so
        QVERIFY(e.at(2).details.value(u"restarted"_s).toBool());
        QVERIFY2(e.at(2).text.contains(u"restarted"_s), qPrintable(e.at(2).text));
    }

    void managerLostAndBack()
    {
        GuestStore store;
        store.setConnected(true);
        GuestEventWatcher watcher(&store, nullptr, nullptr);
        QSignalSpy spy(&watcher, &GuestEventWatcher::event);
        store.setConnected(false, u"the bus went away"_s);
        store.setConnected(true);
        const QList<GuestEvent> e = events(spy);
        QCOMPARE(e.size(), 2);
        QCOMPARE(e.at(0).kind, GuestEvent::Kind::ManagerLost);
        QVERIFY(e.at(0).text.contains(u"the bus went away"_s));
        QCOMPARE(e.at(1).kind, GuestEvent::Kind::ManagerBack);
    }

    void firstConnectionIsNotNews()
    {
        GuestStore store;
        GuestEventWatcher watcher(&store, nullptr, nullptr);
        QSignalSpy spy(&watcher, &GuestEventWatcher::event);
        store.setConnected(true);
        QCOMPARE(spy.size(), 0);
    }

    void osAnswerChanges()
    {
        GuestStore store;
        store.upsert(guestIn(u"a"_s, u"active"_s, u"running"_s));
        GuestEventWatcher watcher(&store, nullptr, nullptr);
        QSignalSpy spy(&watcher, &GuestEventWatcher::event);
        const auto verdict = [&store](OsAnswer::Verdict v, const QString &detail = {}) {
            store.update(u"a"_s, [&](Guest &g) {
                g.osAnswer.verdict = v;
                g.osAnswer.detail = detail;
            });
        };
        // Running when watching began: the first verdict is the baseline
        verdict(OsAnswer::Verdict::Answers);
        QCOMPARE(spy.size(), 0);
        verdict(OsAnswer::Verdict::NotProbed); // the probe script lost its branch, say
        verdict(OsAnswer::Verdict::Waiting);
        verdict(OsAnswer::Verdict::NoAnswer);
        verdict(OsAnswer::Verdict::NoAnswer, u"same verdict, new detail"_s);
        verdict(OsAnswer::Verdict::Answers);
        verdict(OsAnswer::Verdict::Error, u"exit 3: boom"_s);
        const QList<GuestEvent> e = events(spy);
        QCOMPARE(e.size(), 3);
        QCOMPARE(e.at(0).kind, GuestEvent::Kind::OsNoAnswer);
        QCOMPARE(e.at(1).kind, GuestEvent::Kind::OsAnswers);
        QCOMPARE(e.at(2).kind, GuestEvent::Kind::OsProbeError);
        QVERIFY(e.at(2).text.contains(u"exit 3: boom"_s));
    }

    void aLossReadFromHistoryMakesTheReturnARestore()
    {
        // The license monitor read "lost" from the log's history (no event), then a live
        // "restored" line: that is a restore, not a first "found".
        GuestStore store;
        store.upsert(guestIn(u"a"_s, u"active"_s, u"running"_s));
        LicenseMonitor license(&store);
        GuestEventWatcher watcher(&store, nullptr, &license);
        QSignalSpy spy(&watcher, &GuestEventWatcher::event);
        store.update(u"a"_s, [](Guest &g) { g.licenseHealth = LicenseHealth::Critical; });
        store.update(u"a"_s, [](Guest &g) { g.licenseHealth = LicenseHealth::Ok; });
        Q_EMIT license.licenseEvent(u"a"_s, u"license-restored"_s, u"restored"_s, QDateTime());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<GuestEvent>().kind, GuestEvent::Kind::LicenseRestored);
    }

    void kindNamesRoundTrip()
    {
        for (const GuestEvent::Kind kind : GuestEvent::allKinds()) {
            GuestEvent::Kind back;
            QVERIFY(GuestEvent::kindFromName(GuestEvent::kindName(kind), &back));
            QCOMPARE(back, kind);
            QVERIFY(!GuestEvent::toolkitCode(kind).isEmpty());
        }
        GuestEvent::Kind unused;
        QVERIFY(!GuestEvent::kindFromName(u"no-such-kind"_s, &unused));
    }
};

CHARON_TEST_GUILESS_MAIN(TestGuestEventWatcher)
#include "tst_guesteventwatcher.moc"
