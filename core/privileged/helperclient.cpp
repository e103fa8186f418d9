// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/privileged/helperclient.h"

#include "core/privileged/helperprotocol.h"
#include "core/privileged/helperrequest.h"
#include "core/privileged/settingsrequest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QTimer>

#include <optional>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

std::optional<QDBusConnection> &testBus()
{
    static std::optional<QDBusConnection> bus;
    return bus;
}

bool &neededForTesting()
{
    static bool needed = false;
    return needed;
}

} // namespace

bool HelperClient::isNeeded(UnitScope scope)
{
    return scope == UnitScope::System && (::geteuid() != 0 || neededForTesting());
}

void HelperClient::setNeededForTesting(bool needed)
{
    neededForTesting() = needed;
}

void HelperClient::setBusForTesting(const QDBusConnection &bus)
{
    testBus() = bus;
}

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

HelperClient *HelperClient::setSettings(
    const QString &name, const ServiceSettings &settings, QObject *parent)
{
    auto *client = new HelperClient(parent);
    client->call(u"SetSettings"_s, { name, SettingsRequest::toMap(settings) });
    return client;
}

HelperClient *HelperClient::setAutoBoot(const QString &name, bool on, QObject *parent)
{
    auto *client = new HelperClient(parent);
    client->call(u"SetSettings"_s, { name, QVariantMap { { u"autoBoot"_s, on } } });
    return client;
}

HelperClient *HelperClient::readStopScript(QObject *parent)
{
    auto *client = new HelperClient(parent);
    client->call(u"ReadStopScript"_s, {});
    return client;
}

HelperClient *HelperClient::writeStopScript(const QString &text,
    const std::optional<QByteArray> &loadedText, bool overwrite, QObject *parent)
{
    const QString sha256 = loadedText
        ? QString::fromLatin1(
            QCryptographicHash::hash(*loadedText, QCryptographicHash::Sha256).toHex())
        : QString();
    auto *client = new HelperClient(parent);
    client->call(u"WriteStopScript"_s, { text, sha256, overwrite });
    return client;
}

void HelperClient::call(const QString &method, const QVariantList &arguments)
{
    QDBusMessage message = QDBusMessage::createMethodCall(
        HelperProtocol::service(), HelperProtocol::path(), HelperProtocol::interface(), method);
    m_method = method;
    message.setArguments(arguments);
    message.setInteractiveAuthorizationAllowed(true);
    const QDBusConnection bus = testBus().value_or(QDBusConnection::systemBus());
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
        m_conflict = reply.errorName() == HelperProtocol::conflictError();
    } else if (m_method == u"AddGuest"_s) {
        m_unitPath = reply.arguments().value(0).toString();
        m_notes = reply.arguments().value(1).toStringList();
    } else if (m_method == u"ReadStopScript"_s) {
        m_text = reply.arguments().value(0).toString();
        m_exists = reply.arguments().value(1).toBool();
    }
    Q_EMIT finished(this);
}

} // namespace charon::core
