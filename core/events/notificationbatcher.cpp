// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/events/notificationbatcher.h"

namespace charon::core {

NotificationBatcher::NotificationBatcher(int windowMs, QObject *parent)
    : QObject(parent)
{
    m_window.setSingleShot(true);
    m_window.setInterval(windowMs);
    connect(&m_window, &QTimer::timeout, this, &NotificationBatcher::flush);
}

void NotificationBatcher::add(const GuestEvent &event)
{
    m_pending.append(event);
    if (!m_window.isActive())
        m_window.start();
}

void NotificationBatcher::flush()
{
    m_window.stop();
    const QList<GuestEvent> events = std::exchange(m_pending, {});
    QList<GuestEvent::Kind> order;
    for (const GuestEvent &e : events)
        if (!order.contains(e.kind))
            order.append(e.kind);
    for (const GuestEvent::Kind kind : std::as_const(order)) {
        QList<GuestEvent> group;
        for (const GuestEvent &e : events)
            if (e.kind == kind)
                group.append(e);
        Q_EMIT batch(group);
    }
}

} // namespace charon::core
