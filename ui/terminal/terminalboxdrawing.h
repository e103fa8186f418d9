// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Draws the box-drawing characters of consoles (DEC special graphics, the light, heavy and
// double lines of U+2500..U+256C) as rectangles that reach the cell edges, so frames and
// menus join seamlessly from cell to cell and row to row, whatever the font's glyphs and line
// spacing would give. The other DEC Special Graphics shapes that fonts often lack are drawn
// too, as xterm does: the diamond, the checkerboard, the scan lines 1/3/7/9 and the control
// pictures (HT, FF, CR, LF, NL, VT as two small letters). Other characters are left to the font.

#include <QColor>
#include <QRect>

class QPainter;

namespace charon::ui {

class TerminalBoxDrawing
{
public:
    static bool handles(char32_t ch);
    // Draws `ch` in `cell`; false (nothing drawn) when it is not a line character.
    static bool draw(QPainter &painter, char32_t ch, const QRect &cell, const QColor &color);
};

} // namespace charon::ui
