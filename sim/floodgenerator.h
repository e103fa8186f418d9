// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Realistic console output in any quantity, for throughput tests: syslog-style kernel and
// daemon lines of varying length, each ending in CR LF, cut so that exactly the requested
// number of bytes comes out (the last line is shortened, never left without its CR LF when at
// least two bytes remain). Contains no 0xFF byte, so telnet escaping does not change the size.

#include <QByteArray>

namespace charon::sim {

class FloodGenerator
{
public:
    FloodGenerator(qint64 totalBytes, const QByteArray &hostname);

    qint64 remaining() const { return m_remaining; }
    bool atEnd() const { return m_remaining <= 0; }
    // The next piece, at most maxBytes long (less only at the end).
    QByteArray take(qsizetype maxBytes);

private:
    QByteArray nextLine();

    qint64 m_remaining;
    QByteArray m_hostname;
    QByteArray m_pending;
    QByteArray m_stamp; // "Nov 25 10:15:30 host "
    quint64 m_sequence = 0;
};

} // namespace charon::sim
