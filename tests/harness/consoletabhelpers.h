// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Driving a console tab as an admin would, for the widget and integration tests of the
// console: read what its terminal shows, type a line into it. Header-only; only programs that
// link the UI include it.

#include "tests/harness/terminaltext.h"
#include "ui/console/consoletab.h"
#include "ui/terminal/terminalview.h"

#include <QTest>

namespace charon::test {

inline QString screenText(const charon::ui::ConsoleTab *tab)
{
    return screenText(*tab->view()->engine());
}

// Types `line` into the tab's terminal, then Return.
inline void type(charon::ui::ConsoleTab *tab, const QString &line)
{
    QTest::keyClicks(tab->view(), line);
    QTest::keyClick(tab->view(), Qt::Key_Return);
}

} // namespace charon::test
