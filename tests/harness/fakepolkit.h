// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A scripted polkit authority for a private bus: org.freedesktop.PolicyKit1.Authority's
// CheckAuthorization, answered `allow`, each question's action and subject (the caller's bus
// name) kept. Register it with install() on a connection of its own.

#include <QDBusConnection>
#include <QDBusVirtualObject>
#include <QStringList>

namespace charon::test {

class FakePolkit : public QDBusVirtualObject
{
public:
    bool allow = true;
    QStringList actions;
    QStringList subjects;

    // Owns org.freedesktop.PolicyKit1 on `bus` and answers there.
    bool install(QDBusConnection bus);

    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override;
};

} // namespace charon::test
