// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// A burst of events makes one notification per kind: ten guests failing in the same second make
// one notification naming them, critical, with the actions that fit.

#include "core/events/desktopnotification.h"
#include "core/events/notificationbatcher.h"
#include "tests/harness/testmain.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace {
GuestEvent makeEvent(GuestEvent::Kind kind, const QString &guest, GuestEvent::Severity severity)
{
    GuestEvent e;
    e.kind = kind;
    e.guest = guest;
    e.severity = severity;
    e.text = guest + u" happened"_s;
    e.when = QDateTime::currentDateTime();
    return e;
}
} // namespace

class TestNotificationBatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QList<GuestEvent>>(); }

    void burstIsOneBatchPerKind()
    {
        NotificationBatcher batcher(50);
        QSignalSpy spy(&batcher, &NotificationBatcher::batch);
        QVERIFY(!batcher.isOpen()); // idle: no timer
        for (int i = 0; i < 10; ++i)
            batcher.add(makeEvent(
                GuestEvent::Kind::Failed, u"g%1"_s.arg(i), GuestEvent::Severity::Critical));
        batcher.add(
            makeEvent(GuestEvent::Kind::LicenseLost, u"g0"_s, GuestEvent::Severity::Critical));
        QVERIFY(batcher.isOpen());
        QVERIFY(spy.wait(2000));
        QCOMPARE(spy.size(), 2);
        const auto failed = spy.at(0).at(0).value<QList<GuestEvent>>();
        QCOMPARE(failed.size(), 10);
        QCOMPARE(spy.at(1).at(0).value<QList<GuestEvent>>().size(), 1);
        QVERIFY(!batcher.isOpen());
    }

    void tenFailuresMakeOneCriticalNotification()
    {
        QList<GuestEvent> events;
        for (int i = 0; i < 10; ++i)
            events << makeEvent(
                GuestEvent::Kind::Failed, u"g%1"_s.arg(i), GuestEvent::Severity::Critical);
        const DesktopNotification n = DesktopNotification::fromBatch(events);
        QCOMPARE(n.guests.size(), 10);
        QVERIFY2(n.title.contains(u"10"_s), qPrintable(n.title));
        QCOMPARE(n.urgency, DesktopNotification::Urgency::Critical);
        QVERIFY(n.body.contains(u"g0 happened"_s));
        QVERIFY2(n.body.contains(u"2"_s) && n.body.count(u'\n') == 8, qPrintable(n.body));
        QCOMPARE(n.actions.size(), 1); // "Show guests"
    }

    void oneGuestGetsConsoleAndShowActions()
    {
        const DesktopNotification n = DesktopNotification::fromBatch(
            { makeEvent(GuestEvent::Kind::LicenseLost, u"vms"_s, GuestEvent::Severity::Critical) });
        QCOMPARE(n.title, u"vms"_s);
        QCOMPARE(n.urgency, DesktopNotification::Urgency::Critical);
        QCOMPARE(n.actions.size(), 2);
        QString verb;
        QString guest;
        QVERIFY(DesktopNotification::parseActionKey(n.actions.at(0).first, &verb, &guest));
        QCOMPARE(verb, u"console"_s);
        QCOMPARE(guest, u"vms"_s);
        QVERIFY(!DesktopNotification::parseActionKey(u"nonsense"_s, &verb, &guest));
    }

    void routineNewsIsLowUrgency()
    {
        const DesktopNotification n = DesktopNotification::fromBatch(
            { makeEvent(GuestEvent::Kind::Started, u"a"_s, GuestEvent::Severity::Info) });
        QCOMPARE(n.urgency, DesktopNotification::Urgency::Low);
    }
};

CHARON_TEST_GUILESS_MAIN(TestNotificationBatcher)
#include "tst_notificationbatcher.moc"
