// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/systemd/managercheckjob.h"

#include "core/systemd/systemdconnection.h"

#include <QDBusError>
#include <QDBusVariant>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {
const QString kDBusService = u"org.freedesktop.DBus"_s;
const QString kDBusPath = u"/org/freedesktop/DBus"_s;
} // namespace

ManagerCheckJob::ManagerCheckJob(SystemdConnection *connection, int timeoutMs, QObject *parent)
    : SystemdJob(connection, parent)
    , m_timeoutMs(timeoutMs)
{
    if (!connection->isBusConnected()) {
        fail(SystemdError::make(SystemdError::Category::Disconnected,
            unreachable(tr("cannot connect to the %1: %2")
                            .arg(connection->description(), connection->busError())),
            connection->busError()));
        return;
    }
    QDBusMessage ask
        = QDBusMessage::createMethodCall(kDBusService, kDBusPath, kDBusService, u"GetNameOwner"_s);
    ask.setArguments({ SystemdConnection::Service });
    send(
        ask, {}, [this](const QDBusMessage &) { askManager(); },
        [this](const QDBusMessage &reply) {
            const QString name = reply.errorName();
            const auto category = SystemdError::categorize(name);
            QString why;
            if (name == u"org.freedesktop.DBus.Error.NameHasNoOwner"_s)
                why = tr("no systemd manager on the %1 (it has exited or is restarting)")
                          .arg(this->connection()->description());
            else if (category == SystemdError::Category::PermissionDenied)
                why = tr("permission denied on the %1: %2")
                          .arg(this->connection()->description(), reply.errorMessage());
            else if (name == u"org.freedesktop.DBus.Error.NoReply"_s)
                why = tr("the %1 did not answer within %2 s")
                          .arg(this->connection()->description())
                          .arg(m_timeoutMs / 1000.0);
            else
                why = tr("the %1 answered: %2")
                          .arg(this->connection()->description(), reply.errorMessage());
            fail(SystemdError::make(category == SystemdError::Category::PermissionDenied
                    ? category
                    : SystemdError::Category::Disconnected,
                unreachable(why), reply.errorMessage() + u" ("_s + name + u")"_s));
            return true;
        },
        m_timeoutMs);
}

void ManagerCheckJob::askManager()
{
    send(
        SystemdConnection::propertyGet(
            SystemdConnection::ManagerPath, SystemdConnection::ManagerInterface, u"Version"_s),
        {},
        [this](const QDBusMessage &reply) {
            m_version
                = qvariant_cast<QDBusVariant>(reply.arguments().value(0)).variant().toString();
            succeed();
        },
        [this](const QDBusMessage &reply) {
            const QString name = reply.errorName();
            const auto category = SystemdError::categorize(name);
            QString why;
            if (name == u"org.freedesktop.DBus.Error.NoReply"_s
                || name == u"org.freedesktop.DBus.Error.Timeout"_s)
                why = tr("the systemd manager on the %1 did not answer within %2 s")
                          .arg(connection()->description())
                          .arg(m_timeoutMs / 1000.0);
            else if (category == SystemdError::Category::PermissionDenied)
                why = tr("permission denied by the systemd manager on the %1: %2")
                          .arg(connection()->description(), reply.errorMessage());
            else if (category == SystemdError::Category::Disconnected)
                why = tr("the systemd manager on the %1 went away")
                          .arg(connection()->description());
            else
                why = tr("the systemd manager on the %1 answered: %2")
                          .arg(connection()->description(), reply.errorMessage());
            fail(SystemdError::make(category == SystemdError::Category::PermissionDenied
                    ? category
                    : SystemdError::Category::Disconnected,
                unreachable(why), reply.errorMessage() + u" ("_s + name + u")"_s));
            return true;
        },
        m_timeoutMs);
}

QString ManagerCheckJob::unreachable(const QString &why) const
{
    return tr("systemd is unreachable: %1").arg(why);
}

} // namespace charon::core
