// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What the user selected in a terminal, in stable line numbers (see TerminalEngine), so it
// stays on its text while output scrolls. Character mode runs between cell boundaries; word
// mode (double click) and line mode (triple click) grow to whole words or lines. Search hits
// are shown as a selection too. No block (rectangular) selection.

#include <QString>
#include <QtGlobal>

#include <compare>

namespace charon::terminal {

class TerminalEngine;

struct TerminalPosition
{
    qint64 line = 0;
    int column = 0; // a cell boundary in character mode, a cell otherwise
    auto operator<=>(const TerminalPosition &) const = default;
};

class TerminalSelection
{
public:
    enum class Mode : quint8 { Character, Word, Line };

    void start(TerminalPosition position, Mode mode, const TerminalEngine &engine);
    void extend(TerminalPosition position, const TerminalEngine &engine);
    void setRange(TerminalPosition begin, TerminalPosition end); // end exclusive
    void selectAll(const TerminalEngine &engine);
    void clear();

    bool isEmpty() const { return !(m_begin < m_end); }
    Mode mode() const { return m_mode; }
    TerminalPosition begin() const { return m_begin; }
    TerminalPosition end() const { return m_end; }
    bool contains(qint64 line, int column) const;
    // Selected lines joined by '\n', each without its trailing blanks.
    QString text(const TerminalEngine &engine) const;

    // Characters that belong to a word for double-click selection (paths, hosts, options).
    static bool isWordCharacter(char32_t ch);

private:
    void update(const TerminalEngine &engine);

    TerminalPosition m_anchor;
    TerminalPosition m_cursor;
    TerminalPosition m_begin;
    TerminalPosition m_end;
    Mode m_mode = Mode::Character;
};

} // namespace charon::terminal
