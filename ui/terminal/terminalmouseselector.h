// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Turns mouse presses and drags on a terminal view into a terminal::TerminalSelection: one click starts
// a character selection between cell boundaries, a double click selects a word and a triple
// click a line; dragging extends in the same unit. It counts clicks itself because Qt reports
// a double click but never a triple one.

#include "core/terminal/terminalselection.h"

#include <QElapsedTimer>
#include <QPoint>
#include <QSize>

namespace charon::terminal {
class TerminalEngine;
} // namespace charon::terminal

namespace charon::ui {


class TerminalMouseSelector
{
public:
    // Where the view is: the engine line in its first row, and the size of a cell in pixels.
    struct Geometry
    {
        qint64 topLine = 0;
        QSize cell;
    };

    void press(const QPoint &pos, const Geometry &geometry, const terminal::TerminalEngine &engine,
        terminal::TerminalSelection &selection);
    void move(const QPoint &pos, const Geometry &geometry, const terminal::TerminalEngine &engine,
        terminal::TerminalSelection &selection);
    // Ends a drag; true when it left a non-empty selection.
    bool release(const terminal::TerminalSelection &selection);
    bool isSelecting() const { return m_selecting; }

    static terminal::TerminalPosition positionAt(const QPoint &pos, const Geometry &geometry,
        const terminal::TerminalEngine &engine, terminal::TerminalSelection::Mode mode);

private:
    QElapsedTimer m_lastClick;
    QPoint m_lastClickPos;
    int m_clickCount = 0;
    bool m_selecting = false;
};

} // namespace charon::ui
