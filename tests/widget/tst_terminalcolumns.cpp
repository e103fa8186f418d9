// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// TerminalView and the guest's column mode (DECCOLM): 132 columns narrowed into the window or
// scrolled sideways, the size told to the peer (NAWS), back to 80; and the blink timer, which
// runs only while the view is focused, visible and shows blinking text.

#include "tests/harness/testmain.h"
#include "ui/terminal/terminalview.h"

#include <QApplication>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using charon::ui::TerminalView;

class TestTerminalColumns : public QObject
{
    Q_OBJECT

    // A view of exactly 80x24 cells, shown.
    static void showAt80x24(TerminalView &view)
    {
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int attempt = 0; attempt < 4; ++attempt) {
            const QSize cell = view.cellSize();
            const QSize extra = view.size() - view.viewport()->size();
            view.resize(QSize(80 * cell.width(), 24 * cell.height()) + extra + QSize(4, 2));
            QCoreApplication::processEvents();
        }
        QCOMPARE(view.columns(), 80);
        QCOMPARE(view.rows(), 24);
    }

private Q_SLOTS:
    void columnModeNarrowsTheGrid()
    {
        TerminalView view;
        showAt80x24(view);
        QSignalSpy sizes(&view, &TerminalView::terminalSizeChanged);
        // When the guest asks for 132 columns
        view.feed("text\x1b[?3h");
        QTRY_COMPARE(view.columns(), 132);
        // Then the peer hears 132x24, the rows stay, the grid is narrowed to the window
        QTRY_COMPARE(sizes.size(), 1);
        QCOMPARE(sizes.at(0).at(0).toInt(), 132);
        QCOMPARE(sizes.at(0).at(1).toInt(), 24);
        QCOMPARE(view.rows(), 24);
        QCOMPARE(view.fixedColumns(), 132);
        QVERIFY(view.horizontalScale() < 0.7 && view.horizontalScale() > 0.5);
        QCOMPARE(view.horizontalScrollBar()->maximum(), 0);
        // A user resize keeps 132 columns
        view.resize(view.size() + QSize(0, view.cellSize().height() * 2));
        QTRY_COMPARE(view.rows(), 26);
        QCOMPARE(view.columns(), 132);
        // And back to 80: the peer hears it, the grid is full size again
        view.feed("\x1b[?3l");
        QTRY_COMPARE(view.columns(), 80);
        QTRY_COMPARE(sizes.last().at(0).toInt(), 80);
        QCOMPARE(view.horizontalScale(), 1.0);
    }

    void columnModeScrollsSideways()
    {
        TerminalView view;
        view.setWideFit(TerminalView::WideFit::Scroll);
        showAt80x24(view);
        view.feed("\x1b[?3h");
        QTRY_COMPARE(view.columns(), 132);
        QCOMPARE(view.horizontalScale(), 1.0);
        QTRY_VERIFY(view.horizontalScrollBar()->maximum() >= 52 * view.cellSize().width() - 8);
        view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->maximum());
        QCOMPARE(view.horizontalOffset(), view.horizontalScrollBar()->maximum());
        // Switching the setting narrows instead
        view.setWideFit(TerminalView::WideFit::ShrinkFont);
        QVERIFY(view.horizontalScale() < 1.0);
        QCOMPARE(view.horizontalOffset(), 0);
    }

    void blinkTimerOnlyWhileFocusedAndVisible()
    {
        TerminalView view;
        showAt80x24(view);
        view.activateWindow();
        view.setFocus();
        QTRY_VERIFY(view.hasFocus());
        QVERIFY(!view.isBlinkTimerActive()); // no blinking text: no timer, no repaints
        view.feed("\x1b[5mblink\x1b[m");
        QTRY_VERIFY(view.isBlinkTimerActive());
        QTRY_VERIFY(view.isBlinkHidden()); // the off phase comes from the timer
        // Not focused: steady, no timer
        view.clearFocus();
        QTRY_VERIFY(!view.isBlinkTimerActive());
        QVERIFY(!view.isBlinkHidden());
        // Focused but hidden (minimized): no timer either
        view.setFocus();
        QTRY_VERIFY(view.isBlinkTimerActive());
        view.hide();
        QVERIFY(!view.isBlinkTimerActive());
        QVERIFY(!view.isBlinkHidden());
    }
};

CHARON_TEST_MAIN(TestTerminalColumns)
#include "tst_terminalcolumns.moc"
