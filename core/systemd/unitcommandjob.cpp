// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/systemd/unitcommandjob.h"

#include "core/domain/guest.h"
#include "core/systemd/guestbuilder.h"
#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdconnection.h"
#include "core/systemd/unitpropertiesjob.h"

#include <QDBusObjectPath>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {
QString methodFor(UnitCommandJob::Operation operation)
{
    switch (operation) {
    case UnitCommandJob::Operation::Start:
        return u"StartUnit"_s;
    case UnitCommandJob::Operation::Stop:
        return u"StopUnit"_s;
    case UnitCommandJob::Operation::Restart:
        break;
    }
    return u"RestartUnit"_s;
}
} // namespace

UnitCommandJob::UnitCommandJob(SystemdClient *client, Operation operation, const QString &unit)
    : SystemdJob(client->connection(), client)
    , m_client(client)
    , m_operation(operation)
    , m_unit(unit)
    , m_name(guestNameFromUnit(unit).isEmpty() ? unit : guestNameFromUnit(unit))
{
    m_client->expectJobReply();
    send(
        SystemdConnection::managerCall(methodFor(operation), { unit, u"replace"_s }),
        failureLead(operation, m_name),
        [this](const QDBusMessage &reply) {
            m_jobPath = reply.arguments().value(0).value<QDBusObjectPath>().path();
            m_client->claimJob(m_jobPath, this); // may finish (and delete) this job
        },
        [this](const QDBusMessage &) {
            m_client->jobReplyFailed();
            return false;
        },
        InteractiveTimeoutMs);
}

QString UnitCommandJob::failureLead(Operation operation, const QString &name)
{
    switch (operation) {
    case Operation::Start:
        return tr("Starting %1 failed").arg(name);
    case Operation::Stop:
        return tr("Stopping %1 failed").arg(name);
    case Operation::Restart:
        break;
    }
    return tr("Restarting %1 failed").arg(name);
}

QString UnitCommandJob::resultCause(const QString &result)
{
    if (result == u"failed"_s)
        return tr("the unit failed");
    if (result == u"timeout"_s)
        return tr("systemd gave up waiting (timeout)");
    if (result == u"canceled"_s)
        return tr("another request for the guest replaced it (canceled)");
    if (result == u"dependency"_s)
        return tr("a unit it depends on failed");
    if (result == u"skipped"_s)
        return tr("it does not apply in the unit's current state (skipped)");
    if (result == u"invalid"_s)
        return tr("it is not possible in the unit's current state");
    if (result == u"assert"_s)
        return tr("an assertion in the unit file was not met");
    if (result == u"unsupported"_s)
        return tr("the unit does not support it");
    return tr("systemd reports \"%1\"").arg(result);
}

void UnitCommandJob::onJobRemoved(const QString &result)
{
    if (isFinished())
        return;
    m_jobResult = result;
    if (result == u"done"_s) {
        succeed();
        return;
    }
    explainFailure();
}

void UnitCommandJob::explainFailure()
{
    // The unit's own Result says more than the job's ("exit-code 2" vs "failed"): read it now.
    auto *fetch = new UnitPropertiesJob(connection(), m_unit, this);
    connect(fetch, &SystemdJob::finished, this, [this, fetch](SystemdJob *) {
        QString cause;
        if (!fetch->isError()) {
            m_invocationId = QString::fromLatin1(
                fetch->properties().unit.value(u"InvocationID"_s).toByteArray().toHex());
            m_runPids = fetch->lastRunPids();
            const UnitStatus status = GuestBuilder::unitStatus(fetch->properties());
            if (m_jobResult == u"failed"_s || m_jobResult == u"timeout"_s)
                cause = describeResult(status);
        }
        if (cause.isEmpty())
            cause = resultCause(m_jobResult);
        fail(SystemdError::make(SystemdError::Category::JobFailed,
            tr("%1: %2").arg(failureLead(m_operation, m_name), cause),
            tr("systemd job %1 ended with \"%2\"").arg(m_jobPath, m_jobResult)));
    });
}

void UnitCommandJob::onManagerReturned()
{
    if (isFinished() || m_jobPath.isEmpty())
        return;
    // daemon-reexec keeps jobs; a real restart loses them. Ask whether ours is still there.
    send(
        SystemdConnection::propertyGet(m_jobPath, SystemdConnection::JobInterface, u"State"_s),
        failureLead(m_operation, m_name), [](const QDBusMessage &) { /* still running */ },
        [this](const QDBusMessage &) {
            judgeFromUnitState();
            return true;
        });
}

void UnitCommandJob::judgeFromUnitState()
{
    auto *fetch = new UnitPropertiesJob(connection(), m_unit, this);
    connect(fetch, &SystemdJob::finished, this, [this, fetch](SystemdJob *) {
        if (isFinished())
            return;
        if (fetch->isError()) {
            fail(fetch->error());
            return;
        }
        const UnitStatus status = GuestBuilder::unitStatus(fetch->properties());
        const GuestState state = deriveState(status).state;
        const bool wantedUp = m_operation != Operation::Stop;
        const bool reached = wantedUp
            ? (state == GuestState::Active || state == GuestState::Activating)
            : (state == GuestState::Inactive || state == GuestState::Failed);
        if (reached) {
            m_jobResult = u"done"_s;
            succeed();
            return;
        }
        m_jobResult = u"failed"_s;
        QString cause = describeResult(status);
        if (cause.isEmpty())
            cause = tr("the systemd manager restarted while it ran");
        fail(SystemdError::make(SystemdError::Category::JobFailed,
            tr("%1: %2").arg(failureLead(m_operation, m_name), cause)));
    });
}

void UnitCommandJob::onConnectionLost(const QString &reason)
{
    fail(SystemdError::make(SystemdError::Category::Disconnected,
        tr("%1: %2; its outcome is unknown").arg(failureLead(m_operation, m_name), reason)));
}

} // namespace charon::core
