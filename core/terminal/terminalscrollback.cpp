// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/terminal/terminalscrollback.h"

#include <algorithm>
#include <cstring>

namespace charon::terminal {

namespace {

// A packed line: varint stored cell count, varint size of the run table, the run table, then
// the characters. A run: one flags byte (kind and which style fields follow), a varint count
// of cells (of pairs for WidePair), then fg, bg (4 bytes each) and attrs (2 bytes), each only
// when not zero. Characters: UTF-8 (up to 21 bits), one per cell or pair, each followed by
// its combining characters as kMark + UTF-8.
enum Kind : quint8 {
    Continuation = 0, // width-0 cells not behind their wide character (kept as they are)
    Narrow = 1, // width 1
    WidePair = 2, // a width-2 cell and its width-0 second half, same style: one character
    LoneWide = 3, // width 2 without a second half
};
constexpr quint8 kKindMask = 0x03;
constexpr quint8 kHasFg = 0x04;
constexpr quint8 kHasBg = 0x08;
constexpr quint8 kHasAttrs = 0x10;
constexpr quint8 kMark = 0xFF; // never a UTF-8 byte

void putVarint(std::vector<quint8> &out, quint32 value)
{
    while (value >= 0x80) {
        out.push_back(quint8(value | 0x80));
        value >>= 7;
    }
    out.push_back(quint8(value));
}

quint32 getVarint(const quint8 *&p)
{
    quint32 value = 0;
    int shift = 0;
    while (*p & 0x80) {
        value |= quint32(*p++ & 0x7F) << shift;
        shift += 7;
    }
    return value | (quint32(*p++) << shift);
}

void putChar(std::vector<quint8> &out, char32_t ch)
{
    if (ch < 0x80) {
        out.push_back(quint8(ch));
        return;
    }
    if (ch > 0x1FFFFF)
        ch = U'\uFFFD'; // not a character libvterm hands out
    if (ch < 0x800) {
        out.push_back(quint8(0xC0 | (ch >> 6)));
    } else if (ch < 0x10000) {
        out.push_back(quint8(0xE0 | (ch >> 12)));
        out.push_back(quint8(0x80 | ((ch >> 6) & 0x3F)));
    } else {
        out.push_back(quint8(0xF0 | (ch >> 18)));
        out.push_back(quint8(0x80 | ((ch >> 12) & 0x3F)));
        out.push_back(quint8(0x80 | ((ch >> 6) & 0x3F)));
    }
    out.push_back(quint8(0x80 | (ch & 0x3F)));
}

char32_t getChar(const quint8 *&p)
{
    const quint8 lead = *p++;
    if (lead < 0x80)
        return lead;
    int more = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
    char32_t ch = lead & (0x3F >> more);
    while (more-- > 0)
        ch = (ch << 6) | (*p++ & 0x3F);
    return ch;
}

template<typename T> void putFixed(std::vector<quint8> &out, T value)
{
    quint8 bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    out.insert(out.end(), bytes, bytes + sizeof(T));
}

template<typename T> T getFixed(const quint8 *&p)
{
    T value;
    std::memcpy(&value, p, sizeof(T));
    p += sizeof(T);
    return value;
}

Kind kindAt(const TerminalCell *cells, int count, int i)
{
    const TerminalCell &c = cells[i];
    if (c.width == 0)
        return Continuation;
    if (c.width == 1)
        return Narrow;
    if (i + 1 < count) {
        const TerminalCell &next = cells[i + 1];
        if (next.width == 0 && next.ch == 0 && next.marks == 0 && next.sameStyle(c))
            return WidePair;
    }
    return LoneWide;
}

// Walks the runs and characters of a packed line, cell by cell.
class Reader
{
public:
    Reader(const quint8 *data, quint32 size)
        : m_end(data + size)
    {
        const quint8 *p = data;
        m_cells = int(getVarint(p));
        const quint32 runBytes = getVarint(p);
        m_run = p;
        m_text = p + runBytes;
        m_runsEnd = m_text;
    }

    int cells() const { return m_cells; }

    // The next cell (a WidePair gives its second half on the following call); its
    // combining characters go to `marks` (with `column`) when given.
    TerminalCell next(std::vector<TerminalMark> *marks, int column)
    {
        if (m_pendingHalf) {
            m_pendingHalf = false;
            TerminalCell half = m_style;
            half.ch = 0;
            half.width = 0;
            return half;
        }
        if (m_left == 0)
            readRun();
        --m_left;
        TerminalCell cell = m_style;
        cell.ch = getChar(m_text);
        while (m_text < m_end && *m_text == kMark) {
            ++m_text;
            const char32_t mark = getChar(m_text);
            if (marks)
                marks->push_back({ column, mark });
            if (cell.marks < 0xFF)
                ++cell.marks;
        }
        m_pendingHalf = m_kind == WidePair;
        return cell;
    }

private:
    void readRun()
    {
        Q_ASSERT(m_run < m_runsEnd);
        const quint8 flags = *m_run++;
        m_left = getVarint(m_run);
        m_kind = Kind(flags & kKindMask);
        m_style = TerminalCell {};
        m_style.fg = (flags & kHasFg) ? getFixed<quint32>(m_run) : 0;
        m_style.bg = (flags & kHasBg) ? getFixed<quint32>(m_run) : 0;
        m_style.attrs = (flags & kHasAttrs) ? getFixed<quint16>(m_run) : 0;
        m_style.width = m_kind == Continuation ? 0 : m_kind == Narrow ? 1 : 2;
    }

    const quint8 *m_end;
    const quint8 *m_run = nullptr;
    const quint8 *m_runsEnd = nullptr;
    const quint8 *m_text = nullptr;
    TerminalCell m_style;
    quint32 m_left = 0;
    int m_cells = 0;
    Kind m_kind = Narrow;
    bool m_pendingHalf = false;
};

} // namespace

TerminalScrollback::TerminalScrollback(int capacity)
    : m_capacity(std::max(0, capacity))
{ }

void TerminalScrollback::setCapacity(int lines)
{
    lines = std::max(0, lines);
    if (lines == m_capacity)
        return;
    // Re-lay the ring out oldest-first, keeping the newest `lines` lines.
    std::vector<Slot> kept;
    const int keep = std::min(m_size, lines);
    kept.reserve(size_t(keep));
    for (int i = m_size - keep; i < m_size; ++i)
        kept.push_back(std::move(m_lines[physical(i)]));
    m_lines = std::move(kept);
    m_start = 0;
    m_size = keep;
    m_capacity = lines;
}

int TerminalScrollback::encode(
    const TerminalCell *cells, int count, const TerminalMark *marks, int markCount)
{
    int used = count;
    while (used > 0 && cells[used - 1].isBlank())
        --used;
    std::vector<quint8> &runs = m_scratch;
    runs.clear();
    m_text.clear();
    int markIndex = 0;
    for (int i = 0; i < used;) {
        const TerminalCell &first = cells[i];
        const Kind kind = kindAt(cells, used, i);
        quint32 units = 0;
        int j = i;
        while (j < used && cells[j].sameStyle(first) && kindAt(cells, used, j) == kind) {
            putChar(m_text, cells[j].ch);
            while (markIndex < markCount && marks[markIndex].column < j)
                ++markIndex; // a mark without its cell: dropped
            while (markIndex < markCount && marks[markIndex].column == j) {
                m_text.push_back(kMark);
                putChar(m_text, marks[markIndex++].ch);
            }
            j += kind == WidePair ? 2 : 1;
            ++units;
        }
        const quint8 flags = quint8(kind | (first.fg ? kHasFg : 0) | (first.bg ? kHasBg : 0)
            | (first.attrs ? kHasAttrs : 0));
        runs.push_back(flags);
        putVarint(runs, units);
        if (first.fg)
            putFixed<quint32>(runs, first.fg);
        if (first.bg)
            putFixed<quint32>(runs, first.bg);
        if (first.attrs)
            putFixed<quint16>(runs, first.attrs);
        i = j;
    }
    return used;
}

void TerminalScrollback::push(
    const TerminalCell *cells, int count, const TerminalMark *marks, int markCount)
{
    if (m_capacity == 0)
        return; // no history kept
    const int used = encode(cells, count, marks, markCount);
    // The header goes in front: the run table's size is known only now.
    std::vector<quint8> &header = m_header;
    header.clear();
    putVarint(header, quint32(used));
    putVarint(header, quint32(m_scratch.size()));
    const auto size = quint32(header.size() + m_scratch.size() + m_text.size());
    Slot &slot = nextSlot();
    // Reuse the recycled slot's storage when it fits without wasting much.
    if (slot.capacity < size || slot.capacity > 2 * size + 16) {
        slot.data = std::make_unique_for_overwrite<quint8[]>(size);
        slot.capacity = size;
    }
    quint8 *out = slot.data.get();
    std::memcpy(out, header.data(), header.size());
    out += header.size();
    if (!m_scratch.empty())
        std::memcpy(out, m_scratch.data(), m_scratch.size());
    out += m_scratch.size();
    if (!m_text.empty())
        std::memcpy(out, m_text.data(), m_text.size());
    slot.size = size;
}

TerminalScrollback::Slot &TerminalScrollback::nextSlot()
{
    if (m_size < m_capacity) {
        if (size_t(m_size) == m_lines.size())
            m_lines.emplace_back(); // still growing towards the capacity
        ++m_size;
        return m_lines[physical(m_size - 1)]; // or a slot freed by popNewest()
    }
    Slot &slot = m_lines[m_start];
    m_start = (m_start + 1) % m_lines.size();
    return slot;
}

bool TerminalScrollback::popNewest(Line &out, Marks *marks)
{
    if (m_size == 0)
        return false;
    unpack(m_size - 1, out, marks);
    m_lines[physical(m_size - 1)] = Slot();
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

void TerminalScrollback::unpack(int index, Line &out, Marks *marks) const
{
    out.clear();
    if (marks)
        marks->clear();
    if (index < 0 || index >= m_size)
        return;
    const Slot &slot = m_lines[physical(index)];
    Reader reader(slot.data.get(), slot.size);
    out.resize(size_t(reader.cells()));
    for (int column = 0; column < reader.cells(); ++column)
        out[size_t(column)] = reader.next(marks, column);
}

TerminalCell TerminalScrollback::cell(int index, int column) const
{
    if (index < 0 || index >= m_size || column < 0)
        return {};
    const Slot &slot = m_lines[physical(index)];
    Reader reader(slot.data.get(), slot.size);
    if (column >= reader.cells())
        return {};
    for (int c = 0; c < column; ++c)
        reader.next(nullptr, c);
    return reader.next(nullptr, column);
}

qsizetype TerminalScrollback::storedCells() const
{
    qsizetype total = 0;
    for (int i = 0; i < m_size; ++i) {
        const Slot &slot = m_lines[physical(i)];
        total += Reader(slot.data.get(), slot.size).cells();
    }
    return total;
}

qsizetype TerminalScrollback::storedBytes() const
{
    qsizetype total = qsizetype(m_lines.capacity() * sizeof(Slot));
    for (const Slot &slot : m_lines)
        total += slot.capacity;
    return total;
}

} // namespace charon::terminal
