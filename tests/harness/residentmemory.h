// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The resident memory of this process (VmRSS in /proc/self/status), for the tests and
// benchmarks that bound how much memory a flood of input may cost. Header-only: the
// benchmarks include it too.

#include <QByteArray>
#include <QFile>
#include <QString>

namespace charon::test {

// A field of /proc/self/status in KiB ("VmRSS", "VmHWM"); -1 when unreadable.
inline qint64 statusKiB(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = field + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

inline qint64 residentKiB()
{
    return statusKiB("VmRSS");
}

} // namespace charon::test
