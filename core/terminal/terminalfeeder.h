// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Hands guest output to a TerminalEngine in time slices: 4 KiB at a time for at most ~4 ms,
// then the event loop runs (paint, keys, the socket) before the rest. A console flooding
// megabytes (a log dump, `cat` of a big file) so never freezes the window, and small output,
// the usual case, is still fed at once. readyForMore() tells a source that held back (flow
// control) that the backlog is small again.

#include <QByteArray>
#include <QObject>
#include <QTimer>

namespace charon::terminal {

class TerminalEngine;

class TerminalFeeder : public QObject
{
    Q_OBJECT

public:
    explicit TerminalFeeder(TerminalEngine *engine, QObject *parent = nullptr);

    void feed(const QByteArray &bytes);
    qsizetype pendingBytes() const { return m_inbox.size() - m_offset; }
    // At or below this many pending bytes the feeder asks for more.
    static constexpr qsizetype kLowWater = 64 * 1024;

Q_SIGNALS:
    void readyForMore();

private:
    void process();

    TerminalEngine *m_engine;
    QTimer m_timer;
    QByteArray m_inbox;
    qsizetype m_offset = 0;
};

} // namespace charon::terminal
