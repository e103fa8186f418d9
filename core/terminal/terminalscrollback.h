// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The lines that scrolled off the top of the terminal, oldest first, in a ring of bounded
// size (10 000 lines unless configured). Each line keeps only its cells up to the last
// non-blank one, so a mostly empty console costs little; the oldest line goes when full.

#include "core/terminal/terminalcell.h"

#include <vector>

namespace charon::terminal {

class TerminalScrollback
{
public:
    using Line = std::vector<TerminalCell>;

    explicit TerminalScrollback(int capacity = 10000);

    int capacity() const { return m_capacity; }
    // Shrinking drops the oldest lines.
    void setCapacity(int lines);
    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // Adds the newest line (trailing blanks trimmed).
    void push(const TerminalCell *cells, int count);
    // Makes room for a newest line and returns it, empty, for the caller to fill. Once the
    // ring is full it recycles the oldest line's storage: no allocation per scrolled line.
    Line &pushLine();
    // Call after filling a line from pushLine(): gives back storage a much shorter line does
    // not need, so history stays compact.
    static void compact(Line &line);
    // Removes the newest line into `out` (for a terminal growing taller); false when empty.
    bool popNewest(Line &out);
    void clear();

    // index 0 is the oldest line.
    const Line &line(int index) const { return m_lines[physical(index)]; }
    // A cell of a line; cells past the stored end are blank.
    TerminalCell cell(int index, int column) const;
    qsizetype storedCells() const;

private:
    size_t physical(int index) const { return (m_start + size_t(index)) % m_lines.size(); }

    std::vector<Line> m_lines; // grows up to m_capacity, then is used as a ring
    Line m_discard;
    size_t m_start = 0;
    int m_size = 0;
    int m_capacity;
};

} // namespace charon::terminal
