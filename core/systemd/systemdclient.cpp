// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/systemd/systemdclient.h"

#include "core/domain/guest.h"
#include "core/systemd/systemdconnection.h"

using namespace Qt::StringLiterals;

namespace charon::core {

namespace { } // namespace

SystemdClient::SystemdClient(SystemdConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    connect(connection, &SystemdConnection::jobRemoved, this, &SystemdClient::onJobRemoved);
    connect(
        connection, &SystemdConnection::managerAppeared, this, &SystemdClient::onManagerAppeared);
    connect(
        connection, &SystemdConnection::busDisconnected, this, &SystemdClient::onBusDisconnected);
}

QString SystemdClient::nameOf(const QString &unit)
{
    const QString name = guestNameFromUnit(unit);
    return name.isEmpty() ? unit : name;
}

SystemdCallJob *SystemdClient::subscribe()
{
    return new SystemdCallJob(m_connection, SystemdConnection::managerCall(u"Subscribe"_s),
        tr("Subscribing to systemd's signals failed"), this, -1,
        { u"org.freedesktop.systemd1.AlreadySubscribed"_s });
}

ListGuestUnitsJob *SystemdClient::listGuestUnits(ListGuestUnitsJob::Files files)
{
    return new ListGuestUnitsJob(m_connection, this, files);
}

UnitPropertiesJob *SystemdClient::fetchProperties(const QString &unit)
{
    return new UnitPropertiesJob(m_connection, unit, this);
}

UnitPropertiesJob *SystemdClient::fetchProperties(
    const QString &unit, const QStringList &unitProperties, const QStringList &serviceProperties)
{
    return new UnitPropertiesJob(m_connection, unit, unitProperties, serviceProperties, this);
}

ManagerCheckJob *SystemdClient::checkManager(int timeoutMs)
{
    return new ManagerCheckJob(m_connection, timeoutMs, this);
}

UnitCommandJob *SystemdClient::startUnit(const QString &unit)
{
    return new UnitCommandJob(this, UnitCommandJob::Operation::Start, unit);
}

UnitCommandJob *SystemdClient::stopUnit(const QString &unit)
{
    return new UnitCommandJob(this, UnitCommandJob::Operation::Stop, unit);
}

UnitCommandJob *SystemdClient::restartUnit(const QString &unit)
{
    return new UnitCommandJob(this, UnitCommandJob::Operation::Restart, unit);
}

SystemdCallJob *SystemdClient::killUnit(const QString &unit, int signal, const QString &whom)
{
    return new SystemdCallJob(m_connection,
        SystemdConnection::managerCall(u"KillUnit"_s, { unit, whom, signal }),
        tr("Killing %1 failed").arg(nameOf(unit)), this, SystemdJob::InteractiveTimeoutMs);
}

UnitFilesJob *SystemdClient::enableUnitFiles(const QStringList &units)
{
    return new UnitFilesJob(m_connection, UnitFilesJob::Operation::Enable, units, this);
}

UnitFilesJob *SystemdClient::disableUnitFiles(const QStringList &units)
{
    return new UnitFilesJob(m_connection, UnitFilesJob::Operation::Disable, units, this);
}

SystemdCallJob *SystemdClient::reload()
{
    return new SystemdCallJob(m_connection, SystemdConnection::managerCall(u"Reload"_s),
        tr("Reloading systemd's configuration failed"), this, SystemdJob::InteractiveTimeoutMs);
}

SystemdCallJob *SystemdClient::resetFailedUnit(const QString &unit)
{
    return new SystemdCallJob(m_connection,
        SystemdConnection::managerCall(u"ResetFailedUnit"_s, { unit }),
        tr("Forgetting the failure of %1 failed").arg(nameOf(unit)), this,
        SystemdJob::InteractiveTimeoutMs, { u"org.freedesktop.systemd1.NoSuchUnit"_s });
}

SystemdCallJob *SystemdClient::unitFileState(const QString &unit)
{
    return new SystemdCallJob(m_connection,
        SystemdConnection::managerCall(u"GetUnitFileState"_s, { unit }),
        tr("Reading the unit file state of %1 failed").arg(nameOf(unit)), this);
}

SystemdCallJob *SystemdClient::jobType(const QString &jobPath)
{
    return new SystemdCallJob(m_connection,
        SystemdConnection::propertyGet(jobPath, SystemdConnection::JobInterface, u"JobType"_s),
        tr("Reading systemd job %1 failed").arg(jobPath), this);
}

void SystemdClient::claimJob(const QString &jobPath, UnitCommandJob *job)
{
    if (const std::optional<QString> result = m_removals.replyArrived(jobPath)) {
        job->onJobRemoved(*result);
        return;
    }
    m_waiting.insert(jobPath, job);
    connect(job, &QObject::destroyed, this, [this, jobPath] { m_waiting.remove(jobPath); });
}

void SystemdClient::onJobRemoved(
    quint32, const QString &jobPath, const QString &, const QString &result)
{
    const QPointer<UnitCommandJob> job = m_waiting.take(jobPath);
    if (job) {
        job->onJobRemoved(result);
        return;
    }
    m_removals.unclaimedRemoval(jobPath, result);
}

void SystemdClient::onManagerAppeared()
{
    const auto waiting = m_waiting;
    for (const QPointer<UnitCommandJob> &job : waiting) {
        if (job)
            job->onManagerReturned();
    }
}

void SystemdClient::onBusDisconnected(const QString &reason)
{
    const auto waiting = m_waiting;
    m_waiting.clear();
    for (const QPointer<UnitCommandJob> &job : waiting) {
        if (job)
            job->onConnectionLost(reason);
    }
}

} // namespace charon::core
