// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What a terminal holds, scrollback and screen, one line per row joined with '\n': how the
// console tests read what an admin would see. Header-only.

#include "core/terminal/terminalengine.h"

#include <QStringList>

namespace charon::test {

inline QString screenText(const charon::terminal::TerminalEngine &engine)
{
    QStringList lines;
    for (qint64 line = engine.firstLine(); line < engine.endLine(); ++line)
        lines << engine.lineText(line);
    return lines.join(u'\n');
}

} // namespace charon::test
