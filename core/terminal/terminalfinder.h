// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Finds text in a terminal's scrollback and screen, line by line, for the view's find bar and
// find() API. Hits are ranges of cells (wide characters count as their two cells), so the view
// can show them as a selection. Text wrapped over two lines is not found as one.

#include "core/terminal/terminalselection.h"

#include <QList>
#include <QString>

#include <optional>

namespace charon::terminal {

class TerminalEngine;

class TerminalFinder
{
public:
    struct Match
    {
        TerminalPosition begin;
        TerminalPosition end; // exclusive
    };

    // Forwards: the first hit starting after `from`; backwards: the last one starting before
    // it. Wraps around the ends once; nullopt when the text is nowhere.
    static std::optional<Match> find(const TerminalEngine &engine, const QString &text,
        TerminalPosition from, bool backwards,
        Qt::CaseSensitivity sensitivity = Qt::CaseInsensitive);

private:
    // The line's text, and for each UTF-16 unit the column of its cell (plus one past the end).
    static QString lineText(const TerminalEngine &engine, qint64 line, QList<int> &columns);
};

} // namespace charon::terminal
