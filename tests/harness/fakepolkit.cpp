// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "tests/harness/fakepolkit.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace charon::test {

bool FakePolkit::install(QDBusConnection bus)
{
    return bus.registerVirtualObject(u"/org/freedesktop/PolicyKit1/Authority"_s, this)
        && bus.registerService(u"org.freedesktop.PolicyKit1"_s);
}

bool FakePolkit::handleMessage(const QDBusMessage &message, const QDBusConnection &connection)
{
    if (message.member() != u"CheckAuthorization"_s)
        return false;
    const auto subject = qvariant_cast<QDBusArgument>(message.arguments().value(0));
    QString kind;
    QVariantMap details;
    subject.beginStructure();
    subject >> kind >> details;
    subject.endStructure();
    subjects << details.value(u"name"_s).toString();
    actions << message.arguments().value(1).toString();
    QDBusArgument result; // (bba{ss}): is_authorized, is_challenge, details
    result.beginStructure();
    result << allow << false;
    result.beginMap(QMetaType::fromType<QString>(), QMetaType::fromType<QString>());
    result.endMap();
    result.endStructure();
    connection.send(message.createReply(QVariant::fromValue(result)));
    return true;
}

} // namespace charon::test
