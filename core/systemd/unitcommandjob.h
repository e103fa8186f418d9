// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Start, stop or restart one unit and follow the systemd job to its end. StartUnit & co. reply
// as soon as the job is queued, with the job's object path; the outcome arrives later in the
// manager's JobRemoved signal, which SystemdClient matches to this job by path. A result other
// than "done" becomes a sentence naming the guest and the cause, for which the unit's fresh
// properties are read (one more round trip, only on failure): "Starting hpux-prod failed: the
// emulator exited with status 2".
//
// If the manager restarts while the job runs (daemon-reexec keeps jobs), the job asks whether
// its systemd job still exists; if not, the outcome is judged from the unit's state. If the
// bus connection dies, the job fails as Disconnected: its outcome cannot be known.

#include "core/systemd/systemdjob.h"

namespace charon::core {

class SystemdClient;

class UnitCommandJob : public SystemdJob
{
    Q_OBJECT

public:
    enum class Operation { Start, Stop, Restart };

    UnitCommandJob(SystemdClient *client, Operation operation, const QString &unit);

    Operation operation() const { return m_operation; }
    QString unit() const { return m_unit; }
    QString jobPath() const { return m_jobPath; }
    // systemd's job result: done, failed, timeout, canceled, dependency, skipped, ...; "" when
    // the job never ran or its end was not seen.
    QString jobResult() const { return m_jobResult; }
    // The unit's InvocationID (32 hex digits) read after a failure: which run's journal lines
    // say why. "" on success or when it could not be read.
    QString invocationId() const { return m_invocationId; }
    // The pids of that run's commands, read with it: the lines journald could not tie to the
    // unit carry one of them (see UnitPropertyCodec::lastRunPids).
    QList<quint32> runPids() const { return m_runPids; }

    // "Starting hpux-prod failed" and the like.
    static QString failureLead(Operation operation, const QString &guestName);
    // The cause for a job result when the unit's own properties do not say more.
    static QString resultCause(const QString &jobResult);

private:
    friend class SystemdClient;
    void onJobRemoved(const QString &result);
    void onManagerReturned();
    void onConnectionLost(const QString &reason);
    void explainFailure();
    void judgeFromUnitState();

    SystemdClient *m_client;
    Operation m_operation;
    QString m_unit;
    QString m_name;
    QString m_jobPath;
    QString m_jobResult;
    QString m_invocationId;
    QList<quint32> m_runPids;
};

} // namespace charon::core
