// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// TerminalView offscreen: the bytes keys produce, resize to columns/rows, selection and the
// clipboard, paste, find in scrollback, scrolling, zoom, the context menu, and that repaints
// stay small and coalesced: scrolled text is moved, only new rows are painted, and what shows
// is then exactly what a full repaint would draw.

#include "tests/harness/testmain.h"
#include "ui/terminal/terminalcontextmenu.h"
#include "ui/terminal/terminalview.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMenu>
#include <QPaintEvent>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using charon::ui::TerminalContextMenu;
using charon::ui::TerminalView;

namespace {

// Records the rectangles the view's viewport is asked to paint.
class PaintRecorder : public QObject
{
public:
    explicit PaintRecorder(QWidget *widget) { widget->installEventFilter(this); }
    QList<QRect> rects;
    bool paused = false;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !paused)
            rects.append(static_cast<QPaintEvent *>(event)->rect());
        return false;
    }
};

// What the window shows of the viewport (its backing store: rows moved by scrolling included)
// and what painting the viewport afresh gives.
QImage shown(const TerminalView &view)
{
    QWidget *window = view.window();
    const QPoint origin = view.viewport()->mapTo(window, QPoint());
    const QSize size = view.viewport()->size();
    return window->screen()
        ->grabWindow(window->winId(), origin.x(), origin.y(), size.width(), size.height())
        .toImage()
        .convertToFormat(QImage::Format_RGB32);
}

QImage fresh(TerminalView &view, PaintRecorder *recorder = nullptr)
{
    if (recorder)
        recorder->paused = true; // grab() paints the viewport too
    const QImage image = view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    if (recorder)
        recorder->paused = false;
    return image;
}

} // namespace

class TestTerminalView : public QObject
{
    Q_OBJECT

private:
    static QPoint cellCenter(const TerminalView &view, int column, int row)
    {
        const QSize cell = view.cellSize();
        return { column * cell.width() + cell.width() / 2,
            row * cell.height() + cell.height() / 2 };
    }
    static QPoint boundary(const TerminalView &view, int column, int row)
    {
        const QSize cell = view.cellSize();
        return { column * cell.width(), row * cell.height() + cell.height() / 2 };
    }

private Q_SLOTS:
    void keys_data()
    {
        QTest::addColumn<QByteArray>("modes");
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<QByteArray>("bytes");
        const int none = Qt::NoModifier;
        const int ctrl = Qt::ControlModifier;
        const int alt = Qt::AltModifier;
        const int shift = Qt::ShiftModifier;
        const int keypad = Qt::KeypadModifier;
        QTest::newRow("up") << QByteArray() << int(Qt::Key_Up) << none << QByteArray("\x1b[A");
        QTest::newRow("down") << QByteArray() << int(Qt::Key_Down) << none << QByteArray("\x1b[B");
        QTest::newRow("right") << QByteArray() << int(Qt::Key_Right) << none
                               << QByteArray("\x1b[C");
        QTest::newRow("left") << QByteArray() << int(Qt::Key_Left) << none << QByteArray("\x1b[D");
        QTest::newRow("up, application cursor")
            << QByteArray("\x1b[?1h") << int(Qt::Key_Up) << none << QByteArray("\x1bOA");
        QTest::newRow("left, application cursor")
            << QByteArray("\x1b[?1h") << int(Qt::Key_Left) << none << QByteArray("\x1bOD");
        QTest::newRow("home") << QByteArray() << int(Qt::Key_Home) << none << QByteArray("\x1b[H");
        QTest::newRow("end") << QByteArray() << int(Qt::Key_End) << none << QByteArray("\x1b[F");
        QTest::newRow("page up") << QByteArray() << int(Qt::Key_PageUp) << none
                                 << QByteArray("\x1b[5~");
        QTest::newRow("page down")
            << QByteArray() << int(Qt::Key_PageDown) << none << QByteArray("\x1b[6~");
        QTest::newRow("insert") << QByteArray() << int(Qt::Key_Insert) << none
                                << QByteArray("\x1b[2~");
        QTest::newRow("delete") << QByteArray() << int(Qt::Key_Delete) << none
                                << QByteArray("\x1b[3~");
        const char *functionKeys[] = { "\x1bOP", "\x1bOQ", "\x1bOR", "\x1bOS", "\x1b[15~",
            "\x1b[17~", "\x1b[18~", "\x1b[19~", "\x1b[20~", "\x1b[21~", "\x1b[23~", "\x1b[24~" };
        for (int i = 0; i < 12; ++i) {
            QTest::addRow("F%d", i + 1)
                << QByteArray() << int(Qt::Key_F1 + i) << none << QByteArray(functionKeys[i]);
        }
        QTest::newRow("ctrl+c") << QByteArray() << int(Qt::Key_C) << ctrl << QByteArray("\x03");
        QTest::newRow("ctrl+a") << QByteArray() << int(Qt::Key_A) << ctrl << QByteArray("\x01");
        QTest::newRow("ctrl+m is CR, not CSI u")
            << QByteArray() << int(Qt::Key_M) << ctrl << QByteArray("\r");
        QTest::newRow("ctrl+[ is ESC")
            << QByteArray() << int(Qt::Key_BracketLeft) << ctrl << QByteArray("\x1b");
        QTest::newRow("ctrl+space is NUL")
            << QByteArray() << int(Qt::Key_Space) << ctrl << QByteArray("\0", 1);
        QTest::newRow("ctrl+alt+c")
            << QByteArray() << int(Qt::Key_C) << (ctrl | alt) << QByteArray("\x1b\x03");
        QTest::newRow("alt+x") << QByteArray() << int(Qt::Key_X) << alt << QByteArray("\x1bx");
        QTest::newRow("backspace is DEL")
            << QByteArray() << int(Qt::Key_Backspace) << none << QByteArray("\x7f");
        QTest::newRow("enter") << QByteArray() << int(Qt::Key_Return) << none << QByteArray("\r");
        QTest::newRow("tab") << QByteArray() << int(Qt::Key_Tab) << none << QByteArray("\t");
        QTest::newRow("shift+tab")
            << QByteArray() << int(Qt::Key_Backtab) << shift << QByteArray("\x1b[Z");
        QTest::newRow("escape") << QByteArray() << int(Qt::Key_Escape) << none
                                << QByteArray("\x1b");
        QTest::newRow("letter") << QByteArray() << int(Qt::Key_Q) << none << QByteArray("q");
        QTest::newRow("keypad 5") << QByteArray() << int(Qt::Key_5) << keypad << QByteArray("5");
        QTest::newRow("keypad 5, application keypad")
            << QByteArray("\x1b=") << int(Qt::Key_5) << keypad << QByteArray("\x1bOu");
        QTest::newRow("keypad enter, application keypad")
            << QByteArray("\x1b=") << int(Qt::Key_Enter) << keypad << QByteArray("\x1bOM");
    }

    void keys()
    {
        QFETCH(QByteArray, modes);
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(QByteArray, bytes);
        // Given a view in the modes the guest asked for
        TerminalView view;
        view.feed(modes);
        QByteArray sent;
        connect(&view, &TerminalView::sendBytes, this, [&](const QByteArray &b) { sent += b; });
        // When the key is pressed, Then exactly these bytes go to the guest
        QTest::keyClick(&view, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QCOMPARE(sent.toHex(), bytes.toHex());
    }

    void resizeReportsColumnsAndRows()
    {
        TerminalView view;
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy sizes(&view, &TerminalView::terminalSizeChanged);
        // When the widget grows
        view.resize(900, 600);
        // Then the terminal gets as many cells as fit, and says so once
        QTRY_COMPARE(sizes.size(), 1);
        const QSize cell = view.cellSize();
        const QSize area = view.viewport()->size();
        QCOMPARE(sizes.at(0).at(0).toInt(), area.width() / cell.width());
        QCOMPARE(sizes.at(0).at(1).toInt(), area.height() / cell.height());
        QCOMPARE(view.columns(), area.width() / cell.width());
        QCOMPARE(view.engine()->rows(), view.rows());
    }

    void hiddenViewKeepsItsTextUntilShown()
    {
        // Given a view that gets output before it is laid out (a tab opened in the background)
        auto *parent = new QWidget;
        std::unique_ptr<QWidget> owner(parent);
        auto *view = new TerminalView(parent);
        view->feed("a line of eighty columns would be cut to a dozen by an early resize");
        QCOMPARE(view->columns(), 80);
        // When it is shown at its real size, Then the text is whole
        parent->resize(800, 400);
        view->resize(800, 400);
        parent->show();
        QVERIFY(QTest::qWaitForWindowExposed(parent));
        QCOMPARE(view->engine()->lineText(view->engine()->screenTop()),
            u"a line of eighty columns would be cut to a dozen by an early resize"_s);
    }

    void zoomChangesTheCellSize()
    {
        TerminalView view;
        view.resize(800, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QSize before = view.cellSize();
        const int columns = view.columns();
        QSignalSpy sizes(&view, &TerminalView::terminalSizeChanged);
        QTest::keyClick(&view, Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(&view, Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(view.cellSize().height() > before.height());
        QVERIFY(view.columns() < columns);
        QVERIFY(!sizes.isEmpty());
        QCOMPARE(view.zoomSteps(), 2);
        QTest::keyClick(&view, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(view.cellSize(), before);
        QCOMPARE(view.columns(), columns);
    }

    void mouseSelectionAndCopy_data()
    {
        QTest::addColumn<int>("clicks");
        QTest::addColumn<QString>("selected");
        QTest::newRow("drag") << 1 << u"hello"_s;
        QTest::newRow("double click: word") << 2 << u"world.example"_s;
        QTest::newRow("triple click: line") << 3 << u"hello world.example again\n"_s;
    }

    void mouseSelectionAndCopy()
    {
        QFETCH(int, clicks);
        QFETCH(QString, selected);
        TerminalView view;
        view.resize(640, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.feed("hello world.example again\r\nsecond line");
        QWidget *port = view.viewport();
        if (clicks == 1) {
            // When dragging from before "h" to after "o"
            QTest::mousePress(port, Qt::LeftButton, {}, boundary(view, 0, 0));
            QTest::mouseMove(port, boundary(view, 5, 0));
            QTest::mouseRelease(port, Qt::LeftButton, {}, boundary(view, 5, 0));
        } else {
            // When clicking two or three times inside "world"
            const QPoint at = cellCenter(view, 8, 0);
            QTest::mousePress(port, Qt::LeftButton, {}, at);
            QTest::mouseRelease(port, Qt::LeftButton, {}, at);
            QTest::mouseDClick(port, Qt::LeftButton, {}, at);
            if (clicks == 3) {
                QTest::mousePress(port, Qt::LeftButton, {}, at);
                QTest::mouseRelease(port, Qt::LeftButton, {}, at);
            }
        }
        QCOMPARE(view.selectedText(), selected);
        // Then Ctrl+Shift+C puts it on the clipboard
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), selected);
    }

    void pasteSendsTheClipboard()
    {
        TerminalView view;
        QByteArray sent;
        connect(&view, &TerminalView::sendBytes, this, [&](const QByteArray &b) { sent += b; });
        QGuiApplication::clipboard()->setText(u"show system\nexit"_s);
        QTest::keyClick(&view, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(sent, QByteArray("show system\rexit"));
        sent.clear();
        // A middle click pastes the primary selection (the clipboard where there is none)
        view.resize(400, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::mouseClick(view.viewport(), Qt::MiddleButton, {}, QPoint(10, 10));
        QCOMPARE(sent, QByteArray("show system\rexit"));
    }

    void findScrollsToTheMatch()
    {
        TerminalView view;
        view.resize(640, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Given 300 lines of output, one of them long gone from the screen
        for (int i = 0; i < 300; ++i)
            view.feed(i == 42 ? "the MARKER line\r\n" : u"line %1\r\n"_s.arg(i).toUtf8());
        QTRY_VERIFY(view.verticalScrollBar()->maximum() > 250);
        QVERIFY(view.isFollowingOutput());
        // When searching for it
        QVERIFY(view.find(u"marker"_s));
        // Then it is selected and in view, and the view stops following the output
        QCOMPARE(view.selectedText(), u"MARKER"_s);
        const qint64 line = view.selection().begin().line;
        QVERIFY(line >= view.topLine() && line < view.topLine() + view.rows());
        QVERIFY(!view.isFollowingOutput());
        QCOMPARE(
            view.verticalScrollBar()->value(), int(view.topLine() - view.engine()->firstLine()));
        QVERIFY(!view.find(u"not there at all"_s));
        // When the user types, the view goes back to the bottom
        QTest::keyClick(&view, Qt::Key_A);
        QVERIFY(view.isFollowingOutput());
        QCOMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
    }

    void findBarSearchesUpwards()
    {
        TerminalView view;
        view.resize(640, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int i = 0; i < 100; ++i)
            view.feed(u"boot step %1 ok\r\n"_s.arg(i).toUtf8());
        // When the user opens the find bar, types, and presses Enter twice
        QTest::keyClick(&view, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        auto *edit = view.findChild<QLineEdit *>();
        QVERIFY(edit);
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClicks(edit, u"step 4"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        const qint64 first = view.selection().begin().line;
        QTest::keyClick(edit, Qt::Key_Return);
        // Then each Enter selects an older hit ("step 49", then "step 48")
        QCOMPARE(view.selectedText(), u"step 4"_s);
        QCOMPARE(view.selection().begin().line, first - 1);
        QCOMPARE(view.engine()->lineText(first), u"boot step 49 ok"_s);
        // Escape closes the bar and gives the keyboard back to the terminal
        QTest::keyClick(edit, Qt::Key_Escape);
        QVERIFY(!edit->isVisible());
        QTRY_VERIFY(view.hasFocus());
    }

    void floodIsFedInSlices()
    {
        TerminalView view;
        // When 4 MiB arrive at once
        QByteArray flood;
        while (flood.size() < 4 * 1024 * 1024)
            flood += "0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz\r\n";
        flood += "THE END";
        view.feed(flood);
        // Then feed() returned before all of it was interpreted (the event loop got a turn)
        QVERIFY(
            view.engine()->lineText(view.engine()->screenTop() + view.rows() - 1) != u"THE END"_s);
        // And it all arrives, in order, soon after
        QTRY_COMPARE_WITH_TIMEOUT(
            view.engine()->lineText(view.engine()->screenTop() + view.engine()->cursor().y()),
            u"THE END"_s, 60000);
    }

    void shiftPageUpScrollsBack()
    {
        TerminalView view;
        view.resize(640, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int i = 0; i < 100; ++i)
            view.feed(u"line %1\r\n"_s.arg(i).toUtf8());
        QTRY_VERIFY(view.verticalScrollBar()->maximum() > 50);
        const qint64 bottom = view.topLine();
        QTest::keyClick(&view, Qt::Key_PageUp, Qt::ShiftModifier);
        QCOMPARE(view.topLine(), bottom - (view.rows() - 1));
        QVERIFY(!view.isFollowingOutput());
        // New output does not move what the user is reading
        const qint64 reading = view.topLine();
        const int range = view.verticalScrollBar()->maximum();
        view.feed("more output\r\n");
        QTRY_VERIFY(view.verticalScrollBar()->maximum() > range); // its frame is drawn
        QCOMPARE(view.topLine(), reading);
        QTest::keyClick(&view, Qt::Key_PageDown, Qt::ShiftModifier);
        QTest::keyClick(&view, Qt::Key_PageDown, Qt::ShiftModifier);
        QVERIFY(view.isFollowingOutput());
    }

    void contextMenuOffersBreak()
    {
        TerminalView view;
        QSignalSpy breaks(&view, &TerminalView::breakRequested);
        std::unique_ptr<QMenu> menu(TerminalContextMenu::create(&view, nullptr));
        QAction *sendBreak = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text().remove(QLatin1Char('&')) == u"Send Break"_s)
                sendBreak = action;
        }
        QVERIFY(sendBreak);
        sendBreak->trigger();
        QCOMPARE(breaks.size(), 1);
        QVERIFY(!menu->actions().constFirst()->isEnabled()); // Copy: nothing selected
    }

    void bellAndTitle()
    {
        TerminalView view;
        QSignalSpy bell(&view, &TerminalView::bell);
        QSignalSpy title(&view, &TerminalView::titleChanged);
        view.feed("\x1b]0;console\x07\x07");
        QCOMPARE(bell.size(), 1);
        QCOMPARE(title.value(0).value(0).toString(), u"console"_s);
    }

    void repaintsAreSmallAndCoalesced()
    {
        TerminalView view;
        view.resize(800, 480);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // (what the first show left to paint: the pending updates now, then one frame; a frame
        // carries everything damaged since the last one, so after the frame that shows a first
        // character nothing else is owed)
        QCoreApplication::sendPostedEvents();
        PaintRecorder recorder(view.viewport());
        view.feed(".");
        QTRY_VERIFY(!recorder.rects.isEmpty());
        recorder.rects.clear();
        // When one character arrives, Then only the cells around it are repainted
        view.feed("\x1b[5;10HX");
        QTRY_VERIFY(!recorder.rects.isEmpty());
        QTest::qWait(50); // not synchronisation: a window in which a larger repaint would show
        const QSize cell = view.cellSize();
        for (const QRect &r : std::as_const(recorder.rects))
            QVERIFY2(r.height() <= 5 * cell.height() && r.width() < view.viewport()->width() / 2,
                qPrintable(u"%1x%2"_s.arg(r.width()).arg(r.height())));
        // When 200 small chunks arrive within a frame, Then they are painted in a few frames
        recorder.rects.clear();
        for (int i = 0; i < 200; ++i)
            view.feed("x");
        QTest::qWait(100); // not synchronisation: the window in which frames are counted
        QVERIFY2(recorder.rects.size() <= 3, qPrintable(QString::number(recorder.rects.size())));
    }

    void scrollingPaintsOnlyTheNewRows()
    {
        TerminalView view;
        view.resize(800, 480);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int i = 0; i < 100; ++i)
            view.feed(
                u"\r\nline %1 of the boot log, long enough to fill a good part of the row"_s.arg(i)
                    .toUtf8());
        QTRY_COMPARE(shown(view), fresh(view));
        PaintRecorder recorder(view.viewport());
        // When three lines scroll a full screen
        view.feed("\r\nnew 1\r\nnew 2\r\nnew 3");
        QTRY_COMPARE(view.pendingBytes(), qsizetype(0));
        QTRY_COMPARE(shown(view), fresh(view, &recorder));
        // Then the rows were moved, and only about the three new rows painted (a repaint of
        // the viewport would be a screen's height)
        QRegion painted;
        for (const QRect &r : std::as_const(recorder.rects))
            painted += r;

        QVERIFY2(painted.boundingRect().height() <= 4 * view.cellSize().height(),
            qPrintable(u"%1 px"_s.arg(painted.boundingRect().height())));
        // When the user scrolls back two lines, the same: two rows painted
        recorder.rects.clear();
        view.scrollLines(-2);
        QTRY_COMPARE(shown(view), fresh(view, &recorder));
        painted = QRegion();
        for (const QRect &r : std::as_const(recorder.rects))
            painted += r;
        QVERIFY2(painted.boundingRect().height() <= 2 * view.cellSize().height(),
            qPrintable(u"%1 px"_s.arg(painted.boundingRect().height())));
    }

    void movedRowsLookLikeAFullRepaint_data()
    {
        QTest::addColumn<QByteArray>("setup");
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<int>("scroll"); // the user's scrolling afterwards, in lines
        QTest::addColumn<bool>("select");
        QTest::newRow("full screen") << QByteArray() << QByteArray("\r\nA\r\nB\r\nC") << 0 << false;
        QTest::newRow("region above a status line")
            << QByteArray("\x1b[20;1H\x1b[7mSTATUS\x1b[m\x1b[1;19r\x1b[19;1H")
            << QByteArray("\r\nA\r\nB\r\nC") << 0 << false;
        QTest::newRow("lines inserted")
            << QByteArray("\x1b[5;1H") << QByteArray("\x1b[3L\x1b[31mINSERTED\x1b[m") << 0 << false;
        QTest::newRow("reverse index at the top")
            << QByteArray("\x1b[1;1H") << QByteArray("\x1bM\x1bMTOP") << 0 << false;
        QTest::newRow("with a selection") << QByteArray() << QByteArray("\r\nA\r\nB") << 0 << true;
        QTest::newRow("alternate screen with a selection")
            << QByteArray("\x1b[?1049h\x1b[2J\x1b[Halt 1\r\nalt 2\r\nalt 3")
            << QByteArray("\x1b[20;1H\r\n\r\nmore") << 0 << true;
        QTest::newRow("user scrolls back") << QByteArray() << QByteArray() << -3 << false;
        QTest::newRow("user scrolls back with a selection")
            << QByteArray() << QByteArray() << -4 << true;
        QTest::newRow("output while scrolled back")
            << QByteArray() << QByteArray("\r\nA\r\nB") << -2 << false;
    }

    void movedRowsLookLikeAFullRepaint()
    {
        QFETCH(QByteArray, setup);
        QFETCH(QByteArray, output);
        QFETCH(int, scroll);
        QFETCH(bool, select);
        TerminalView view;
        view.resize(640, 20 * 18);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int i = 0; i < 60; ++i)
            view.feed(u"\r\n\x1b[3%1mline %2\x1b[m with some text"_s.arg(i % 8).arg(i).toUtf8());
        view.feed(setup);
        QTRY_COMPARE(shown(view), fresh(view));
        if (select) {
            QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, cellCenter(view, 2, 3));
            QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, cellCenter(view, 2, 3));
            QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, cellCenter(view, 2, 3));
            QVERIFY(!view.selection().isEmpty());
            QTRY_COMPARE(shown(view), fresh(view));
        }
        // When the output scrolls or the user scrolls
        if (scroll != 0)
            view.scrollLines(scroll);
        view.feed(output);
        // Then what shows is what a full repaint draws
        QTRY_COMPARE(view.pendingBytes(), qsizetype(0));
        QTRY_COMPARE(shown(view), fresh(view));
        view.scrollLines(1);
        QTRY_COMPARE(shown(view), fresh(view));
    }

    void showcase()
    {
        // Colours, attributes, line drawing and a wide character, for the screenshot in
        // docs/screenshots (CHARON_SHOWCASE_SECONDS=n keeps the window up on a real display).
        TerminalView view;
        view.resize(900, 420);
        view.setWindowTitle(u"Charon console"_s);
        view.feed("\x1b[1;37mCharon-AXP\x1b[m console \x1b[36mOPA0\x1b[m on "
                  "\x1b[33mvms-prod\x1b[m\r\n\r\n");
        view.feed("\x1b(0lqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqk\x1b(B\r\n");
        view.feed("\x1b(0x\x1b(B \x1b[32mSYSTEM\x1b[m  \x1b[1;31mHALTED\x1b[m  "
                  "\x1b[4munderlined\x1b[m \x1b[3mitalic\x1b[m      \x1b(0x\x1b(B\r\n");
        view.feed("\x1b(0x\x1b(B \x1b[7m reverse \x1b[m \x1b[9mstruck\x1b[m \x1b[1mbold\x1b[m "
                  "\x1b[5mblink\x1b[m  \xe4\xb8\xad\xe6\x96\x87      \x1b(0x\x1b(B\r\n");
        view.feed("\x1b(0mqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqj\x1b(B\r\n\r\n");
        for (int i = 0; i < 16; ++i)
            view.feed(u"\x1b[48;5;%1m  "_s.arg(i).toUtf8());
        view.feed("\x1b[m\r\n");
        for (int i = 16; i < 232; i += 6)
            view.feed(u"\x1b[48;5;%1m "_s.arg(i).toUtf8());
        view.feed("\x1b[m\r\n");
        for (int i = 0; i < 72; ++i)
            view.feed(u"\x1b[48;2;%1;%2;200m "_s.arg(i * 3).arg(255 - i * 3).toUtf8());
        view.feed("\x1b[m\r\n\r\n$ SHOW SYSTEM\r\nOpenVMS V8.4-2L1 on node VMSPRD 25-NOV-2026 "
                  "02:54\r\n$ ");
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.activateWindow();
        view.setFocus();
        QTest::qWait(100); // for the eye on a real display only: no check below depends on it
        const int seconds = qEnvironmentVariableIntValue("CHARON_SHOWCASE_SECONDS");
        if (seconds > 0)
            QTest::qWait(seconds * 1000);
        QCOMPARE(view.engine()->cell(view.engine()->screenTop() + 2, 0).ch, U'\u250C');
    }
};

CHARON_TEST_MAIN(TestTerminalView)
#include "tst_terminalview.moc"
