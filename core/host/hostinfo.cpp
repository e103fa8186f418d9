// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/host/hostinfo.h"

#include <QFile>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {
QByteArray readProcFile(const QString &path, bool *ok)
{
    // /proc files report size 0: read until EOF rather than by size.
    QFile f(path);
    *ok = f.open(QIODevice::ReadOnly);
    return *ok ? f.readAll() : QByteArray();
}
} // namespace

HostInfo::HostInfo(const QString &procRoot)
    : m_procRoot(procRoot)
{ }

bool HostInfo::refresh()
{
    bool allOk = true;
    bool ok = false;
    const QByteArray hostname = readProcFile(m_procRoot + u"/sys/kernel/hostname"_s, &ok).trimmed();
    m_hostName
        = ok && !hostname.isEmpty() ? QString::fromUtf8(hostname) : QSysInfo::machineHostName();

    const QByteArray stat = readProcFile(m_procRoot + u"/stat"_s, &ok);
    allOk &= ok;
    if (ok) {
        int cpus = 0;
        for (const QByteArray &line : stat.split('\n')) {
            if (line.startsWith("btime "))
                m_bootTime = QDateTime::fromSecsSinceEpoch(line.mid(6).trimmed().toLongLong());
            else if (line.startsWith("cpu") && line.size() > 3 && line.at(3) >= '0'
                && line.at(3) <= '9')
                ++cpus;
        }
        m_cpus = cpus > 0 ? cpus : -1;
    }

    const QByteArray meminfo = readProcFile(m_procRoot + u"/meminfo"_s, &ok);
    allOk &= ok;
    if (ok) {
        for (const QByteArray &line : meminfo.split('\n')) {
            const QList<QByteArray> f = line.simplified().split(' ');
            if (f.size() < 2)
                continue;
            if (f.at(0) == "MemTotal:")
                m_memTotalKiB = f.at(1).toLongLong();
            else if (f.at(0) == "MemAvailable:")
                m_memAvailableKiB = f.at(1).toLongLong();
        }
    }
    return allOk;
}

} // namespace charon::core
