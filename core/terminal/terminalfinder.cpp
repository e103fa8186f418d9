// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/terminal/terminalfinder.h"

#include "core/terminal/terminalengine.h"

#include <vector>

namespace charon::terminal {

QString TerminalFinder::lineText(const TerminalEngine &engine, qint64 line, QList<int> &columns)
{
    std::vector<TerminalCell> cells;
    std::vector<TerminalMark> marks;
    engine.lineCells(line, engine.columns(), cells, &marks);
    QString text;
    columns.clear();
    size_t mark = 0;
    const auto append = [&](char32_t ch, int column) {
        const qsizetype before = text.size();
        if (QChar::requiresSurrogates(ch)) {
            text += QChar(QChar::highSurrogate(ch));
            text += QChar(QChar::lowSurrogate(ch));
        } else {
            text += QChar(char16_t(ch));
        }
        for (qsizetype i = before; i < text.size(); ++i)
            columns.append(column);
    };
    for (int column = 0; column < engine.columns(); ++column) {
        const TerminalCell &cell = cells[size_t(column)];
        if (cell.width == 0)
            continue;
        append(cell.ch ? cell.ch : U' ', column);
        for (; mark < marks.size() && marks[mark].column == column; ++mark)
            append(marks[mark].ch, column);
    }
    columns.append(engine.columns());
    return text;
}

std::optional<TerminalFinder::Match> TerminalFinder::find(const TerminalEngine &engine,
    const QString &text, TerminalPosition from, bool backwards, Qt::CaseSensitivity sensitivity)
{
    if (text.isEmpty())
        return std::nullopt;
    const qint64 first = engine.firstLine();
    const qint64 end = engine.endLine();
    const qint64 count = end - first;
    from.line = std::clamp(from.line, first, end - 1);
    QList<int> columns;
    // count + 1 steps: every line once, and the starting line again for the part before
    // (or after) the starting column.
    for (qint64 step = 0; step <= count; ++step) {
        const qint64 offset = backwards ? -step : step;
        const qint64 line = first + ((from.line - first + offset) % count + count) % count;
        const QString haystack = lineText(engine, line, columns);
        qsizetype index = -1;
        if (!backwards) {
            qsizetype start = 0;
            if (step == 0) { // strictly after `from` on the starting line
                while (start < haystack.size() && columns.at(start) <= from.column)
                    ++start;
            }
            index = haystack.indexOf(text, start, sensitivity);
        } else {
            qsizetype start = haystack.size() - 1;
            if (step == 0) { // strictly before `from`
                while (start >= 0 && columns.at(start) >= from.column)
                    --start;
                if (start < 0)
                    continue;
            }
            index = haystack.lastIndexOf(text, start, sensitivity);
        }
        if (index >= 0) {
            return Match { { line, columns.at(index) }, { line, columns.at(index + text.size()) } };
        }
    }
    return std::nullopt;
}

} // namespace charon::terminal
