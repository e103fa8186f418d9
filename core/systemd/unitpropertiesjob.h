// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The properties of one unit that a Guest is built from: GetAll on
// org.freedesktop.systemd1.Unit and on org.freedesktop.systemd1.Service, both sent at once
// (one round trip). The unit is addressed by its object path, which makes systemd load it if
// it is not in memory, so no LoadUnit call is needed first. Many of these jobs run in parallel
// during a (re)load: 300 guests cost 600 messages in flight and one round trip of latency.

#include "core/systemd/systemdjob.h"
#include "core/systemd/unitproperties.h"

namespace charon::core {

class UnitPropertiesJob : public SystemdJob
{
    Q_OBJECT

public:
    UnitPropertiesJob(SystemdConnection *connection, const QString &unit, QObject *parent);
    // Only the named properties, one Properties.Get each (all sent at once). For a listing of
    // many guests: GetAll makes systemd compute every property, NeedDaemonReload (a stat of
    // every unit file and drop-in directory) and the cgroup counters included, about 0.8 ms
    // of its time per guest against some 20 us per Get.
    UnitPropertiesJob(SystemdConnection *connection, const QString &unit,
        const QStringList &unitProperties, const QStringList &serviceProperties, QObject *parent);

    QString unit() const { return m_unit; }
    QString objectPath() const { return m_path; }
    // Normalized (see UnitPropertyCodec): only the properties the product uses.
    const UnitProperties &properties() const { return m_properties; }
    // The pids of the last run's commands (UnitPropertyCodec::lastRunPids); GetAll only.
    QList<quint32> lastRunPids() const { return m_lastRunPids; }

private:
    // "Reading the state of NAME failed", the guest's name when the unit is a guest's.
    static QString failureText(const QString &unit);

    QString m_unit;
    QString m_path;
    UnitProperties m_properties;
    QList<quint32> m_lastRunPids;
    int m_pending = 0;
};

} // namespace charon::core
