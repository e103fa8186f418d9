// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// One asynchronous polkit question: may the bus name `sender` do `action`? Asked of
// org.freedesktop.PolicyKit1 on `bus` (CheckAuthorization, with user interaction allowed, so an
// agent may ask for a password); the answer arrives as finished(). No answer, no polkit, an
// error: not authorized.

#include <QDBusConnection>
#include <QObject>

class QDBusPendingCallWatcher;

namespace charon::core {

class PolkitCheck : public QObject
{
    Q_OBJECT

public:
    PolkitCheck(const QDBusConnection &bus, const QString &sender, const QString &action,
        QObject *parent = nullptr);

Q_SIGNALS:
    // `problem`: "" when polkit answered, else why it could not be asked.
    void finished(bool authorized, const QString &problem);

private:
    void onReply(QDBusPendingCallWatcher *watcher);
};

} // namespace charon::core
