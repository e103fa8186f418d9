// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/privileged/helperclient.h"

#include "core/privileged/helperprotocol.h"
#include "core/privileged/helperrequest.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace charon::core {

HelperClient::HelperClient(QObject *parent)
    : QObject(parent)
{ }

HelperClient *HelperClient::addGuest(const GuestInstaller::Request &request, QObject *parent)
{
    auto *client = new HelperClient(parent);
    client->call(u"AddGuest"_s, { HelperRequest::toMap(request) });
    return client;
}

HelperClient *HelperClient::removeGuest(const QString &name, QObject *parent)
{
    auto *client = new HelperClient(parent);
    client->call(u"RemoveGuest"_s, { name });
    return client;
}

void HelperClient::call(const QString &method, const QVariantList &arguments)
{
    QDBusMessage message = QDBusMessage::createMethodCall(
        HelperProtocol::service(), HelperProtocol::path(), HelperProtocol::interface(), method);
    message.setArguments(arguments);
    message.setInteractiveAuthorizationAllowed(true);
    const QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        m_error = QCoreApplication::translate("charon::core::HelperClient",
            "the system bus cannot be reached, so the privileged helper cannot be asked");
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(this); });
        return;
    }
    constexpr int authenticationTimeoutMs = 5 * 60 * 1000;
    auto *watcher
        = new QDBusPendingCallWatcher(bus.asyncCall(message, authenticationTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, &HelperClient::onReply);
}

void HelperClient::onReply(QDBusPendingCallWatcher *watcher)
{
    watcher->deleteLater();
    const QDBusMessage reply = watcher->reply();
    if (reply.type() == QDBusMessage::ErrorMessage) {
        m_error = reply.errorMessage().isEmpty() ? reply.errorName() : reply.errorMessage();
        m_permissionDenied = reply.errorName() == u"org.freedesktop.DBus.Error.AccessDenied"_s;
        m_invalid = reply.errorName() == HelperProtocol::invalidArgsError();
    } else {
        m_unitPath = reply.arguments().value(0).toString();
        m_notes = reply.arguments().value(1).toStringList();
    }
    Q_EMIT finished(this);
}

} // namespace charon::core
