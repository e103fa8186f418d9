// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
//
// Sends DesktopNotifications to the session's notification service
// (org.freedesktop.Notifications, the Desktop Notifications Specification) and hands back the
// action a user clicked. Every call is asynchronous. When no service answers (none installed,
// or it went away mid-session) the notification is handed back through undelivered() so the
// tray can show it as a balloon instead, and unavailable() says why, once per outage.
#pragma once

#include "core/events/desktopnotification.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>
#include <QHash>
#include <QObject>

namespace charon::core {

class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(
        const QDBusConnection &bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);

    void send(const DesktopNotification &notification);
    bool isAvailable() const { return m_available; }
    int delivered() const { return m_delivered; }

    static QString serviceName() { return QStringLiteral("org.freedesktop.Notifications"); }

Q_SIGNALS:
    // A click on one of our actions: verb "console" or "show", and the guest.
    void actionInvoked(const QString &verb, const QString &guest);
    void undelivered(const charon::core::DesktopNotification &notification);
    void unavailable(const QString &reason);
    void availableAgain();

private Q_SLOTS: // connected by name to the service's D-Bus signals
    void onActionInvoked(uint id, const QString &actionKey);
    void onClosed(uint id, uint reason);

private:
    void onReply(const QDBusError &error, uint id, const DesktopNotification &notification);

    QDBusConnection m_bus;
    QHash<uint, DesktopNotification> m_open; // id -> what we sent, until closed
    bool m_available = true;
    int m_delivered = 0;
};

} // namespace charon::core
