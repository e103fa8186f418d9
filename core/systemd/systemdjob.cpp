// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/systemd/systemdjob.h"

#include "core/systemd/systemdconnection.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace charon::core {

SystemdJob::SystemdJob(SystemdConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{ }

void SystemdJob::send(const QDBusMessage &message, const QString &what,
    std::function<void(const QDBusMessage &)> onReply,
    std::function<bool(const QDBusMessage &)> onError, int timeoutMs)
{
    auto *watcher = new QDBusPendingCallWatcher(m_connection->asyncCall(message, timeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
        [this, what, onReply = std::move(onReply), onError = std::move(onError)](
            QDBusPendingCallWatcher *w) {
            w->deleteLater();
            if (m_finished)
                return;
            const QDBusMessage reply = w->reply();
            if (reply.type() == QDBusMessage::ReplyMessage) {
                onReply(reply);
                return;
            }
            if (onError && onError(reply))
                return;
            fail(SystemdError::fromDBus(w->error(), what));
        });
}

void SystemdJob::succeed()
{
    finish();
}

void SystemdJob::fail(const SystemdError &error)
{
    if (m_finished)
        return;
    m_error = error;
    if (!m_error.isError())
        m_error.category = SystemdError::Category::Other;
    finish();
}

void SystemdJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    // Queued: the creator may still be inside the call that made the job.
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished(this);
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace charon::core
