// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "sim/memoryhog.h"

#include <cstring>

namespace charon::sim {

namespace {
constexpr std::size_t kBlock = 1024 * 1024;
}

MemoryHog::MemoryHog(int capMegabytes, QObject *parent)
    : QObject(parent)
    , m_cap(capMegabytes)
{
    m_timer.setInterval(5);
    connect(&m_timer, &QTimer::timeout, this, &MemoryHog::grow);
}

void MemoryHog::start()
{
    if (m_cap > 0)
        m_timer.start();
}

void MemoryHog::grow()
{
    if (megabytes() >= m_cap) {
        m_timer.stop();
        Q_EMIT capReached(megabytes());
        return;
    }
    auto block = std::make_unique<char[]>(kBlock);
    // Every page written with a non-zero value: resident, not a shared zero page.
    std::memset(block.get(), 0x5a, kBlock);
    m_blocks.push_back(std::move(block));
}

} // namespace charon::sim
