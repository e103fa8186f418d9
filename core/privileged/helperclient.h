// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A non-root caller's side of the privileged helper: one asynchronous call (AddGuest,
// RemoveGuest, SetSettings, ReadStopScript or WriteStopScript) on the system bus, which D-Bus
// activates the helper for. polkit may ask for a password through the caller's agent, so the
// call allows interactive authorization and waits as long as a person needs.

#include "core/guests/guestinstaller.h"
#include "core/units/servicesettings.h"
#include "core/units/unitfile.h"

#include <QDBusConnection>
#include <QObject>
#include <QStringList>

class QDBusPendingCallWatcher;

namespace charon::core {

class HelperClient : public QObject
{
    Q_OBJECT

public:
    // Whether files of `scope` must be written through the helper: the system scope, not root.
    static bool isNeeded(UnitScope scope);

    static HelperClient *addGuest(const GuestInstaller::Request &request, QObject *parent);
    static HelperClient *removeGuest(const QString &name, QObject *parent);
    static HelperClient *setSettings(
        const QString &name, const ServiceSettings &settings, QObject *parent);
    // Auto-boot alone (enable or disable the unit), the other settings left as they are.
    static HelperClient *setAutoBoot(const QString &name, bool on, QObject *parent);
    static HelperClient *readStopScript(QObject *parent);
    // `loadedText`: what the caller edited (nullopt when there was no script).
    static HelperClient *writeStopScript(const QString &text,
        const std::optional<QByteArray> &loadedText, bool overwrite, QObject *parent);

    // Tests: the bus the helper is asked on instead of the system bus; and isNeeded(System)
    // as if not root (tests run as root).
    static void setBusForTesting(const QDBusConnection &bus);
    static void setNeededForTesting(bool needed);

    bool isError() const { return !m_error.isEmpty(); }
    bool isPermissionDenied() const { return m_permissionDenied; }
    bool isInvalidRequest() const { return m_invalid; }
    bool isConflict() const { return m_conflict; }
    QString errorString() const { return m_error; }
    QString unitPath() const { return m_unitPath; } // AddGuest
    QStringList notes() const { return m_notes; } // AddGuest
    QString text() const { return m_text; } // ReadStopScript
    bool exists() const { return m_exists; } // ReadStopScript

Q_SIGNALS:
    void finished(charon::core::HelperClient *client);

private:
    explicit HelperClient(QObject *parent);
    void call(const QString &method, const QVariantList &arguments);
    void onReply(QDBusPendingCallWatcher *watcher);

    QString m_method;
    QString m_error;
    bool m_permissionDenied = false;
    bool m_invalid = false;
    bool m_conflict = false;
    QString m_unitPath;
    QStringList m_notes;
    QString m_text;
    bool m_exists = false;
};

} // namespace charon::core
