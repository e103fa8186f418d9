// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/terminal/terminalmouseselector.h"

#include "core/terminal/terminalengine.h"

#include <QApplication>

#include <algorithm>
#include <cmath>

namespace charon::ui {

terminal::TerminalPosition TerminalMouseSelector::positionAt(const QPoint &pos, const Geometry &geometry,
    const terminal::TerminalEngine &engine, terminal::TerminalSelection::Mode mode)
{
    const int row = std::clamp(pos.y() / geometry.cell.height(), 0, engine.rows() - 1);
    const qint64 line = geometry.topLine + (pos.y() < 0 ? -1 : row);
    const qreal x = qreal(pos.x()) / geometry.cell.width();
    if (mode == terminal::TerminalSelection::Mode::Character) // between cells: the nearest boundary
        return { line, std::clamp(int(std::lround(x)), 0, engine.columns()) };
    return { line, std::clamp(int(std::floor(x)), 0, engine.columns() - 1) };
}

void TerminalMouseSelector::press(const QPoint &pos, const Geometry &geometry,
    const terminal::TerminalEngine &engine, terminal::TerminalSelection &selection)
{
    const bool again = m_lastClick.isValid()
        && m_lastClick.elapsed() < QApplication::doubleClickInterval()
        && (pos - m_lastClickPos).manhattanLength() <= QApplication::startDragDistance();
    m_clickCount = again ? std::min(m_clickCount + 1, 3) : 1;
    m_lastClick.start();
    m_lastClickPos = pos;
    const auto mode = m_clickCount == 1 ? terminal::TerminalSelection::Mode::Character
        : m_clickCount == 2             ? terminal::TerminalSelection::Mode::Word
                                        : terminal::TerminalSelection::Mode::Line;
    selection.start(positionAt(pos, geometry, engine, mode), mode, engine);
    m_selecting = true;
}

void TerminalMouseSelector::move(const QPoint &pos, const Geometry &geometry,
    const terminal::TerminalEngine &engine, terminal::TerminalSelection &selection)
{
    if (!m_selecting)
        return;
    selection.extend(positionAt(pos, geometry, engine, selection.mode()), engine);
}

bool TerminalMouseSelector::release(const terminal::TerminalSelection &selection)
{
    const bool wasSelecting = m_selecting;
    m_selecting = false;
    return wasSelecting && !selection.isEmpty();
}

} // namespace charon::ui
