// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Removing one guest: the single implementation behind the GUI's Remove action and
// `charon-vm remove`, so both make the same checks and `force` means the same thing.
// A guest IS its unit file, so removing it means, in this order:
//  1. check the name is valid, that a unit file exists for it, that the unit files are on
//     this machine (a remote host's are out of reach) and that the bus to systemd is up;
//  2. read the unit's ActiveState from systemd (not from a cached GuestStore: the truth may
//     have moved since the view was drawn); a guest that is not inactive or failed is refused,
//     unless `force`: then it is stopped first, cleanly (ExecStop= runs the stop script);
//  3. disable it (a dangling auto-boot link in *.wants would outlive the unit file);
//  4. move the unit file and our drop-in aside (UnitFile::remove keeps them as .bak);
//  5. clear the star when it named this guest;
//  6. ResetFailedUnit (a failed unit stays loaded and listed until its failure is forgotten);
//  7. daemon-reload.
// The configuration file, disks and working directory are never touched.
// A job like SystemdJob: it starts by itself once the event loop runs, ends in exactly one
// finished() (with one sentence naming the guest and the cause on failure), then deletes
// itself. Nothing on disk changes before step 4, so a failure up to step 3 leaves the guest.

#include "core/systemd/systemderror.h"
#include "core/units/defaultguest.h"
#include "core/units/unitfile.h"

#include <QObject>

namespace charon::core {

class SystemdClient;
class SystemdJob;

class GuestRemover : public QObject
{
    Q_OBJECT

public:
    enum class Failure {
        None,
        InvalidName, // not a guest name at all
        NotFound, // no unit file for it
        RemoteHost, // the manager's unit files are not on this machine
        Running, // not stopped, and no `force`
        Systemd, // no bus, or reading its state, stopping or disabling it failed: systemdError()
        Files, // the unit file could not be moved aside
        NotReloaded, // removed, but the daemon-reload failed: see systemdError()
    };

    // `star`: the default-guest file to clear when it names the guest.
    GuestRemover(SystemdClient *client, const UnitFile &units, const DefaultGuest &star,
        const QString &name, bool force, QObject *parent = nullptr);

    QString name() const { return m_name; }
    bool force() const { return m_force; }

    bool isError() const { return m_failure != Failure::None; }
    Failure failure() const { return m_failure; }
    // One translated sentence naming the guest and the cause; "" on success.
    QString errorString() const { return m_error; }
    // The systemd request that failed (Failure::Systemd, NotReloaded), for category and details.
    const SystemdError &systemdError() const { return m_systemdError; }
    // systemd's ActiveState as read in step 2; "" when the removal ended before.
    QString activeState() const { return m_activeState; }

    // Whether systemd's ActiveState means the emulator may run (anything but inactive/failed).
    static bool isRunning(const QString &activeState);

Q_SIGNALS:
    // `force` only: the running guest has been stopped; the removal goes on.
    void stopped(const QString &name);
    void finished(charon::core::GuestRemover *remover);

private:
    void begin();
    void onState(SystemdJob *job);
    void disable();
    void removeFiles();
    void reload();
    void fail(Failure failure, const QString &message, const SystemdError &error = {});
    void finish();

    SystemdClient *m_client;
    UnitFile m_units;
    DefaultGuest m_star;
    QString m_name;
    QString m_unit;
    bool m_force;
    Failure m_failure = Failure::None;
    QString m_error;
    SystemdError m_systemdError;
    QString m_activeState;
};

} // namespace charon::core
