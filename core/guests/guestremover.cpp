// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/guests/guestremover.h"

#include "core/domain/guest.h"
#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdconnection.h"

using namespace Qt::StringLiterals;

namespace charon::core {

GuestRemover::GuestRemover(SystemdClient *client, const UnitFile &units, const DefaultGuest &star,
    const QString &name, bool force, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_units(units)
    , m_star(star)
    , m_name(name)
    , m_unit(unitNameForGuest(name))
    , m_force(force)
{
    // Queued: the caller connects to finished() after constructing, as with a SystemdJob.
    QMetaObject::invokeMethod(this, &GuestRemover::begin, Qt::QueuedConnection);
}

bool GuestRemover::isRunning(const QString &activeState)
{
    return activeState != u"inactive"_s && activeState != u"failed"_s;
}

void GuestRemover::begin()
{
    if (!isValidGuestName(m_name)) {
        fail(Failure::InvalidName, tr("invalid guest name \"%1\"").arg(m_name));
        return;
    }
    if (!m_client->connection()->isLocal()) {
        fail(Failure::RemoteHost,
            tr("Cannot remove %1 from here: its unit file is on the remote host.").arg(m_name));
        return;
    }
    if (!m_units.exists(m_name)) {
        fail(Failure::NotFound, tr("no guest named \"%1\"").arg(m_name));
        return;
    }
    // A call on a bus that is down would never be answered: say so now instead.
    if (!m_client->connection()->isBusConnected()) {
        const SystemdError error = SystemdError::make(SystemdError::Category::Disconnected,
            tr("Cannot remove %1: there is no connection to systemd (%2).")
                .arg(m_name, m_client->connection()->description()));
        fail(Failure::Systemd, error.message, error);
        return;
    }
    SystemdJob *job = m_client->fetchProperties(m_unit);
    connect(job, &SystemdJob::finished, this, &GuestRemover::onState);
}

void GuestRemover::onState(SystemdJob *job)
{
    if (job->isError()) {
        fail(Failure::Systemd, job->errorString(), job->error());
        return;
    }
    const auto *properties = static_cast<UnitPropertiesJob *>(job);
    m_activeState = properties->properties().unit.value(u"ActiveState"_s).toString();
    if (!isRunning(m_activeState)) {
        disable();
        return;
    }
    if (!m_force) {
        fail(Failure::Running,
            tr("Cannot remove %1 while it is running (%2): stop it first.")
                .arg(m_name, m_activeState));
        return;
    }
    UnitCommandJob *stop = m_client->stopUnit(m_unit);
    connect(stop, &SystemdJob::finished, this, [this](SystemdJob *done) {
        if (done->isError()) {
            fail(Failure::Systemd, done->errorString(), done->error());
            return;
        }
        Q_EMIT stopped(m_name);
        disable();
    });
}

void GuestRemover::disable()
{
    // Always, whatever the store last said about auto-boot: systemd's links are the truth.
    UnitFilesJob *job = m_client->disableUnitFiles({ m_unit });
    connect(job, &SystemdJob::finished, this, [this](SystemdJob *done) {
        if (done->isError()) {
            fail(Failure::Systemd, done->errorString(), done->error());
            return;
        }
        removeFiles();
    });
}

void GuestRemover::removeFiles()
{
    QString error;
    if (!m_units.remove(m_name, &error)) {
        fail(Failure::Files, tr("Could not remove %1: %2").arg(m_name, error));
        return;
    }
    if (m_star.name() == m_name)
        m_star.setName({}, nullptr);
    SystemdJob *reset = m_client->resetFailedUnit(m_unit);
    // Its error is not the removal's: the files are gone either way, and the worst outcome is
    // a failed unit systemd keeps listing until its next reset-failed.
    connect(reset, &SystemdJob::finished, this, &GuestRemover::reload);
}

void GuestRemover::reload()
{
    SystemdJob *job = m_client->reload();
    connect(job, &SystemdJob::finished, this, [this](SystemdJob *done) {
        if (done->isError()) {
            fail(Failure::NotReloaded,
                tr("%1 was removed, but systemd did not reload: %2")
                    .arg(m_name, done->errorString()),
                done->error());
            return;
        }
        finish();
    });
}

void GuestRemover::fail(Failure failure, const QString &message, const SystemdError &error)
{
    m_failure = failure;
    m_error = message;
    m_systemdError = error;
    finish();
}

void GuestRemover::finish()
{
    Q_EMIT finished(this);
    deleteLater();
}

} // namespace charon::core
