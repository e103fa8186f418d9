// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/terminal/terminalrenderer.h"

#include "core/terminal/terminalselection.h"
#include "ui/terminal/terminalboxdrawing.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace charon::ui {

namespace {

constexpr qsizetype kMaxCachedGlyphs = 4096; // garbage output must not grow the cache forever

} // namespace

TerminalRenderer::TerminalRenderer()
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

void TerminalRenderer::setFont(const QFont &font)
{
    QFont base = font;
    base.setStyleHint(QFont::TypeWriter);
    base.setFixedPitch(true);
    base.setKerning(false);
    base.setLetterSpacing(QFont::AbsoluteSpacing, 0);
    const QFontMetricsF metrics(base);
    const qreal advance = metrics.horizontalAdvance(QLatin1Char('M'));
    const int width = std::max(1, int(std::ceil(advance)));
    base.setLetterSpacing(QFont::AbsoluteSpacing, width - advance);
    m_cellSize = QSize(width, std::max(1, int(std::ceil(metrics.lineSpacing()))));
    m_ascent = int(std::round(metrics.ascent()));
    for (int variant = 0; variant < 4; ++variant) {
        QFont f = base;
        f.setBold(variant & 1);
        f.setItalic(variant & 2);
        m_fonts[variant] = f;
    }
    m_fitsCell.clear();
}

int TerminalRenderer::variantOf(quint16 attrs)
{
    return ((attrs & terminal::TerminalCell::Bold) ? 1 : 0)
        | ((attrs & terminal::TerminalCell::Italic) ? 2 : 0);
}

bool TerminalRenderer::fitsCell(char32_t ch, int variant)
{
    const quint32 key = (quint32(ch) << 2) | quint32(variant);
    const auto found = m_fitsCell.constFind(key);
    if (found != m_fitsCell.constEnd())
        return found.value();
    if (m_fitsCell.size() > kMaxCachedGlyphs)
        m_fitsCell.clear();
    const QFontMetricsF metrics(m_fonts[variant]);
    const qreal advance = metrics.horizontalAdvance(QString::fromUcs4(&ch, 1));
    const bool fits = std::abs(advance - m_cellSize.width()) < 0.05;
    m_fitsCell.insert(key, fits);
    return fits;
}

TerminalRenderer::Style TerminalRenderer::styleOf(
    const terminal::TerminalCell &cell, bool selected, bool reverseScreen) const
{
    // libvterm hands out the cells of a reversed screen (DECSCNM) already reversed; the
    // selection shows as reverse video on top of that.
    Q_UNUSED(reverseScreen)
    terminal::TerminalCell shown = cell;
    if (selected)
        shown.attrs ^= terminal::TerminalCell::Reverse;
    return { m_palette.foreground(shown), m_palette.background(shown), cell.attrs };
}

void TerminalRenderer::paint(
    QPainter &painter, const terminal::TerminalEngine &engine, const Frame &frame)
{
    m_blinkRows.resize(size_t(engine.rows()));
    const int lastRow = std::min(frame.lastRow, engine.rows() - 1);
    for (int row = std::max(0, frame.firstRow); row <= lastRow; ++row)
        paintRow(painter, engine, frame, row);
    paintCursor(painter, engine, frame);
}

void TerminalRenderer::paintRow(
    QPainter &painter, const terminal::TerminalEngine &engine, const Frame &frame, int row)
{
    using terminal::TerminalCell;
    const qint64 line = frame.topLine + row;
    const int columns = engine.columns();
    engine.lineCells(line, columns, m_cells, &m_marks);
    quint16 lineAttrs = 0;
    quint16 allAttrs = 0;
    for (const TerminalCell &cell : m_cells)
        allAttrs |= cell.attrs;
    lineAttrs = allAttrs & TerminalCell::LineAttributes;
    if (m_blinkRows.size() <= size_t(row))
        m_blinkRows.resize(size_t(row) + 1);
    m_blinkRows[size_t(row)] = (allAttrs & TerminalCell::Blink) ? 1 : 0;
    const bool reverseScreen = engine.isReverseVideo();
    m_styles.resize(size_t(columns));
    const int cw = m_cellSize.width();
    const int ch = m_cellSize.height();
    if (lineAttrs == 0) {
        int first = std::clamp(frame.firstColumn, 0, columns - 1);
        const int last = std::clamp(frame.lastColumn, 0, columns - 1);
        if (m_cells[size_t(first)].width == 0 && first > 0)
            --first; // start at the first half of a wide character
        for (int c = first; c <= last; ++c) {
            const bool selected = frame.selection && frame.selection->contains(line, c);
            m_styles[size_t(c)] = styleOf(m_cells[size_t(c)], selected, reverseScreen);
        }
        paintCells(painter, frame, row * ch, first, last);
        return;
    }
    // A double-width line shows its first half of the columns, each cell two cells wide; a
    // double-height line also twice as tall, its top or bottom half in this row.
    const int shown = std::max(1, columns / 2);
    for (int c = 0; c < shown; ++c) {
        const bool selected = frame.selection && frame.selection->contains(line, c);
        m_styles[size_t(c)] = styleOf(m_cells[size_t(c)], selected, reverseScreen);
    }
    const bool tall
        = lineAttrs & (TerminalCell::DoubleHeightTop | TerminalCell::DoubleHeightBottom);
    const bool bottom = lineAttrs & TerminalCell::DoubleHeightBottom;
    painter.save();
    painter.setClipRect(QRect(0, row * ch, columns * cw, ch), Qt::IntersectClip);
    // Backgrounds right of the doubled half (an odd column count leaves one cell).
    painter.fillRect(QRect(shown * 2 * cw, row * ch, (columns - shown * 2) * cw, ch),
        QColor::fromRgb(m_palette.background(TerminalCell {})));
    painter.translate(0, row * ch - (bottom ? ch : 0));
    painter.scale(2, tall ? 2 : 1);
    paintCells(painter, frame, 0, 0, shown - 1);
    painter.restore();
}

void TerminalRenderer::paintCells(QPainter &painter, const Frame &frame, int y, int first, int last)
{
    const int cw = m_cellSize.width();
    const int ch = m_cellSize.height();
    for (int c = first; c <= last;) { // backgrounds, one fillRect per run
        const QRgb bg = m_styles[size_t(c)].bg;
        int end = c + 1;
        while (end <= last && m_styles[size_t(end)].bg == bg)
            ++end;
        painter.fillRect(QRect(c * cw, y, (end - c) * cw, ch), QColor::fromRgb(bg));
        c = end;
    }

    for (int c = first; c <= last;) { // text, one drawText per run
        const terminal::TerminalCell &cell = m_cells[size_t(c)];
        if (cell.width == 0) {
            ++c;
            continue;
        }
        const Style &style = m_styles[size_t(c)];
        if (frame.blinkHidden && (style.attrs & terminal::TerminalCell::Blink)) {
            ++c;
            continue;
        }
        const int variant = variantOf(style.attrs);
        const char32_t glyph = cell.ch ? cell.ch : U' ';
        m_run.clear();
        if (TerminalBoxDrawing::handles(glyph)) {
            const QRect box(c * cw, y, cw, ch);
            TerminalBoxDrawing::draw(painter, glyph, box, QColor::fromRgb(style.fg));
            ++c;
            continue;
        }
        if (cell.width == 2 || cell.marks != 0 || !fitsCell(glyph, variant)) {
            m_run = QString::fromUcs4(&glyph, 1); // alone in its cell(s), never beyond them
            appendMarks(c);
            painter.save();
            painter.setClipRect(QRect(c * cw, y, cell.width * cw, ch), Qt::IntersectClip);
            paintText(painter, y, c, c + cell.width - 1, style);
            painter.restore();
            c += cell.width;
            continue;
        }
        const int start = c;
        while (c <= last) {
            const terminal::TerminalCell &next = m_cells[size_t(c)];
            const char32_t g = next.ch ? next.ch : U' ';
            if (next.width != 1 || !(m_styles[size_t(c)] == style) || !fitsCell(g, variant)
                || TerminalBoxDrawing::handles(g))
                break;
            m_run.append(QString::fromUcs4(&g, 1));
            ++c;
        }
        paintText(painter, y, start, c - 1, style);
    }
}

void TerminalRenderer::appendMarks(int column)
{
    for (const terminal::TerminalMark &mark : m_marks) {
        if (mark.column == column)
            m_run.append(QString::fromUcs4(&mark.ch, 1));
    }
}

void TerminalRenderer::paintText(QPainter &painter, int y, int first, int last, const Style &style)
{
    const int cw = m_cellSize.width();
    const QColor fg = QColor::fromRgb(style.fg);
    const bool decorated
        = style.attrs & (terminal::TerminalCell::Underline | terminal::TerminalCell::Strike);
    if (!decorated) { // trailing blanks: the background says it all
        qsizetype used = m_run.size();
        while (used > 0 && m_run.at(used - 1) == QLatin1Char(' '))
            --used;
        if (used == 0)
            return;
        m_run.truncate(used);
    }
    painter.setPen(fg);
    painter.setFont(m_fonts[variantOf(style.attrs)]);
    painter.drawText(QPoint(first * cw, y + m_ascent), m_run);
    const int x0 = first * cw;
    const int x1 = (last + 1) * cw - 1;
    if (style.attrs & terminal::TerminalCell::Underline) {
        const int uy = std::min(y + m_ascent + 1, y + m_cellSize.height() - 1);
        painter.drawLine(x0, uy, x1, uy);
        if (style.attrs & terminal::TerminalCell::DoubleUnderline)
            painter.drawLine(x0, std::max(y, uy - 2), x1, std::max(y, uy - 2));
    }
    if (style.attrs & terminal::TerminalCell::Strike) {
        const int sy = y + m_ascent - m_ascent / 3;
        painter.drawLine(x0, sy, x1, sy);
    }
}

void TerminalRenderer::paintCursor(
    QPainter &painter, const terminal::TerminalEngine &engine, const Frame &frame)
{
    if (!engine.isCursorVisible())
        return;
    const QPoint cursor = engine.cursor();
    const int row = int(engine.screenTop() + cursor.y() - frame.topLine);
    if (row < frame.firstRow || row > frame.lastRow || row >= engine.rows())
        return;
    const qint64 line = frame.topLine + row;
    const terminal::TerminalCell cell = engine.cell(line, cursor.x());
    const bool selected = frame.selection && frame.selection->contains(line, cursor.x());
    const Style style = styleOf(cell, selected, engine.isReverseVideo());
    const int cw = m_cellSize.width();
    const int ch = m_cellSize.height();
    // On a double-width line the cursor cell is two cells wide.
    const int scale = (cell.attrs & terminal::TerminalCell::LineAttributes) ? 2 : 1;
    const QRect rect(
        cursor.x() * cw * scale, row * ch, std::max<int>(1, cell.width) * cw * scale, ch);
    const QColor color = QColor::fromRgb(style.fg);
    if (!frame.focused) {
        painter.setPen(color);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect.adjusted(0, 0, -1, -1));
        return;
    }
    switch (engine.cursorShape()) {
    case terminal::TerminalEngine::CursorShape::Underline:
        painter.fillRect(QRect(rect.left(), rect.bottom() - 1, rect.width(), 2), color);
        break;
    case terminal::TerminalEngine::CursorShape::Bar:
        painter.fillRect(QRect(rect.left(), rect.top(), 2, rect.height()), color);
        break;
    case terminal::TerminalEngine::CursorShape::Block: {
        painter.fillRect(rect, color);
        const char32_t glyph = cell.ch ? cell.ch : U' ';
        m_run = QString::fromUcs4(&glyph, 1);
        if (scale != 1)
            break; // the doubled glyph stays under the block; it is drawn by its row
        Style inverted = style;
        std::swap(inverted.fg, inverted.bg);
        paintText(
            painter, row * ch, cursor.x(), cursor.x() + std::max<int>(1, cell.width) - 1, inverted);
        break;
    }
    }
}

} // namespace charon::ui
