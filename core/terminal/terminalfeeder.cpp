// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/terminal/terminalfeeder.h"

#include "core/terminal/terminalengine.h"

#include <QElapsedTimer>

#include <algorithm>

namespace charon::terminal {

namespace {

constexpr qsizetype kSliceBytes = 4 * 1024;
constexpr qint64 kBudgetMs = 4;

} // namespace

TerminalFeeder::TerminalFeeder(TerminalEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &TerminalFeeder::process);
}

void TerminalFeeder::feed(const QByteArray &bytes)
{
    // A source that keeps up (flow control) never lets the inbox run empty: drop what was
    // already fed, or the inbox would grow, and be copied, to the size of the whole flood.
    if (m_offset > 0 && m_offset >= m_inbox.size() / 2) {
        m_inbox.remove(0, m_offset);
        m_offset = 0;
    }
    m_inbox.append(bytes);
    if (!m_timer.isActive()) // otherwise bytes queue behind the ones already waiting
        process();
}

void TerminalFeeder::process()
{
    QElapsedTimer clock;
    clock.start();
    while (m_offset < m_inbox.size() && clock.elapsed() < kBudgetMs) {
        const qsizetype size = std::min(kSliceBytes, m_inbox.size() - m_offset);
        m_engine->feed(m_inbox.constData() + m_offset, size);
        m_offset += size;
    }
    if (m_offset < m_inbox.size()) {
        m_timer.start();
    } else {
        m_inbox.clear();
        m_offset = 0;
    }
    if (pendingBytes() <= kLowWater)
        Q_EMIT readyForMore();
}

} // namespace charon::terminal
