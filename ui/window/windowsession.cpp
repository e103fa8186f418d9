// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/window/windowsession.h"

#include "core/events/desktopnotifier.h"
#include "core/events/watchpreferences.h"
#include "core/guests/gueststore.h"
#include "core/guests/osprobemonitor.h"
#include "core/host/hostinfo.h"
#include "core/systemd/systemdconnection.h"
#include "ui/editor/guesteditors.h"
#include "ui/logs/logswindows.h"
#include "ui/manage/addguestwizard.h"
#include "ui/settings/servicesettingsdialog.h"
#include "ui/table/guestactions.h"
#include "ui/tray/eventnotifications.h"
#include "ui/tray/trayicon.h"
#include "ui/tray/watchsettingsdialog.h"
#include "ui/window/guestoperations.h"
#include "ui/window/hostheader.h"
#include "ui/window/mainwindow.h"
#include "ui/window/messagebar.h"

#include <QMenu>

using namespace Qt::StringLiterals;

namespace charon::ui {

GuestOperations *WindowSession::attach(MainWindow *window, core::GuestSession *session)
{
    Q_ASSERT(window->store() == session->store());
    auto *operations = new GuestOperations(
        session->client(), session->store(), window->messageBar(), session->scope(), window);
    operations->connectActions(window->actions());
    // Service Settings: one dialog per request, modal to the window, gone when closed.
    QObject::connect(window->actions(), &GuestActions::editServiceRequested, window,
        [window, session](const QString &name) {
            if (name.isEmpty())
                return;
            QStringList others = session->store()->names();
            others.removeAll(name);
            auto *dialog = new ServiceSettingsDialog(
                session->client(), core::UnitFile(session->scope()), name, others, window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
    auto *editors = new GuestEditors(session->store(), session->scope(), window);
    QObject::connect(
        window->actions(), &GuestActions::editConfigRequested, editors, &GuestEditors::editConfig);
    QObject::connect(window->actions(), &GuestActions::editStopScriptRequested, editors,
        &GuestEditors::editStopScript);
    QObject::connect(window->actions(), &GuestActions::editOsProbeRequested, editors,
        &GuestEditors::editOsProbe);
    core::HostInfo host;
    host.refresh();
    window->hostHeader()->setHostInfo(host);
    window->setHost(
        host.hostName(), session->scope() == core::UnitScope::User ? u"user"_s : u"system"_s);
    window->logsWindows()->setScope(session->scope() == core::UnitScope::User
            ? core::JournalFeed::Scope::User
            : core::JournalFeed::Scope::System);
    // "No guest on this host" only once systemd has been asked.
    window->setGuestsLoaded(session->isReady());
    QObject::connect(
        session, &core::GuestSession::ready, window, [window] { window->setGuestsLoaded(true); });
    QObject::connect(window->actions(), &GuestActions::addGuestRequested, window,
        [window, session, operations] { openAddGuestWizard(window, session, operations); });
    return operations;
}

void WindowSession::openAddGuestWizard(
    MainWindow *window, core::GuestSession *session, GuestOperations *operations)
{
    auto *wizard = new AddGuestWizard(
        session->client(), session->scope(), session->store()->guests(), window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!operations->unitDirectory().isEmpty())
        wizard->setUnitDirectory(operations->unitDirectory());
    if (!session->pipeline()->stopScriptPath().isEmpty())
        wizard->setStopScriptPath(session->pipeline()->stopScriptPath());
    QObject::connect(wizard, &AddGuestWizard::guestAdded, operations,
        [window, session, operations](const QString &name, bool start, bool console) {
            core::GuestStore *store = session->store();
            if (store->find(name)) {
                window->selectGuest(name);
            } else { // the monitor adds it once systemd announces the new unit
                auto once = std::make_shared<QMetaObject::Connection>();
                *once = QObject::connect(store, &core::GuestStore::guestAdded, window,
                    [window, name, once](int, const QString &added) {
                        if (added != name)
                            return;
                        QObject::disconnect(*once);
                        window->selectGuest(name);
                    });
            }
            if (console) { // the console connects once the start has ended
                auto once = std::make_shared<QMetaObject::Connection>();
                *once = QObject::connect(operations, &GuestOperations::operationFinished, window,
                    [window, name, once](const QString &guest, const QString &error) {
                        if (guest != name)
                            return;
                        QObject::disconnect(*once);
                        if (error.isEmpty())
                            window->openConsole(name);
                    });
            }
            if (start)
                operations->start({ name });
        });
    wizard->open();
}

WindowSession::Watching WindowSession::attachWatching(MainWindow *window,
    core::GuestSession *session, GuestOperations *operations, const QDBusConnection &bus)
{
    Watching w;
    const core::WatchPreferences preferences;
    w.notifier = new core::DesktopNotifier(bus, window);
    w.notifications = new EventNotifications(session->events(), w.notifier, preferences, window);
    w.tray = new TrayIcon(session->store(), window);
    const bool trayAvailable = TrayIcon::isAvailable();
    if (trayAvailable)
        w.tray->show();
    w.notifications->setTray(w.tray);
    window->setHideOnClose(preferences.keepWatchingInTray(trayAvailable));

    const auto showConsole = [window](const QString &guest) {
        window->showAndRaise();
        window->selectGuest(guest);
        window->openConsole(guest);
    };
    const auto showGuest = [window](const QString &guest) {
        window->showAndRaise();
        window->selectGuest(guest);
    };
    const auto openSettings = [window, session, w] {
        const QString script = session->pipeline()->osProbeMonitor()
            ? session->pipeline()->osProbeMonitor()->scriptPath()
            : QString();
        const bool tray = TrayIcon::isAvailable() && w.tray->isVisible();
        WatchSettingsDialog dialog(core::WatchPreferences(), script, tray, window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const core::WatchPreferences saved;
        w.notifications->setPreferences(saved);
        window->setHideOnClose(saved.keepWatchingInTray(tray));
        if (core::OsProbeMonitor *probe = session->pipeline()->osProbeMonitor())
            probe->setTiming(saved.osProbeIntervalSec() * 1000, saved.osProbeTimeoutSec() * 1000);
    };

    QObject::connect(w.tray, &TrayIcon::showWindowRequested, window, &MainWindow::showAndRaise);
    QObject::connect(w.tray, &TrayIcon::startRequested, operations,
        [operations](const QString &guest) { operations->start({ guest }); });
    QObject::connect(w.tray, &TrayIcon::stopRequested, operations,
        [operations](const QString &guest) { operations->stop({ guest }); });
    QObject::connect(w.tray, &TrayIcon::consoleRequested, window, showConsole);
    QObject::connect(w.tray, &TrayIcon::showGuestRequested, window, showGuest);
    QObject::connect(w.tray, &TrayIcon::settingsRequested, window, openSettings);
    QObject::connect(w.tray, &TrayIcon::quitRequested, window, &MainWindow::requestQuit);
    QObject::connect(w.notifications, &EventNotifications::consoleRequested, window, showConsole);
    QObject::connect(w.notifications, &EventNotifications::showGuestRequested, window, showGuest);
    QObject::connect(
        w.notifications, &EventNotifications::notice, window, [window](const QString &text) {
            window->messageBar()->showMessage(
                MessageBar::Level::Info, text, {}, u"notifications"_s);
        });
    QAction *settings = window->viewMenu()->addAction(
        MainWindow::tr("&Notifications and Watching…"), window, openSettings);
    settings->setObjectName(u"watchSettingsAction"_s);
    return w;
}

} // namespace charon::ui
