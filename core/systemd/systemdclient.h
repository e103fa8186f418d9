// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The requests the product makes to one host's systemd manager, each an asynchronous job
// (SystemdJob) that ends in one finished(). Guest-level wording: units are named by their
// guest in every error message.
//
// Round-trip budget (what a view of N guests costs):
//  - whole list: ListUnitFilesByPatterns + ListUnitsByPatterns, sent together: 1 round trip,
//    2 messages, whatever N is;
//  - properties: GetAll(Unit) + GetAll(Service) per guest, all N in flight at once: 1 round
//    trip, 2N messages;
//  - a start/stop/restart: 1 call, then the JobRemoved signal; 1 more round trip on failure
//    only, to explain it;
//  - idle: nothing. State changes arrive as signals (after subscribe()).
// Every call allows interactive authorization, so polkit may ask the user for a password;
// such calls wait up to 5 minutes rather than D-Bus's default 25 s.

#include "core/systemd/jobremovalbuffer.h"
#include "core/systemd/listguestunitsjob.h"
#include "core/systemd/managercheckjob.h"
#include "core/systemd/systemdcalljob.h"
#include "core/systemd/unitcommandjob.h"
#include "core/systemd/unitfilesjob.h"
#include "core/systemd/unitpropertiesjob.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace charon::core {

class SystemdConnection;

class SystemdClient : public QObject
{
    Q_OBJECT

public:
    explicit SystemdClient(SystemdConnection *connection, QObject *parent = nullptr);

    SystemdConnection *connection() const { return m_connection; }

    // Manager.Subscribe: from now on the manager emits unit and job signals to us.
    // Subscribing twice is fine (AlreadySubscribed counts as success).
    SystemdCallJob *subscribe();
    ListGuestUnitsJob *listGuestUnits(
        ListGuestUnitsJob::Files files = ListGuestUnitsJob::Files::Included);
    UnitPropertiesJob *fetchProperties(const QString &unit);
    // Only the named properties (see UnitPropertiesJob).
    UnitPropertiesJob *fetchProperties(const QString &unit, const QStringList &unitProperties,
        const QStringList &serviceProperties);
    // Whether the manager can be reached, and why not (ManagerCheckJob), waiting at most
    // `timeoutMs` for each answer.
    ManagerCheckJob *checkManager(int timeoutMs = ManagerCheckJob::DefaultTimeoutMs);

    // Job mode "replace". The job finishes when systemd's job has ended.
    UnitCommandJob *startUnit(const QString &unit);
    UnitCommandJob *stopUnit(const QString &unit);
    UnitCommandJob *restartUnit(const QString &unit);
    // SIGKILL to every process of the unit ("all"): a power-off. No job to wait for.
    // KillUnit: `signal` to the unit's processes; `whom` is systemd's "main", "control" or
    // "all". SIGKILL reads as a failure (the process did not end by itself); SIGTERM, which
    // our units' emulators take as a power-off, reads as a requested stop.
    SystemdCallJob *killUnit(
        const QString &unit, int signal = 9, const QString &whom = QStringLiteral("all"));

    // Then Manager.Reload; see UnitFilesJob.
    UnitFilesJob *enableUnitFiles(const QStringList &units);
    UnitFilesJob *disableUnitFiles(const QStringList &units);
    // daemon-reload: systemd re-reads every unit file. Ends when the reload is complete.
    SystemdCallJob *reload();
    // ResetFailedUnit: systemd forgets the unit's failed state (a failed unit whose file is gone
    // stays loaded and listed until then). A unit systemd does not know counts as success.
    SystemdCallJob *resetFailedUnit(const QString &unit);

    // GetUnitFileState: fails with NotFound when the unit has no file. Does not load the unit.
    SystemdCallJob *unitFileState(const QString &unit);
    // The type of a running job ("start", "stop", "restart", ...), as argument 0 (a variant).
    SystemdCallJob *jobType(const QString &jobPath);

private:
    friend class UnitCommandJob;
    // UnitCommandJob's side of matching JobRemoved with the path StartUnit returned.
    void expectJobReply() { m_removals.replyExpected(); }
    void jobReplyFailed() { m_removals.replyFailed(); }
    void claimJob(const QString &jobPath, UnitCommandJob *job);
    void onJobRemoved(
        quint32 id, const QString &jobPath, const QString &unit, const QString &result);
    void onManagerAppeared();
    void onBusDisconnected(const QString &reason);
    static QString nameOf(const QString &unit);

    SystemdConnection *m_connection;
    QHash<QString, QPointer<UnitCommandJob>> m_waiting; // job path -> job
    JobRemovalBuffer m_removals; // removals seen before the reply naming their job
};

} // namespace charon::core
