// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Which engine lines a terminal view shows: its top line, and whether it follows new output
// (stuck to the bottom) or stays on the history the user scrolled to, even while lines scroll
// off and old ones drop out of the scrollback. After the engine changed, it says which cells
// of the view need repainting: the damaged ones, or everything when the lines shifted.

#include <QRect>
#include <QtGlobal>

namespace charon::terminal {

class TerminalEngine;

class TerminalScreenWindow
{
public:
    qint64 topLine() const { return m_topLine; }
    bool isFollowing() const { return m_following; }

    // Back inside the engine's lines; onto the newest screen when following.
    void clamp(const TerminalEngine &engine);
    // Shows `topLine` (clamped); following again when that is the newest screen.
    void scrollTo(qint64 topLine, const TerminalEngine &engine);
    void follow(const TerminalEngine &engine);
    // The view cells (x = column, y = view row) to repaint for the engine's damage since the
    // last call; takes the engine's damage. Empty when nothing visible changed.
    QRect takeRepaint(TerminalEngine &engine);

private:
    qint64 m_topLine = 0;
    qint64 m_paintedTopLine = 0;
    qint64 m_paintedScreenTop = 0;
    bool m_following = true;
};

} // namespace charon::terminal
