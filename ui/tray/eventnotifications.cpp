// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/tray/eventnotifications.h"

#include "core/events/desktopnotifier.h"
#include "core/events/guesteventwatcher.h"
#include "core/events/notificationbatcher.h"
#include "ui/tray/trayicon.h"

using namespace Qt::StringLiterals;

namespace charon::ui {

EventNotifications::EventNotifications(core::GuestEventWatcher *events,
    core::DesktopNotifier *notifier, const core::WatchPreferences &preferences, QObject *parent)
    : QObject(parent)
    , m_notifier(notifier)
    , m_batcher(new core::NotificationBatcher(400, this))
    , m_preferences(preferences)
{
    connect(events, &core::GuestEventWatcher::event, this, &EventNotifications::onEvent);
    connect(m_batcher, &core::NotificationBatcher::batch, this, &EventNotifications::onBatch);
    connect(
        m_notifier, &core::DesktopNotifier::undelivered, this, &EventNotifications::onUndelivered);
    connect(m_notifier, &core::DesktopNotifier::unavailable, this, [this](const QString &why) {
        Q_EMIT notice(m_tray && m_tray->isVisible()
                ? tr("Desktop notifications are not available (%1): the tray shows them instead.")
                      .arg(why)
                : tr("Desktop notifications are not available (%1): events show here instead.")
                      .arg(why));
    });
    connect(m_notifier, &core::DesktopNotifier::actionInvoked, this,
        [this](const QString &verb, const QString &guest) {
            if (verb == u"console"_s)
                Q_EMIT consoleRequested(guest);
            else if (verb == u"show"_s)
                Q_EMIT showGuestRequested(guest);
        });
}

void EventNotifications::onEvent(const core::GuestEvent &event)
{
    if (m_preferences.notifies(event.kind))
        m_batcher->add(event);
}

void EventNotifications::onBatch(const QList<core::GuestEvent> &events)
{
    m_notifier->send(core::DesktopNotification::fromBatch(events));
}

void EventNotifications::onUndelivered(const core::DesktopNotification &notification)
{
    if (m_tray && m_tray->isVisible()) {
        ++m_balloons;
        m_tray->showBalloon(notification);
        return;
    }
    Q_EMIT notice(
        notification.title + u": "_s + QString(notification.body).replace(u'\n', u"; "_s));
}

} // namespace charon::ui
