// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A non-root caller's side of the privileged helper: one asynchronous call (AddGuest or
// RemoveGuest) on the system bus, which D-Bus activates the helper for. polkit may ask for a
// password through the caller's agent, so the call allows interactive authorization and waits
// as long as a person needs.

#include "core/guests/guestinstaller.h"

#include <QObject>
#include <QStringList>

class QDBusPendingCallWatcher;

namespace charon::core {

class HelperClient : public QObject
{
    Q_OBJECT

public:
    static HelperClient *addGuest(const GuestInstaller::Request &request, QObject *parent);
    static HelperClient *removeGuest(const QString &name, QObject *parent);

    bool isError() const { return !m_error.isEmpty(); }
    bool isPermissionDenied() const { return m_permissionDenied; }
    bool isInvalidRequest() const { return m_invalid; }
    QString errorString() const { return m_error; }
    QString unitPath() const { return m_unitPath; } // AddGuest
    QStringList notes() const { return m_notes; } // AddGuest

Q_SIGNALS:
    void finished(charon::core::HelperClient *client);

private:
    explicit HelperClient(QObject *parent);
    void call(const QString &method, const QVariantList &arguments);
    void onReply(QDBusPendingCallWatcher *watcher);

    QString m_error;
    bool m_permissionDenied = false;
    bool m_invalid = false;
    QString m_unitPath;
    QStringList m_notes;
};

} // namespace charon::core
