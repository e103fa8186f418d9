// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Applies a guest's service settings the one way the dialog and `charon-vm set` share:
// validate (ServiceSettingsValidator: nothing is written while a problem remains), write our
// drop-in only (SettingsDropIn, previous version kept), daemon-reload — when the reload fails
// the previous drop-in is put back, so the files again match what systemd runs —, enable or
// disable the unit when auto-boot changes, then read back over D-Bus what systemd applies.
// load() is the read-back alone. Every step is asynchronous; one finished() per request.

#include "core/settings/appliedsettings.h"
#include "core/units/unitfile.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace charon::core {

class SystemdClient;

class ServiceSettingsApplier : public QObject
{
    Q_OBJECT

public:
    ServiceSettingsApplier(SystemdClient *client, const UnitFile &units, QObject *parent = nullptr);

    bool isBusy() const { return m_busy; }
    // Reads the files and systemd's properties of guest `name`.
    void load(const QString &name);
    // `otherGuests`: the names Before=/After= may use.
    void apply(
        const QString &name, const ServiceSettings &settings, const QStringList &otherGuests);

Q_SIGNALS:
    // `error` is "" on success; on failure it says why (one sentence a line) and, after a
    // failed reload, that the previous settings were kept. `result` is the state read last
    // (empty when nothing could be read).
    void finished(const QString &error, const charon::core::AppliedSettings &result);

private:
    void fetch(const QString &name, std::function<void(const QString &error)> then);
    void done(const QString &error);

    SystemdClient *m_client;
    UnitFile m_units;
    AppliedSettings m_result;
    bool m_busy = false;
};

} // namespace charon::core
