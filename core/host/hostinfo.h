// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The host facts shown above the guest list (and by `charon-vm list`): host name, boot time,
// CPU count, memory. Cheap reads of /proc only, done when refresh() is called; the values are
// then plain getters. The proc root is a constructor argument so tests can use a fake one.

#include <QDateTime>
#include <QString>

namespace charon::core {

class HostInfo
{
public:
    explicit HostInfo(const QString &procRoot = QStringLiteral("/proc"));

    // Re-reads everything; false when /proc could not be read (values then stay as they were).
    bool refresh();

    QString hostName() const { return m_hostName; }
    QDateTime bootTime() const { return m_bootTime; } // invalid when unknown
    int cpuCount() const { return m_cpus; } // online CPUs; -1 when unknown
    qint64 memoryTotalKiB() const { return m_memTotalKiB; } // -1 when unknown
    qint64 memoryAvailableKiB() const { return m_memAvailableKiB; }

private:
    QString m_procRoot;
    QString m_hostName;
    QDateTime m_bootTime;
    int m_cpus = -1;
    qint64 m_memTotalKiB = -1;
    qint64 m_memAvailableKiB = -1;
};

} // namespace charon::core
