// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Which engine lines a terminal view shows: its top line, and whether it follows new output
// (stuck to the bottom) or stays on the history the user scrolled to, even while lines scroll
// off and old ones drop out of the scrollback. After the engine changed, it says what the
// view must do: move rows it already painted (output scrolled, or the view was scrolled over
// unchanged lines) and repaint the damaged cells; everything when it cannot tell.

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
    struct Repaint
    {
        // First the view rows [scrollTop, scrollBottom) move up by scrollLines (down when
        // negative; the rows left behind are in `cells`), then the cells are painted again.
        int scrollTop = 0;
        int scrollBottom = 0;
        int scrollLines = 0;
        QRect cells; // x = column, y = view row; empty when nothing visible changed
        qint64 topLineShift = 0; // how far the view's top line moved since the last call
    };
    // What to do for the engine's changes since the last call; takes them from the engine.
    Repaint takeRepaint(TerminalEngine &engine);

private:
    qint64 m_topLine = 0;
    qint64 m_paintedTopLine = 0;
    qint64 m_paintedScreenTop = 0;
    bool m_following = true;
};

} // namespace charon::terminal
