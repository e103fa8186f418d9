// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/terminal/terminalpalette.h"

namespace charon::ui {

namespace {

constexpr std::array<QRgb, 16> kAnsi = {
    0xFF2E3436,
    0xFFCC0000,
    0xFF4E9A06,
    0xFFC4A000,
    0xFF3465A4,
    0xFF75507B,
    0xFF06989A,
    0xFFD3D7CF,
    0xFF555753,
    0xFFEF2929,
    0xFF8AE234,
    0xFFFCE94F,
    0xFF729FCF,
    0xFFAD7FA8,
    0xFF34E2E2,
    0xFFEEEEEC,
};

} // namespace

TerminalPalette::TerminalPalette()
    : m_foreground(0xFFD0D0D0)
    , m_background(0xFF101010)
{
    std::copy(kAnsi.begin(), kAnsi.end(), m_indexed.begin());
    // 16..231: a 6x6x6 cube; 232..255: a grey ramp (the xterm values).
    const int levels[6] = { 0, 95, 135, 175, 215, 255 };
    for (int i = 0; i < 216; ++i)
        m_indexed[16 + i] = qRgb(levels[i / 36], levels[(i / 6) % 6], levels[i % 6]);
    for (int i = 0; i < 24; ++i)
        m_indexed[232 + i] = qRgb(8 + 10 * i, 8 + 10 * i, 8 + 10 * i);
}

void TerminalPalette::setDefaultColors(const QColor &foreground, const QColor &background)
{
    m_foreground = foreground.rgb();
    m_background = background.rgb();
}

void TerminalPalette::setIndexedColor(int index, const QColor &color)
{
    if (index >= 0 && index < 256)
        m_indexed[index] = color.rgb();
}

QRgb TerminalPalette::resolve(quint32 color, bool isForeground, bool bold) const
{
    if (terminal::TerminalColor::isIndexed(color)) {
        int index = terminal::TerminalColor::index(color);
        if (isForeground && bold && m_boldIsBright && index < 8)
            index += 8;
        return m_indexed[index];
    }
    if (terminal::TerminalColor::isRgb(color))
        return 0xFF000000u | (color & 0x00FFFFFFu);
    return isForeground ? m_foreground : m_background;
}

QRgb TerminalPalette::foreground(const terminal::TerminalCell &cell) const
{
    if (cell.has(terminal::TerminalCell::Reverse))
        return resolve(cell.bg, false);
    return resolve(cell.fg, true, cell.has(terminal::TerminalCell::Bold));
}

QRgb TerminalPalette::background(const terminal::TerminalCell &cell) const
{
    if (cell.has(terminal::TerminalCell::Reverse))
        return resolve(cell.fg, true, cell.has(terminal::TerminalCell::Bold));
    return resolve(cell.bg, false);
}

} // namespace charon::ui
