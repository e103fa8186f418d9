// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Turns the symbolic colours of a terminal::TerminalCell into QColors: the 16 ANSI colours of a scheme,
// the xterm 256-colour cube and grey ramp, true colours as they are, and the default
// foreground/background. Bold text in one of the first 8 colours uses the bright variant,
// as xterm and the DEC terminals the guests expect do.

#include "core/terminal/terminalcell.h"

#include <QColor>

#include <array>

namespace charon::ui {

class TerminalPalette
{
public:
    // A dark scheme (light grey on near-black) with Tango-like ANSI colours.
    TerminalPalette();

    QColor defaultForeground() const { return QColor::fromRgb(m_foreground); }
    QColor defaultBackground() const { return QColor::fromRgb(m_background); }
    void setDefaultColors(const QColor &foreground, const QColor &background);
    // index 0..15: the ANSI colours; 16..255 follow the xterm layout and can be changed too.
    void setIndexedColor(int index, const QColor &color);
    void setBoldIsBright(bool on) { m_boldIsBright = on; }

    QRgb foreground(const terminal::TerminalCell &cell) const; // reverse video applied
    QRgb background(const terminal::TerminalCell &cell) const;
    QRgb resolve(quint32 color, bool isForeground, bool bold = false) const;

private:
    std::array<QRgb, 256> m_indexed {};
    QRgb m_foreground;
    QRgb m_background;
    bool m_boldIsBright = true;
};

} // namespace charon::ui
