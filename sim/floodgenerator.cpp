// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "sim/floodgenerator.h"

#include <QDateTime>
#include <QLocale>

#include <array>

using namespace Qt::StringLiterals;

namespace charon::sim {

namespace {
const std::array<const char *, 6> kMessages = {
    "vmunix: NFS server fileserv not responding still trying",
    "syslogd: restart",
    "inetd[1742]: telnet/tcp: Connection from operator-pc (10.0.0.17) at",
    "cron[911]: (root) CMD (/usr/lbin/sa/sa1 600 6 &)",
    "vmunix: lan0: link up, 1000 Mbit/s full duplex, flow control off",
    "sendmail[2230]: NOQUEUE: SYSERR(root): opendaemonsocket: daemon MTA: cannot bind",
};
} // namespace

FloodGenerator::FloodGenerator(qint64 totalBytes, const QByteArray &hostname)
    : m_remaining(std::max<qint64>(totalBytes, 0))
    , m_hostname(hostname.isEmpty() ? QByteArray("guest") : hostname)
{ }

QByteArray FloodGenerator::nextLine()
{
    const quint64 n = m_sequence++;
    // Formatting the time is the costly part: once per thousand lines is fresh enough.
    if (n % 1024 == 0) {
        m_stamp
            = QLocale::c().toString(QDateTime::currentDateTime(), u"MMM dd HH:mm:ss "_s).toLatin1()
            + m_hostname + ' ';
    }
    return m_stamp + kMessages.at(n % kMessages.size()) + " #" + QByteArray::number(n) + "\r\n";
}

QByteArray FloodGenerator::take(qsizetype maxBytes)
{
    const qsizetype want = qsizetype(std::min<qint64>(maxBytes, m_remaining));
    QByteArray out;
    out.reserve(want);
    while (out.size() < want) {
        if (m_pending.isEmpty())
            m_pending = nextLine();
        const qint64 leftAfterThis = m_remaining - out.size();
        if (leftAfterThis <= m_pending.size() && leftAfterThis >= 2) {
            // The final line: shortened to fit, keeping its line end.
            m_pending = m_pending.left(leftAfterThis - 2) + "\r\n";
        }
        const qsizetype n = std::min<qsizetype>(want - out.size(), m_pending.size());
        out += m_pending.left(n);
        m_pending.remove(0, n);
    }
    m_remaining -= out.size();
    return out;
}

} // namespace charon::sim
