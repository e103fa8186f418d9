// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The renderer stage of a console: paints rows of terminal cells with a QPainter. It is built
// to be cheap over X11 forwarding: only the rows and columns asked for are painted,
// backgrounds are filled in runs, and each run of cells with the same colours and attributes
// is one drawText call. Characters whose glyph is not exactly one cell wide (wide CJK, glyphs
// from a fallback font, a base with combining characters) are drawn one by one, clipped to their
// cells, so the grid never drifts and nothing spills into a neighbour. Double-width and
// double-height lines (DECDWL, DECDHL) are drawn scaled, each half of a double-height pair in its
// own row. Blinking text is hidden in a frame whose blinkHidden is set; the view decides when (only
// while it is focused and visible), from the rows that blinkRows() says hold blinking cells.

#include "core/terminal/terminalcell.h"
#include "core/terminal/terminalengine.h"
#include "ui/terminal/terminalpalette.h"

#include <QFont>
#include <QHash>
#include <QSize>

#include <vector>

class QPainter;

namespace charon::terminal {
class TerminalSelection;
} // namespace charon::terminal

namespace charon::ui {

class TerminalRenderer
{
public:
    struct Frame
    {
        qint64 topLine = 0; // the engine line shown in the first viewport row
        int firstRow = 0; // viewport rows and columns to paint (inclusive)
        int lastRow = -1;
        int firstColumn = 0;
        int lastColumn = -1;
        const terminal::TerminalSelection *selection = nullptr;
        bool focused = true;
        bool blinkHidden = false; // the "off" phase of blinking text
    };

    TerminalRenderer();

    // A fixed-pitch font; its cell size is the glyph advance rounded up, and letter spacing
    // makes every glyph advance exactly one cell.
    void setFont(const QFont &font);
    QFont font() const { return m_fonts[0]; }
    QSize cellSize() const { return m_cellSize; }
    void setPalette(const TerminalPalette &palette) { m_palette = palette; }
    const TerminalPalette &palette() const { return m_palette; }

    void paint(QPainter &painter, const terminal::TerminalEngine &engine, const Frame &frame);
    // Per viewport row, as last painted: 1 when the row holds blinking text.
    const std::vector<char> &blinkRows() const { return m_blinkRows; }

private:
    struct Style
    {
        QRgb fg;
        QRgb bg;
        quint16 attrs;
        bool operator==(const Style &) const = default;
    };

    Style styleOf(const terminal::TerminalCell &cell, bool selected, bool reverseScreen) const;
    bool fitsCell(char32_t ch, int variant);
    void paintRow(
        QPainter &painter, const terminal::TerminalEngine &engine, const Frame &frame, int row);
    void paintCells(QPainter &painter, const Frame &frame, int y, int first, int last);
    void paintText(QPainter &painter, int y, int first, int last, const Style &style);
    void appendMarks(int column); // the combining characters of a cell of m_cells
    void paintCursor(QPainter &painter, const terminal::TerminalEngine &engine, const Frame &frame);
    static int variantOf(quint16 attrs);

    TerminalPalette m_palette;
    QFont m_fonts[4]; // regular, bold, italic, bold italic
    QSize m_cellSize { 8, 16 };
    int m_ascent = 12;
    QHash<quint32, bool> m_fitsCell; // (character << 2 | variant) -> one cell wide
    std::vector<terminal::TerminalCell> m_cells;
    std::vector<terminal::TerminalMark> m_marks;
    std::vector<Style> m_styles;
    std::vector<char> m_blinkRows;
    QString m_run;
};

} // namespace charon::ui
