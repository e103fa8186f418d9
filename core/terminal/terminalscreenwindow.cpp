// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/terminal/terminalscreenwindow.h"

#include "core/terminal/terminalengine.h"

#include <algorithm>

namespace charon::terminal {

void TerminalScreenWindow::clamp(const TerminalEngine &engine)
{
    if (m_following)
        m_topLine = engine.screenTop();
    m_topLine = std::clamp(m_topLine, engine.firstLine(), engine.screenTop());
}

void TerminalScreenWindow::scrollTo(qint64 topLine, const TerminalEngine &engine)
{
    m_following = false;
    m_topLine = topLine;
    clamp(engine);
    m_following = m_topLine == engine.screenTop();
}

void TerminalScreenWindow::follow(const TerminalEngine &engine)
{
    m_following = true;
    clamp(engine);
}

TerminalScreenWindow::Repaint TerminalScreenWindow::takeRepaint(TerminalEngine &engine)
{
    clamp(engine);
    const TerminalEngine::Changes changes = engine.takeChanges();
    const qint64 screenTop = engine.screenTop();
    const int rows = engine.rows();
    const int columns = engine.columns();
    const QRect all(0, 0, columns, rows);
    // The view row of the screen's first row, now and when last painted (>= rows: not shown).
    const qint64 offset = screenTop - m_topLine;
    const qint64 paintedOffset = m_paintedScreenTop - m_paintedTopLine;
    const qint64 shift = m_topLine - m_paintedTopLine;
    const bool screenChanged
        = !changes.damage.isEmpty() || changes.scrollLines != 0 || screenTop != m_paintedScreenTop;
    m_paintedTopLine = m_topLine;
    m_paintedScreenTop = screenTop;
    Repaint repaint;
    repaint.topLineShift = shift;
    if (offset == paintedOffset && (shift == 0 || offset == 0)) {
        // The screen is where it was in the view (the view follows it, or neither moved):
        // the screen's changes, in view rows.
        if (offset >= rows)
            return repaint;
        const int top = int(offset);
        repaint.cells = changes.damage.translated(0, top).intersected(all);
        if (changes.scrollLines != 0) {
            const QRect region(
                0, changes.scrollTop + top, columns, changes.scrollBottom - changes.scrollTop);
            if (all.contains(region)) {
                repaint.scrollTop = region.top();
                repaint.scrollBottom = region.top() + region.height();
                repaint.scrollLines = changes.scrollLines;
            } else {
                repaint.cells = repaint.cells.united(region.intersected(all));
            }
        }
        return repaint;
    }
    if (!screenChanged || (paintedOffset >= rows && offset >= rows)) {
        // Only the view moved, over lines that did not change: what stays in view moves.
        if (shift == 0)
            return repaint;
        if (std::abs(shift) >= rows) {
            repaint.cells = all;
            return repaint;
        }
        const int lines = int(shift);
        repaint.scrollBottom = rows;
        repaint.scrollLines = lines;
        repaint.cells
            = lines > 0 ? QRect(0, rows - lines, columns, lines) : QRect(0, 0, columns, -lines);
        return repaint;
    }
    repaint.cells = all;
    return repaint;
}

} // namespace charon::terminal
