// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/terminal/terminalscrollback.h"

#include <algorithm>

namespace charon::terminal {

TerminalScrollback::TerminalScrollback(int capacity)
    : m_capacity(std::max(0, capacity))
{ }

void TerminalScrollback::setCapacity(int lines)
{
    lines = std::max(0, lines);
    if (lines == m_capacity)
        return;
    // Re-lay the ring out oldest-first, keeping the newest `lines` lines.
    std::vector<Line> kept;
    const int keep = std::min(m_size, lines);
    kept.reserve(size_t(keep));
    for (int i = m_size - keep; i < m_size; ++i)
        kept.push_back(std::move(m_lines[physical(i)]));
    m_lines = std::move(kept);
    m_start = 0;
    m_size = keep;
    m_capacity = lines;
}

void TerminalScrollback::push(const TerminalCell *cells, int count)
{
    int used = count;
    while (used > 0 && cells[used - 1].isBlank())
        --used;
    Line &line = pushLine();
    line.assign(cells, cells + used);
    compact(line);
}

TerminalScrollback::Line &TerminalScrollback::pushLine()
{
    if (m_capacity == 0) {
        m_discard.clear(); // no history kept: the caller fills a line nobody reads
        return m_discard;
    }
    if (m_size < m_capacity) {
        if (size_t(m_size) == m_lines.size())
            m_lines.emplace_back(); // still growing towards the capacity
        Line &slot = m_lines[physical(m_size)]; // or a slot freed by popNewest()
        ++m_size;
        slot.clear();
        return slot;
    }
    Line &slot = m_lines[m_start];
    m_start = (m_start + 1) % m_lines.size();
    slot.clear();
    return slot;
}

void TerminalScrollback::compact(Line &line)
{
    if (line.capacity() > 2 * line.size() + 16)
        line.shrink_to_fit();
}

bool TerminalScrollback::popNewest(Line &out)
{
    if (m_size == 0)
        return false;
    Line &newest = m_lines[physical(m_size - 1)];
    out = std::move(newest);
    newest = Line();
    --m_size;
    if (m_size == 0)
        clear();
    return true;
}

void TerminalScrollback::clear()
{
    m_lines.clear();
    m_lines.shrink_to_fit();
    m_start = 0;
    m_size = 0;
}

TerminalCell TerminalScrollback::cell(int index, int column) const
{
    if (index < 0 || index >= m_size || column < 0)
        return {};
    const Line &cells = line(index);
    return size_t(column) < cells.size() ? cells[size_t(column)] : TerminalCell {};
}

qsizetype TerminalScrollback::storedCells() const
{
    qsizetype total = 0;
    for (int i = 0; i < m_size; ++i)
        total += qsizetype(line(i).size());
    return total;
}

} // namespace charon::terminal
