// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The slice of a unit's D-Bus properties the manager uses, decoded once when it arrives.
// systemd sends about 300 properties per service; keeping only the ones a Guest is built from
// keeps 300 guests small, and decoding complex values once (ExecStart's a(sasbttttuii), Job's
// (uo)) lets PropertiesChanged merges and rebuilds work on plain values.

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace charon::core {

// One entry of ExecStart/ExecStartPre: what systemd runs. The runtime fields (pid, exit
// status, timestamps) are dropped: they change on every start while the command does not.
struct ExecCommand
{
    QString path;
    QStringList argv;
    friend bool operator==(const ExecCommand &, const ExecCommand &) = default;
};

// A unit's "Job" property: the job running on it, id 0 / path "/" when none.
struct JobRef
{
    quint32 id = 0;
    QString path;
    bool isNone() const { return id == 0; }
    friend bool operator==(const JobRef &, const JobRef &) = default;
};

struct UnitProperties
{
    QVariantMap unit; // org.freedesktop.systemd1.Unit
    QVariantMap service; // org.freedesktop.systemd1.Service
};

class UnitPropertyCodec
{
public:
    // The properties of `interface` a Guest uses, from a GetAll reply or a PropertiesChanged
    // "changed" map; complex values decoded (ExecStart* -> QList<ExecCommand>, Job -> JobRef).
    static QVariantMap normalize(const QString &interface, const QVariantMap &raw);
    static bool isUsed(const QString &interface, const QString &property);
    // Whether an invalidation (a change announced without its value) calls for a new GetAll.
    // ExecStart/ExecStartPre are invalidated on every state change because their runtime
    // fields change; the command lines we use change only with the unit file, i.e. after a
    // daemon-reload, which the monitor answers with a full re-read anyway.
    static bool needsRefetch(const QString &interface, const QStringList &invalidated);

    static QList<ExecCommand> execCommands(const QVariant &value);
    // From a raw GetAll of the Service interface: the process ids of the last run's commands
    // (ExecStartPre ... ExecStopPost, the main process), 0s left out. journald tags a line
    // with its unit only when it can still read the writer's cgroup; a command that exits
    // before journald reads its output (a failing pre-start script on a loaded machine) leaves
    // lines that only their _PID ties to the run.
    static QList<quint32> lastRunPids(const QVariantMap &rawService);
    static JobRef jobRef(const QVariant &value);

    // sd_bus_path_encode: "charon-guest-a.service" ->
    // "/org/freedesktop/systemd1/unit/charon_2dguest_2da_2eservice". Accessing that path loads
    // the unit on demand, so no LoadUnit round trip is needed.
    static QString unitObjectPath(const QString &unit);
    static QString unitFromObjectPath(const QString &path); // "" when not a unit path
};

} // namespace charon::core

Q_DECLARE_METATYPE(charon::core::ExecCommand)
Q_DECLARE_METATYPE(charon::core::JobRef)
