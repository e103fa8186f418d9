// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The privileged helper's D-Bus object (io.github.charon_manager.Helper1), run as root. Every
// method first asks polkit whether the calling bus name may do that kind of change (one action
// of ours per kind, HelperProtocol), then validates its input with the same core checks as the
// window and charon-vm, then does one guest's file work (or the stop script's) with the
// product's own core code and reloads systemd. There is no method that writes a file named by
// the caller or runs a command. Replies are sent when the work is done (delayed replies);
// nothing blocks the event loop.

#include "core/units/unitfile.h"

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

    // Where the guests' units and the stop script are: the system scope's by default (tests
    // point them at a directory of their own).
    void setLocations(const UnitFile &units, const QString &stopScriptPath);

Q_SIGNALS:
    // A method call arrived (the entry point's idle timer restarts).
    void used();

public Q_SLOTS:
    // Adds a guest: writes its unit and our drop-in (and a stop-script branch), reloads.
    // Returns the unit file's path; `notes` says what else happened.
    Q_SCRIPTABLE QString AddGuest(const QVariantMap &request, QStringList &notes);
    // Removes a stopped guest's unit and our drop-in (its configuration and disks stay), reloads.
    Q_SCRIPTABLE void RemoveGuest(const QString &name);
    // Changes guest `name`'s service settings: the keys of `settings` (SettingsRequest) laid
    // over its current ones, validated, written to our drop-in, daemon-reload, auto-boot.
    Q_SCRIPTABLE void SetSettings(const QString &name, const QVariantMap &settings);
    // The common stop script's text, and whether it exists (it may hold passwords: mode 0700).
    Q_SCRIPTABLE QString ReadStopScript(bool &exists);
    // Replaces the common stop script with `text` after `bash -n` accepts it, keeping the
    // previous version as `name~`; mode 0700. `loadedSha256`: the hex SHA-256 of the text the
    // caller edited ("" when there was no script): when the script changed since, nothing is
    // written (Conflict) unless `overwrite`.
    Q_SCRIPTABLE void WriteStopScript(
        const QString &text, const QString &loadedSha256, bool overwrite);

private:
    // Runs `work` once polkit has said yes to `action` for the current call; replies
    // AccessDenied with `refusal` (a sentence naming the group) otherwise.
    void authorizeThen(const QDBusMessage &call, const QString &action, const QString &refusal,
        std::function<void(const QDBusMessage &)> work);
    void addAuthorized(const QDBusMessage &call);
    void removeAuthorized(const QDBusMessage &call);
    void settingsAuthorized(const QDBusMessage &call);
    void readScriptAuthorized(const QDBusMessage &call);
    void writeScriptAuthorized(const QDBusMessage &call);
    void replyError(const QDBusMessage &call, const QString &name, const QString &text);

    QDBusConnection m_bus;
    SystemdClient *m_client;
    QString m_charonVm;
    UnitFile m_units;
    QString m_stopScript;
};

} // namespace charon::core
