// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The watching widgets, offscreen: the tray's summary and menu follow the store, its requests go
// out as signals; the settings dialog writes the preferences; with no notification service the
// tray's balloon (or, without a tray, the message bar's notice) takes over; a window with a tray
// hides on close instead of quitting.

#include "core/events/desktopnotifier.h"
#include "core/events/guesteventwatcher.h"
#include "core/events/watchpreferences.h"
#include "core/guests/gueststore.h"
#include "tests/harness/testmain.h"
#include "tests/widget/sampleguests.h"
#include "ui/tray/eventnotifications.h"
#include "ui/tray/hostsummary.h"
#include "ui/tray/trayicon.h"
#include "ui/tray/watchsettingsdialog.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QDBusConnection>
#include <QMenu>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon;
using charon::core::GuestEvent;
using charon::test::sampleGuest;

namespace {
QAction *findAction(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions())
        if (a->text() == text)
            return a;
    return nullptr;
}
} // namespace

class TestTray : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void summaryFollowsTheWorstNews()
    {
        core::GuestStore store;
        store.setConnected(true);
        store.upsert(sampleGuest(u"a"_s, u"par"_s, test::kRunning));
        ui::TrayIcon tray(&store);
        QCOMPARE(tray.health(), ui::Icons::HostHealth::Fine);
        QVERIFY2(tray.toolTip().contains(u"running: 1"_s), qPrintable(tray.toolTip()));
        // A license lost is trouble...
        store.update(
            u"a"_s, [](core::Guest &g) { g.licenseHealth = core::LicenseHealth::Critical; });
        QCOMPARE(tray.health(), ui::Icons::HostHealth::LicenseTrouble);
        // ... and a failed guest is worse
        store.upsert(sampleGuest(u"b"_s, u"par"_s, test::kCrashed));
        QCOMPARE(tray.health(), ui::Icons::HostHealth::Failed);
        QVERIFY(tray.toolTip().contains(u"failed: 1"_s));
        store.setConnected(false);
        QCOMPARE(tray.health(), ui::Icons::HostHealth::Disconnected);
    }

    void menuListsGuestsAndSendsRequests()
    {
        core::GuestStore store;
        store.setConnected(true);
        store.upsert(sampleGuest(u"hpux"_s, u"par"_s, test::kRunning));
        store.upsert(sampleGuest(u"vms"_s, u"axp"_s, test::kStopped));
        ui::TrayIcon tray(&store);
        tray.rebuildMenu();
        QMenu *menu = tray.menu();
        QVERIFY(findAction(menu, u"Show Window"_s));
        QAction *hpux = nullptr;
        QAction *vms = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->text().startsWith(u"hpux — ACTIVE"_s))
                hpux = a;
            if (a->text().startsWith(u"vms — INACTIVE"_s))
                vms = a;
        }
        QVERIFY(hpux && hpux->menu());
        QVERIFY(vms && vms->menu());
        // A running guest can be stopped, not started; and the other way round
        QVERIFY(!findAction(hpux->menu(), u"Start"_s)->isEnabled());
        QVERIFY(findAction(hpux->menu(), u"Stop"_s)->isEnabled());
        QVERIFY(findAction(vms->menu(), u"Start"_s)->isEnabled());
        QSignalSpy start(&tray, &ui::TrayIcon::startRequested);
        QSignalSpy console(&tray, &ui::TrayIcon::consoleRequested);
        findAction(vms->menu(), u"Start"_s)->trigger();
        findAction(hpux->menu(), u"Open Console"_s)->trigger();
        QCOMPARE(start.value(0).value(0).toString(), u"vms"_s);
        QCOMPARE(console.value(0).value(0).toString(), u"hpux"_s);
        QVERIFY(!menu->accessibleName().isEmpty());
    }

    void settingsDialogWritesThePreferences()
    {
        const QString file = m_dir.filePath(u"prefs.conf"_s);
        core::WatchPreferences prefs(file);
        QVERIFY(prefs.notifies(GuestEvent::Kind::Failed)); // on by default
        QVERIFY(!prefs.notifies(GuestEvent::Kind::Started)); // routine news off by default
        ui::WatchSettingsDialog dialog(prefs, u"/etc/charon-manager/os-probe.sh"_s, false);
        QVERIFY(!dialog.keepWatchingBox()->isEnabled()); // no tray to come back from
        dialog.checkBox(GuestEvent::Kind::Failed)->setChecked(false);
        dialog.checkBox(GuestEvent::Kind::Started)->setChecked(true);
        dialog.intervalBox()->setValue(120);
        dialog.timeoutBox()->setValue(7);
        QVERIFY(!dialog.intervalBox()->accessibleName().isEmpty());
        dialog.save();
        const core::WatchPreferences saved(file);
        QVERIFY(!saved.notifies(GuestEvent::Kind::Failed));
        QVERIFY(saved.notifies(GuestEvent::Kind::Started));
        QCOMPARE(saved.osProbeIntervalSec(), 120);
        QCOMPARE(saved.osProbeTimeoutSec(), 7);
        QVERIFY(!saved.keepWatchingInTray(false));
    }

    void noNotificationServiceFallsBackToTheTrayOrTheWindow()
    {
        // A bus where nobody owns org.freedesktop.Notifications: a private peer-less address.
        QDBusConnection bus = QDBusConnection::connectToBus(
            u"unix:path="_s + m_dir.filePath(u"no-bus"_s), u"nobus"_s);
        core::GuestStore store;
        store.setConnected(true);
        store.upsert(sampleGuest(u"a"_s, u"par"_s, test::kRunning));
        core::GuestEventWatcher events(&store, nullptr, nullptr);
        core::DesktopNotifier notifier(bus);
        ui::EventNotifications notifications(
            &events, &notifier, core::WatchPreferences(m_dir.filePath(u"p2.conf"_s)));
        QSignalSpy notices(&notifications, &ui::EventNotifications::notice);
        QSignalSpy seen(&events, &core::GuestEventWatcher::event);
        QSignalSpy undelivered(&notifier, &core::DesktopNotifier::undelivered);

        // Without a tray: the window's message bar gets the news
        store.upsert(sampleGuest(u"a"_s, u"par"_s, test::kCrashed));
        QTRY_COMPARE(seen.size(), 1);
        QTRY_COMPARE(undelivered.size(), 1);
        QTRY_COMPARE(notices.size(), 2); // "not available", then the event itself
        QVERIFY2(notices.at(1).at(0).toString().contains(u"FAILURE"_s),
            qPrintable(notices.at(1).at(0).toString()));

        // With a tray: its balloon
        ui::TrayIcon tray(&store);
        tray.show();
        notifications.setTray(&tray);
        store.upsert(sampleGuest(u"a"_s, u"par"_s, test::kRunning));
        store.upsert(sampleGuest(u"a"_s, u"par"_s, test::kCrashed));
        QTRY_COMPARE(notifications.balloonsShown(), 1);
        QCOMPARE(notices.size(), 2); // "not available" is said once per outage
        QDBusConnection::disconnectFromBus(u"nobus"_s);
    }

    void windowWithATrayHidesOnClose()
    {
        core::GuestStore store;
        ui::MainWindow window(&store);
        window.show();
        window.setHideOnClose(true);
        QVERIFY(!QApplication::quitOnLastWindowClosed());
        QVERIFY(!window.close()); // the close is refused: the window hides
        QVERIFY(window.isHidden());
        window.showAndRaise();
        QVERIFY(window.isVisible());
        window.setHideOnClose(false);
        QVERIFY(QApplication::quitOnLastWindowClosed());
    }
};

CHARON_TEST_MAIN(TestTray)
#include "tst_tray.moc"
