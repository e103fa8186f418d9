// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// One character cell of the terminal as the rest of the UI sees it, independent of libvterm:
// the renderer paints them, selection and search read their characters (the scrollback keeps
// them packed, see TerminalScrollback). Colours stay symbolic (default / palette index / RGB)
// so a palette change recolours history too. Combining characters (accents drawn over the
// base character) are counted in the cell and handed out beside it as TerminalMarks.

#include <QtGlobal>

namespace charon::terminal {

// A colour packed in 32 bits: 0 = the default colour (foreground or background, depending on
// where it is used), 0x01000000 | index = a palette entry, 0x02RRGGBB = a true colour.
struct TerminalColor
{
    static constexpr quint32 Default = 0;
    static constexpr quint32 IndexedTag = 0x01000000u;
    static constexpr quint32 RgbTag = 0x02000000u;
    static constexpr quint32 TagMask = 0xFF000000u;

    static constexpr quint32 indexed(quint8 index) { return IndexedTag | index; }
    static constexpr quint32 rgb(quint8 r, quint8 g, quint8 b)
    {
        return RgbTag | (quint32(r) << 16) | (quint32(g) << 8) | b;
    }
    static constexpr bool isDefault(quint32 c) { return c == Default; }
    static constexpr bool isIndexed(quint32 c) { return (c & TagMask) == IndexedTag; }
    static constexpr bool isRgb(quint32 c) { return (c & TagMask) == RgbTag; }
    static constexpr quint8 index(quint32 c) { return quint8(c & 0xFF); }
};

struct TerminalCell
{
    enum Attribute : quint16 {
        Bold = 0x01,
        Underline = 0x02,
        Italic = 0x04,
        Blink = 0x08,
        Reverse = 0x10,
        Strike = 0x20,
        DoubleUnderline = 0x40, // together with Underline
        // Line attributes, on every cell of the line (DECDWL, DECDHL top and bottom halves).
        DoubleWidth = 0x80,
        DoubleHeightTop = 0x100,
        DoubleHeightBottom = 0x200,
        LineAttributes = DoubleWidth | DoubleHeightTop | DoubleHeightBottom,
    };

    char32_t ch = 0; // 0: never written (shown as a space)
    quint32 fg = TerminalColor::Default;
    quint32 bg = TerminalColor::Default;
    quint16 attrs = 0;
    quint8 width = 1; // 2: first half of a wide character; 0: its second half
    quint8 marks = 0; // combining characters drawn over `ch` (see TerminalMark)

    bool has(Attribute attribute) const { return (attrs & attribute) != 0; }
    bool sameStyle(const TerminalCell &other) const
    {
        return fg == other.fg && bg == other.bg && attrs == other.attrs;
    }
    // Blank: shows nothing but the default background, so it can be trimmed from line ends.
    bool isBlank() const
    {
        return (ch == 0 || ch == U' ') && bg == TerminalColor::Default
            && (attrs & (Reverse | Underline | Strike)) == 0 && width == 1 && marks == 0;
    }
    bool operator==(const TerminalCell &) const = default;
};
static_assert(sizeof(TerminalCell) == 16);

// A combining character of the cell at `column`; a cell with several has them in order.
struct TerminalMark
{
    int column = 0;
    char32_t ch = 0;
    bool operator==(const TerminalMark &) const = default;
};

} // namespace charon::terminal
