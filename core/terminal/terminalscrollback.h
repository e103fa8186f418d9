// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The lines that scrolled off the top of the terminal, oldest first, in a ring of bounded
// size (10 000 lines unless configured); the oldest line goes when full. Lines are kept
// packed, not as 16-byte cells: trailing blanks trimmed, then runs of cells that share
// colours, attributes and width (a few bytes each, colours only when not the default) and
// the characters as UTF-8 (combining characters after their base, behind a 0xFF byte that
// UTF-8 never uses). A line of 100 plain characters costs about 105 bytes plus its slot in
// the ring; unpack() and cell() give back exactly the cells that were pushed.

#include "core/terminal/terminalcell.h"

#include <QtGlobal>

#include <memory>
#include <vector>

namespace charon::terminal {

class TerminalScrollback
{
public:
    using Line = std::vector<TerminalCell>;
    using Marks = std::vector<TerminalMark>;

    explicit TerminalScrollback(int capacity = 10000);

    int capacity() const { return m_capacity; }
    // Shrinking drops the oldest lines.
    void setCapacity(int lines);
    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // Adds the newest line (trailing blanks trimmed) with the combining characters of its
    // cells (by column, in order; each cell's `marks` says how many are its own).
    void push(const TerminalCell *cells, int count, const TerminalMark *marks = nullptr,
        int markCount = 0);
    // Removes the newest line into `out` (for a terminal growing taller); false when empty.
    bool popNewest(Line &out, Marks *marks = nullptr);
    void clear();

    // The stored cells of a line (index 0 is the oldest), trailing blanks trimmed away, and
    // its combining characters when `marks` is given.
    void unpack(int index, Line &out, Marks *marks = nullptr) const;
    // A cell of a line; cells past the stored end are blank.
    TerminalCell cell(int index, int column) const;
    // Cells kept (trimmed lines), and bytes used by the packed lines and the ring's slots.
    qsizetype storedCells() const;
    qsizetype storedBytes() const;

private:
    struct Slot
    {
        std::unique_ptr<quint8[]> data;
        quint32 size = 0;
        quint32 capacity = 0;
    };

    size_t physical(int index) const { return (m_start + size_t(index)) % m_lines.size(); }
    Slot &nextSlot();
    // Packs the run table into m_scratch and the characters into m_text; the cells used.
    int encode(const TerminalCell *cells, int count, const TerminalMark *marks, int markCount);

    std::vector<Slot> m_lines; // grows up to m_capacity, then is used as a ring
    std::vector<quint8> m_scratch; // the line being packed
    std::vector<quint8> m_text; // its characters, while packing
    std::vector<quint8> m_header;
    size_t m_start = 0;
    int m_size = 0;
    int m_capacity;
};

} // namespace charon::terminal
