// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
//
// Puts a MainWindow on a GuestSession: the operations (start, stop, ...) on the session's
// systemd client, the host header, the title; and, for the application, the watching parts:
// the tray icon, desktop notifications of the session's guest events and their settings.
// Tests and benchmarks use it too, so the window they drive is wired like the application's.
#pragma once

#include "core/session/guestsession.h"

#include <QDBusConnection>

namespace charon::core {
class DesktopNotifier;
}

namespace charon::ui {

class EventNotifications;
class GuestOperations;
class MainWindow;
class TrayIcon;

class WindowSession
{
public:
    // `window` must have been built on session->store(). Returns the operations object.
    // Guest > Add Guest… (and the empty host's button) opens openAddGuestWizard().
    static GuestOperations *attach(MainWindow *window, core::GuestSession *session);
    // The Add Guest wizard, window-modal, on the session's systemd and unit directory; once
    // the guest is added it is selected, and started / its console opened as the admin chose.
    static void openAddGuestWizard(
        MainWindow *window, core::GuestSession *session, GuestOperations *operations);

    struct Watching
    {
        TrayIcon *tray = nullptr;
        core::DesktopNotifier *notifier = nullptr;
        EventNotifications *notifications = nullptr;
    };
    // The tray icon (shown when the desktop has a tray), notifications on `bus` (the session
    // bus by default), the settings dialog in the View menu; all owned by `window`.
    static Watching attachWatching(MainWindow *window, core::GuestSession *session,
        GuestOperations *operations, const QDBusConnection &bus = QDBusConnection::sessionBus());
};

} // namespace charon::ui
