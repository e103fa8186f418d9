// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
//
// From guest events to what the admin sees on the desktop: each event the admin chose
// (WatchPreferences) goes into a NotificationBatcher; each batch becomes one DesktopNotification
// sent over D-Bus, or shown as the tray's balloon when no notification service answers (or as a
// line in the window's message bar when there is no tray either). Action clicks come back as
// consoleRequested/showGuestRequested.
#pragma once

#include "core/domain/guestevent.h"
#include "core/events/desktopnotification.h"
#include "core/events/watchpreferences.h"

#include <QObject>
#include <QPointer>

namespace charon::core {
class DesktopNotifier;
class GuestEventWatcher;
class NotificationBatcher;
} // namespace charon::core

namespace charon::ui {

class TrayIcon;

class EventNotifications : public QObject
{
    Q_OBJECT

public:
    EventNotifications(core::GuestEventWatcher *events, core::DesktopNotifier *notifier,
        const core::WatchPreferences &preferences, QObject *parent = nullptr);

    void setTray(TrayIcon *tray) { m_tray = tray; }
    void setPreferences(const core::WatchPreferences &preferences) { m_preferences = preferences; }
    core::NotificationBatcher *batcher() const { return m_batcher; }
    int balloonsShown() const { return m_balloons; }

Q_SIGNALS:
    void consoleRequested(const QString &guest);
    void showGuestRequested(const QString &guest);
    // A sentence for the window's message bar (notifications unavailable, no tray either).
    void notice(const QString &text);

private:
    void onEvent(const core::GuestEvent &event);
    void onBatch(const QList<core::GuestEvent> &events);
    void onUndelivered(const core::DesktopNotification &notification);

    core::DesktopNotifier *m_notifier;
    core::NotificationBatcher *m_batcher;
    core::WatchPreferences m_preferences;
    QPointer<TrayIcon> m_tray;
    int m_balloons = 0;
};

} // namespace charon::ui
