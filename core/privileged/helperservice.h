// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The privileged helper's D-Bus object (io.github.charon_manager.Helper1), run as root. Every
// method first asks polkit whether the calling bus name may manage guests, then validates its
// input, then does one guest's file work with the product's own core code and reloads systemd.
// Replies are sent when the work is done (delayed replies); nothing blocks the event loop.

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace charon::core {

class SystemdClient;

class HelperService : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "io.github.charon_manager.Helper1")

public:
    // `client`: the system manager, for reloads and removals. `charonVm`: the charon-vm the
    // written units run (ExecStartPre=, ExecStop=).
    // `bus`: the bus the object is registered on (replies are sent there after the call).
    HelperService(const QDBusConnection &bus, SystemdClient *client, const QString &charonVm,
        QObject *parent = nullptr);

Q_SIGNALS:
    // A method call arrived (the entry point's idle timer restarts).
    void used();

public Q_SLOTS:
    // Adds a guest: writes its unit and our drop-in (and a stop-script branch), reloads.
    // Returns the unit file's path; `notes` says what else happened.
    Q_SCRIPTABLE QString AddGuest(const QVariantMap &request, QStringList &notes);
    // Removes a stopped guest's unit and our drop-in (its configuration and disks stay), reloads.
    Q_SCRIPTABLE void RemoveGuest(const QString &name);

private:
    // Runs `work` once polkit has said yes for the current call; replies AccessDenied otherwise.
    void authorizeThen(const QDBusMessage &call, std::function<void(const QDBusMessage &)> work);
    void addAuthorized(const QDBusMessage &call);
    void removeAuthorized(const QDBusMessage &call);
    void replyError(const QDBusMessage &call, const QString &name, const QString &text);

    QDBusConnection m_bus;
    SystemdClient *m_client;
    QString m_charonVm;
};

} // namespace charon::core
