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

QRect TerminalScreenWindow::takeRepaint(TerminalEngine &engine)
{
    clamp(engine);
    const QRect damage = engine.takeDamage();
    const qint64 screenTop = engine.screenTop();
    const QRect all(0, 0, engine.columns(), engine.rows());
    // Screen lines moved (output scrolled) while some of them are in view, or the view moved.
    const bool screenInView = m_topLine + engine.rows() > std::min(screenTop, m_paintedScreenTop);
    const bool shifted
        = m_topLine != m_paintedTopLine || (screenTop != m_paintedScreenTop && screenInView);
    m_paintedTopLine = m_topLine;
    m_paintedScreenTop = screenTop;
    if (shifted)
        return all;
    if (damage.isEmpty())
        return {};
    return damage.translated(0, int(screenTop - m_topLine)).intersected(all);
}

} // namespace charon::terminal
