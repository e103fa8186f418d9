// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/terminal/terminalboxdrawing.h"

#include <QPainter>
#include <QString>

#include <algorithm>
#include <array>

namespace charon::ui {

namespace {

// Line weight towards each side: 0 none, 1 light, 2 heavy, 3 double.
struct Arms
{
    quint8 left, right, up, down;
};

// The eleven shapes (─ │ ┌ ┐ └ ┘ ├ ┤ ┬ ┴ ┼) in their light, heavy and double code points.
struct Shape
{
    char32_t light, heavy, doubled;
    bool left, right, up, down;
};

constexpr std::array<Shape, 11> kShapes = { {
    { U'\u2500', U'\u2501', U'\u2550', true, true, false, false },
    { U'\u2502', U'\u2503', U'\u2551', false, false, true, true },
    { U'\u250C', U'\u250F', U'\u2554', false, true, false, true },
    { U'\u2510', U'\u2513', U'\u2557', true, false, false, true },
    { U'\u2514', U'\u2517', U'\u255A', false, true, true, false },
    { U'\u2518', U'\u251B', U'\u255D', true, false, true, false },
    { U'\u251C', U'\u2523', U'\u2560', false, true, true, true },
    { U'\u2524', U'\u252B', U'\u2563', true, false, true, true },
    { U'\u252C', U'\u2533', U'\u2566', true, true, false, true },
    { U'\u2534', U'\u253B', U'\u2569', true, true, true, false },
    { U'\u253C', U'\u254B', U'\u256C', true, true, true, true },
} };

bool armsOf(char32_t ch, Arms &arms)
{
    if (ch < U'\u2500' || ch > U'\u256C')
        return false; // the common case, decided without the table
    for (const Shape &shape : kShapes) {
        const quint8 weight = ch == shape.light ? 1
            : ch == shape.heavy                 ? 2
            : ch == shape.doubled               ? 3
                                                : 0;
        if (weight == 0)
            continue;
        arms = { quint8(shape.left ? weight : 0), quint8(shape.right ? weight : 0),
            quint8(shape.up ? weight : 0), quint8(shape.down ? weight : 0) };
        return true;
    }
    return false;
}

// DEC Special Graphics shapes other than lines (libvterm's code points for them).
constexpr char32_t kDiamond = U'\u25C6';
constexpr char32_t kCheckerboard = U'\u2592';
constexpr char32_t kScanLines[] = { U'\u23BA', U'\u23BB', U'\u23BC', U'\u23BD' }; // 1 3 7 9

// The two letters of a control picture (U+2409 HT ... U+2424 NL), 0 when none.
const char *controlPicture(char32_t ch)
{
    switch (ch) {
    case U'\u2409':
        return "HT";
    case U'\u240A':
        return "LF";
    case U'\u240B':
        return "VT";
    case U'\u240C':
        return "FF";
    case U'\u240D':
        return "CR";
    case U'\u2424':
        return "NL";
    default:
        return nullptr;
    }
}

bool isOtherShape(char32_t ch)
{
    if (ch < U'\u23BA' || ch > U'\u25C6')
        return false; // the common case
    return ch == kDiamond || ch == kCheckerboard || (ch >= kScanLines[0] && ch <= kScanLines[3])
        || controlPicture(ch) != nullptr;
}

bool drawOtherShape(QPainter &painter, char32_t ch, const QRect &cell, const QColor &color)
{
    if (ch == kDiamond) {
        const QPointF c = QRectF(cell).center();
        const qreal rx = cell.width() * 0.45;
        const qreal ry = std::min<qreal>(cell.height() * 0.45, rx * 1.6);
        const QPointF points[] = { { c.x(), c.y() - ry }, { c.x() + rx, c.y() },
            { c.x(), c.y() + ry }, { c.x() - rx, c.y() } };
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawPolygon(points, 4);
        painter.restore();
        return true;
    }
    if (ch == kCheckerboard) {
        painter.fillRect(cell, QBrush(color, Qt::Dense4Pattern));
        return true;
    }
    if (ch >= kScanLines[0] && ch <= kScanLines[3]) {
        // Scan lines 1, 3, (5 is the horizontal line), 7 and 9 of a 9-line cell.
        static const int kLine[] = { 1, 3, 7, 9 };
        const int line = kLine[ch - kScanLines[0]];
        const int thickness = std::max(1, cell.height() / 16);
        const int y = cell.top() + (cell.height() - thickness) * (line - 1) / 8;
        painter.fillRect(QRect(cell.left(), y, cell.width(), thickness), color);
        return true;
    }
    if (const char *letters = controlPicture(ch)) {
        painter.save();
        QFont font = painter.font();
        font.setLetterSpacing(QFont::AbsoluteSpacing, 0);
        font.setPixelSize(std::max(4, cell.height() * 9 / 20));
        painter.setFont(font);
        painter.setPen(color);
        const QRect top(cell.left(), cell.top(), cell.width() * 2 / 3, cell.height() / 2);
        const QRect bottom(cell.left() + cell.width() / 3, cell.top() + cell.height() / 2,
            cell.width() * 2 / 3, cell.height() / 2);
        painter.drawText(top, Qt::AlignCenter, QString(QLatin1Char(letters[0])));
        painter.drawText(bottom, Qt::AlignCenter, QString(QLatin1Char(letters[1])));
        painter.restore();
        return true;
    }
    return false;
}

} // namespace

bool TerminalBoxDrawing::handles(char32_t ch)
{
    Arms arms {};
    return armsOf(ch, arms) || isOtherShape(ch);
}

bool TerminalBoxDrawing::draw(
    QPainter &painter, char32_t ch, const QRect &cell, const QColor &color)
{
    Arms arms {};
    if (!armsOf(ch, arms))
        return drawOtherShape(painter, ch, cell, color);
    const int light = std::max(1, cell.height() / 16);
    const int cx = cell.left() + cell.width() / 2;
    const int cy = cell.top() + cell.height() / 2;
    const int right = cell.left() + cell.width();
    const int bottom = cell.top() + cell.height();
    // A band of thickness t centred on the cell's middle, from the centre to one edge.
    const auto arm = [&](quint8 weight, bool horizontal, bool towardsStart) {
        if (weight == 0)
            return;
        const int t = weight == 2 ? light * 2 + 1 : light;
        const int offsets[2] = { weight == 3 ? -std::max(2, light * 2) : 0,
            weight == 3 ? std::max(2, light * 2) : 0 };
        for (int i = 0; i < (weight == 3 ? 2 : 1); ++i) {
            const int o = offsets[i];
            if (horizontal) {
                const int top = cy - t / 2 + o;
                const QRect band = towardsStart
                    ? QRect(cell.left(), top, cx - cell.left() + t - t / 2, t)
                    : QRect(cx - t / 2, top, right - (cx - t / 2), t);
                painter.fillRect(band, color);
            } else {
                const int left = cx - t / 2 + o;
                const QRect band = towardsStart
                    ? QRect(left, cell.top(), t, cy - cell.top() + t - t / 2)
                    : QRect(left, cy - t / 2, t, bottom - (cy - t / 2));
                painter.fillRect(band, color);
            }
        }
    };
    arm(arms.left, true, true);
    arm(arms.right, true, false);
    arm(arms.up, false, true);
    arm(arms.down, false, false);
    return true;
}

} // namespace charon::ui
