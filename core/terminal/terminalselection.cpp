// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/terminal/terminalselection.h"

#include "core/terminal/terminalengine.h"

#include <QChar>

#include <algorithm>

namespace charon::terminal {

void TerminalSelection::start(TerminalPosition position, Mode mode, const TerminalEngine &engine)
{
    m_mode = mode;
    m_anchor = position;
    m_cursor = position;
    update(engine);
}

void TerminalSelection::extend(TerminalPosition position, const TerminalEngine &engine)
{
    m_cursor = position;
    update(engine);
}

void TerminalSelection::setRange(TerminalPosition begin, TerminalPosition end)
{
    m_mode = Mode::Character;
    m_anchor = m_begin = begin;
    m_cursor = m_end = end;
}

void TerminalSelection::selectAll(const TerminalEngine &engine)
{
    setRange({ engine.firstLine(), 0 }, { engine.endLine(), 0 });
}

void TerminalSelection::clear()
{
    m_anchor = m_cursor = m_begin = m_end = {};
}

bool TerminalSelection::contains(qint64 line, int column) const
{
    const TerminalPosition cell { line, column };
    return !(cell < m_begin) && cell < m_end;
}

bool TerminalSelection::isWordCharacter(char32_t ch)
{
    if (ch > 0xFFFF)
        return true; // CJK and other wide scripts: no spaces to split on anyway
    const QChar c(static_cast<char16_t>(ch));
    return c.isLetterOrNumber() || QStringView(u"-_.~/:@+%#=$\\").contains(c);
}

QString TerminalSelection::text(const TerminalEngine &engine) const
{
    if (isEmpty())
        return {};
    QString out;
    for (qint64 line = m_begin.line; line < m_end.line; ++line) {
        out += engine.lineText(line, line == m_begin.line ? m_begin.column : 0);
        out += QLatin1Char('\n');
    }
    if (m_end.column > 0) {
        const int from = m_end.line == m_begin.line ? m_begin.column : 0;
        out += engine.lineText(m_end.line, from, m_end.column);
    }
    return out;
}

void TerminalSelection::update(const TerminalEngine &engine)
{
    const TerminalPosition low = std::min(m_anchor, m_cursor);
    const TerminalPosition high = std::max(m_anchor, m_cursor);
    switch (m_mode) {
    case Mode::Character:
        m_begin = low;
        m_end = high;
        break;
    case Mode::Line:
        m_begin = { low.line, 0 };
        m_end = { high.line + 1, 0 };
        break;
    case Mode::Word: {
        const auto isWord = [&](qint64 line, int column) {
            const TerminalCell cell = engine.cell(line, column);
            return cell.width == 0 || isWordCharacter(cell.ch);
        };
        int first = low.column;
        if (isWord(low.line, first)) {
            while (first > 0 && isWord(low.line, first - 1))
                --first;
        }
        int last = high.column;
        if (isWord(high.line, last)) {
            while (last + 1 < engine.columns() && isWord(high.line, last + 1))
                ++last;
        }
        m_begin = { low.line, first };
        m_end = { high.line, last + 1 };
        break;
    }
    }
}

} // namespace charon::terminal
