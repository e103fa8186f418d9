// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/privileged/polkitcheck.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace charon::core {

PolkitCheck::PolkitCheck(
    const QDBusConnection &bus, const QString &sender, const QString &action, QObject *parent)
    : QObject(parent)
{
    QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.PolicyKit1"_s,
        u"/org/freedesktop/PolicyKit1/Authority"_s, u"org.freedesktop.PolicyKit1.Authority"_s,
        u"CheckAuthorization"_s);
    // subject (sa{sv}): the caller's unique bus name, which polkit resolves to its process and
    // user itself, so a caller cannot claim to be someone else.
    QDBusArgument subject;
    subject.beginStructure();
    subject << u"system-bus-name"_s << QVariantMap { { u"name"_s, sender } };
    subject.endStructure();
    QDBusArgument details; // a{ss}, empty
    details.beginMap(QMetaType::fromType<QString>(), QMetaType::fromType<QString>());
    details.endMap();
    constexpr uint allowUserInteraction = 1;
    call << QVariant::fromValue(subject) << action << QVariant::fromValue(details)
         << allowUserInteraction << QString();
    // polkit may wait for a password typed into an agent: give it the time a person needs.
    constexpr int authenticationTimeoutMs = 5 * 60 * 1000;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, authenticationTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, &PolkitCheck::onReply);
}

void PolkitCheck::onReply(QDBusPendingCallWatcher *watcher)
{
    watcher->deleteLater();
    const QDBusMessage reply = watcher->reply();
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        Q_EMIT finished(
            false, reply.errorMessage().isEmpty() ? reply.errorName() : reply.errorMessage());
        return;
    }
    // (bba{ss}): is_authorized, is_challenge, details
    const auto result = qvariant_cast<QDBusArgument>(reply.arguments().constFirst());
    bool authorized = false;
    bool challenge = false;
    result.beginStructure();
    result >> authorized >> challenge;
    Q_EMIT finished(authorized, {});
}

} // namespace charon::core
