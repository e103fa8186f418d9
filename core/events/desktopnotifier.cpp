// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/events/desktopnotifier.h"

#include <QDBusError>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {
const QString path = u"/org/freedesktop/Notifications"_s;
const QString interface = u"org.freedesktop.Notifications"_s;
} // namespace

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    // Signals from whichever process owns the name now or later: no sender filter on a unique
    // name, so a restarted daemon's clicks still arrive.
    m_bus.connect(
        QString(), path, interface, u"ActionInvoked"_s, this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(
        QString(), path, interface, u"NotificationClosed"_s, this, SLOT(onClosed(uint, uint)));
}

void DesktopNotifier::send(const DesktopNotification &n)
{
    QDBusMessage call = QDBusMessage::createMethodCall(serviceName(), path, interface, u"Notify"_s);
    QStringList actions;
    for (const auto &[key, label] : n.actions)
        actions << key << label;
    const QVariantMap hints {
        { u"urgency"_s, QVariant::fromValue(uchar(n.urgency)) },
        { u"desktop-entry"_s, u"charon-manager"_s },
        { u"category"_s,
            n.urgency == DesktopNotification::Urgency::Critical ? u"device.error"_s : u"device"_s },
    };
    // Critical ones stay until dismissed (the spec lets the server decide; -1 = its default).
    call << u"Charon Manager"_s << uint(0) << u"charon-manager"_s << n.title << n.body << actions
         << hints << int(-1);
    if (!m_bus.isConnected()) {
        // No session bus at all (an ssh session without one): nobody can be told over D-Bus.
        onReply(QDBusError(QDBusError::Disconnected, tr("no D-Bus session bus")), 0, n);
        return;
    }
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, n] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        onReply(
            reply.isError() ? reply.error() : QDBusError(), reply.isError() ? 0 : reply.value(), n);
    });
}

void DesktopNotifier::onReply(const QDBusError &error, uint id, const DesktopNotification &n)
{
    if (error.isValid()) {
        const QString reason = error.message().isEmpty() ? error.name() : error.message();
        if (m_available) {
            m_available = false;
            Q_EMIT unavailable(reason);
        }
        Q_EMIT undelivered(n);
        return;
    }
    if (!m_available) {
        m_available = true;
        Q_EMIT availableAgain();
    }
    ++m_delivered;
    if (!n.actions.isEmpty())
        m_open.insert(id, n);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    if (!m_open.contains(id))
        return; // another application's notification
    QString verb;
    QString guest;
    if (DesktopNotification::parseActionKey(actionKey, &verb, &guest))
        Q_EMIT actionInvoked(verb, guest);
}

void DesktopNotifier::onClosed(uint id, uint)
{
    m_open.remove(id);
}

} // namespace charon::core
