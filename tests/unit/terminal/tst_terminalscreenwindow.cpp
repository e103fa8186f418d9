// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// What a view must repaint after output (TerminalEngine::takeChanges through
// TerminalScreenWindow::takeRepaint): scrolled text is a move of rows plus the new rows only,
// whether the whole screen scrolls, a region above a status line, or the view is scrolled
// over history; anything it cannot express as one move is repainted whole.

#include "core/terminal/terminalengine.h"
#include "core/terminal/terminalscreenwindow.h"
#include "tests/harness/testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using charon::terminal::TerminalEngine;
using charon::terminal::TerminalScreenWindow;

class TestTerminalScreenWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void engineReportsScrollsAsMoves()
    {
        TerminalEngine engine(5, 20);
        engine.feed("a\r\nb\r\nc\r\nd\r\ne");
        engine.takeChanges();
        // When two lines scroll the full screen
        engine.feed("\r\nf\r\ng");
        const TerminalEngine::Changes changes = engine.takeChanges();
        // Then the rows moved up by two, and only the two new rows changed
        QCOMPARE(changes.scrollTop, 0);
        QCOMPARE(changes.scrollBottom, 5);
        QCOMPARE(changes.scrollLines, 2);
        QCOMPARE(changes.damage.top(), 2); // (the old cursor cell, moved up with its row)
        QCOMPARE(changes.damage.bottom(), 4);
        QVERIFY(engine.takeChanges().damage.isEmpty());
        // And takeDamage() still names every changed cell for those who do not move rows
        engine.feed("\r\nh");
        QCOMPARE(engine.takeDamage(), QRect(0, 0, 20, 5));
    }

    void followingViewMovesRows()
    {
        TerminalEngine engine(24, 80);
        TerminalScreenWindow window;
        for (int i = 0; i < 30; ++i)
            engine.feed(u"\r\nline %1"_s.arg(i).toUtf8());
        window.takeRepaint(engine);
        // When three lines arrive at the bottom of a full screen
        engine.feed("\r\nline 30\r\nline 31\r\nline 32");
        const TerminalScreenWindow::Repaint repaint = window.takeRepaint(engine);
        // Then the view moves its rows up by three and repaints the new rows only
        QCOMPARE(repaint.scrollTop, 0);
        QCOMPARE(repaint.scrollBottom, 24);
        QCOMPARE(repaint.scrollLines, 3);
        QCOMPARE(repaint.topLineShift, 3);
        QVERIFY2(repaint.cells.top() >= 20, qPrintable(QString::number(repaint.cells.top())));
        QCOMPARE(repaint.cells.bottom(), 23);
        // And nothing more is owed
        const TerminalScreenWindow::Repaint idle = window.takeRepaint(engine);
        QCOMPARE(idle.scrollLines, 0);
        QVERIFY(idle.cells.isEmpty());
    }

    void regionAboveAStatusLine()
    {
        TerminalEngine engine(10, 40);
        TerminalScreenWindow window;
        // Given a status line on row 10 and a scroll region of rows 1-9 (1-based)
        engine.feed("\x1b[10;1HSTATUS\x1b[1;9r\x1b[9;1H");
        window.takeRepaint(engine);
        // When output scrolls that region
        engine.feed("\r\none\r\ntwo");
        const TerminalScreenWindow::Repaint repaint = window.takeRepaint(engine);
        // Then rows 0-8 move and the status line stays where it is, unpainted
        QCOMPARE(repaint.scrollTop, 0);
        QCOMPARE(repaint.scrollBottom, 9);
        QCOMPARE(repaint.scrollLines, 2);
        QVERIFY(repaint.cells.bottom() <= 8);
        QCOMPARE(engine.lineText(engine.screenTop() + 9), u"STATUS"_s);
        // And a region in the middle (lines inserted) is a move too, down this time
        engine.feed("\x1b[r\x1b[3;1H");
        window.takeRepaint(engine);
        engine.feed("\x1b[2L");
        const TerminalScreenWindow::Repaint inserted = window.takeRepaint(engine);
        QCOMPARE(inserted.scrollTop, 2);
        QCOMPARE(inserted.scrollBottom, 10);
        QCOMPARE(inserted.scrollLines, -2);
        QVERIFY(inserted.cells.top() >= 2 && inserted.cells.bottom() <= 4);
    }

    void scrollingTheViewOverHistory()
    {
        TerminalEngine engine(10, 40);
        TerminalScreenWindow window;
        for (int i = 0; i < 50; ++i)
            engine.feed(u"line %1\r\n"_s.arg(i).toUtf8());
        window.takeRepaint(engine);
        // When the user scrolls three lines up
        window.scrollTo(window.topLine() - 3, engine);
        TerminalScreenWindow::Repaint repaint = window.takeRepaint(engine);
        // Then the rows move down by three and the three rows at the top are painted
        QCOMPARE(repaint.scrollLines, -3);
        QCOMPARE(repaint.scrollBottom, 10);
        QCOMPARE(repaint.cells, QRect(0, 0, 40, 3));
        // When output arrives meanwhile, the view stays on the history it shows
        engine.feed("more\r\n");
        repaint = window.takeRepaint(engine);
        QCOMPARE(repaint.scrollLines, 0);
        // (the screen's bottom rows are in view and its lines moved: painted whole)
        QCOMPARE(repaint.cells, QRect(0, 0, 40, 10));
        // When the user pages far up, where only history shows, output costs nothing
        window.scrollTo(window.topLine() - 20, engine);
        window.takeRepaint(engine);
        engine.feed("even more\r\n");
        repaint = window.takeRepaint(engine);
        QCOMPARE(repaint.scrollLines, 0);
        QVERIFY(repaint.cells.isEmpty());
        // And a jump of a screen or more repaints everything
        window.scrollTo(window.topLine() + 15, engine);
        repaint = window.takeRepaint(engine);
        QCOMPARE(repaint.scrollLines, 0);
        QCOMPARE(repaint.cells, QRect(0, 0, 40, 10));
    }
};

CHARON_TEST_GUILESS_MAIN(TestTerminalScreenWindow)
#include "tst_terminalscreenwindow.moc"
