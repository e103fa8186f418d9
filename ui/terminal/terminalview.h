// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The view stage of a console: a scrollable terminal widget over a terminal::TerminalEngine. Guest
// bytes come in through feed() (time-sliced, so a flood never blocks the GUI for long); typed keys,
// pastes and the terminal's answers go out through sendBytes(). Repaints are coalesced to one
// frame per interval (16 ms by default, longer during a flood) and cover only damaged cells;
// scrolled text is moved with QWidget::scroll (a copy on the X server), only the new rows are
// painted, which keeps it usable over X11 forwarding. Scrollback through the scroll bar, the wheel
// and Shift+PgUp/PgDn; selection by mouse (double click: word, triple: line) to the X11 primary
// selection; Ctrl+Shift+C/V copy and paste; Ctrl+plus/minus/0 zoom; Ctrl+Shift+F find; a context
// menu. No keyboard trap: Ctrl+Tab / Ctrl+Shift+Tab and Ctrl+(Shift+)PgDn/PgUp ask for the
// next or previous console, Ctrl+Shift+W to close it, Ctrl+Shift+L to give the focus back to
// the window (Konsole / GNOME Terminal conventions); every other key, Ctrl+C, Tab, F-keys and
// Alt+letters included, goes to the guest. While no session is up (setTabNavigation) Tab moves
// the focus as in any other widget. It knows nothing about telnet: the console tab connects
// sendBytes() and terminalSizeChanged() to a TelnetSession and decides what breakRequested() does.
// When the guest switches to 132 (or 80) columns (DECCOLM) the width is the guest's, not the
// window's: the grid is narrowed to fit (WideFit::ShrinkFont, the glyphs drawn condensed) or
// scrolls sideways (WideFit::Scroll); the row count still follows the window. 80 columns set
// by the guest last until the user resizes the window. Blinking text blinks on a timer that
// runs only while the view has focus, is visible and shows blinking cells.

#include "core/terminal/terminalengine.h"
#include "core/terminal/terminalscreenwindow.h"
#include "core/terminal/terminalselection.h"
#include "ui/terminal/terminalmouseselector.h"
#include "ui/terminal/terminalrenderer.h"

#include <QAbstractScrollArea>
#include <QTimer>

namespace charon::terminal {
class TerminalFeeder;
} // namespace charon::terminal

namespace charon::ui {

class TerminalBellFlash;
class TerminalFindBar;

class TerminalView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class WideFit : quint8 { ShrinkFont, Scroll };
    Q_ENUM(WideFit)

    explicit TerminalView(QWidget *parent = nullptr);

    terminal::TerminalEngine *engine() const { return m_engine; }
    int columns() const { return m_engine->columns(); }
    int rows() const { return m_engine->rows(); }
    QSize cellSize() const { return m_renderer.cellSize(); }

    // The base font (fixed pitch); zoom steps change its size by one point each.
    void setTerminalFont(const QFont &font);
    QFont terminalFont() const { return m_renderer.font(); }
    int zoomSteps() const { return m_zoom; }
    void setColorScheme(const TerminalPalette &palette);
    void setScrollbackLines(int lines) { m_engine->setScrollbackCapacity(lines); }
    void setFrameInterval(int milliseconds) { m_frameMs = milliseconds; }
    void setWideFit(WideFit fit);
    WideFit wideFit() const { return m_wideFit; }
    // The guest's column count while it sets one (DECCOLM), 0 while the window decides.
    int fixedColumns() const { return m_fixedColumns; }
    // Horizontal scale of the grid (1 unless narrowed to fit) and horizontal scroll offset.
    qreal horizontalScale() const { return m_xScale; }
    int horizontalOffset() const { return m_xOffset; }
    bool isBlinkTimerActive() const { return m_blinkTimer.isActive(); }
    bool isBlinkHidden() const { return m_blinkHidden; }
    static constexpr int kBlinkMs = 500;
    // While a flood is still being fed, frames come at most this often ("jump scroll"): nobody
    // reads 60 frames a second of scrolling text, and painting them would halve throughput.
    static constexpr int kBusyFrameMs = 50;

    QString selectedText() const { return m_selection.text(*m_engine); }
    const terminal::TerminalSelection &selection() const { return m_selection; }
    // Highlights the next hit (older when backwards) as the selection and scrolls to it.
    bool find(const QString &text, bool backwards = true);
    qint64 topLine() const { return m_window.topLine(); } // the engine line in the first row
    // Guest bytes fed but not yet through the engine (a flood is processed in time slices).
    qsizetype pendingBytes() const;
    bool isFollowingOutput() const { return m_window.isFollowing(); }
    // Tab and Shift+Tab move the focus instead of reaching the guest (nothing to type into).
    void setTabNavigation(bool on) { m_tabNavigation = on; }
    bool tabNavigation() const { return m_tabNavigation; }
    // The text of the rows on screen (as scrolled), one line each, trailing blanks trimmed;
    // what screen readers read (TerminalAccessible).
    QString visibleText() const;
    // Where the cursor is in visibleText(), -1 while it is scrolled out of view.
    int cursorOffset() const;
    // New output is told to screen readers (a QAccessibleTextInsertEvent with the lines written
    // since the last one, the last screenful at most) at most this often; Qt drops it at once
    // when no assistive tool listens.
    static constexpr int kAnnounceMs = 700;
    void setAnnounceInterval(int milliseconds) { m_announceTimer.setInterval(milliseconds); }
    // Tells the text written since the last announcement now (tests; the timer's work).
    void announceOutput();

public Q_SLOTS:
    void feed(const QByteArray &bytes);
    void copy();
    void paste();
    void selectAll();
    void clearSelection();
    void clearScrollback();
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void showFindBar();
    void scrollToBottom();
    void scrollLines(int delta);

Q_SIGNALS:
    void sendBytes(const QByteArray &bytes);
    void terminalSizeChanged(int columns, int rows);
    // The bytes fed so far are (nearly) through: a source that paused may send more.
    void readyForMore();
    void titleChanged(const QString &title);
    void breakRequested();
    void bell();
    // The leaving keys: the console manager switches (+1 next, -1 previous), closes, or
    // hands the focus back to the window.
    void switchTabRequested(int step);
    void closeRequested();
    void leaveRequested();
    // New output was told to screen readers (as a QAccessibleTextInsertEvent).
    void outputAnnounced(const QString &text);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool focusNextPrevChild(bool next) override;

private:
    void renderFrame();
    bool canMoveRows(const terminal::TerminalScreenWindow::Repaint &repaint) const;
    void syncScrollBar();
    void updateGrid();
    void applyFont();
    void setSelection(const terminal::TerminalSelection &selection);
    void updateLines(qint64 first, qint64 last);
    void onColumnMode(int columns);
    void updateHorizontal();
    void updateBlinkTimer();
    void blinkTick();
    QRect toViewport(const QRect &pixels) const; // grid pixels -> viewport pixels
    QPoint toGrid(const QPoint &viewportPos) const;
    TerminalMouseSelector::Geometry selectorGeometry() const { return { topLine(), cellSize() }; }
    void pasteText(const QString &text);

    terminal::TerminalEngine *m_engine;
    terminal::TerminalFeeder *m_feeder;
    TerminalRenderer m_renderer;
    terminal::TerminalSelection m_selection;
    terminal::TerminalScreenWindow m_window;
    TerminalFindBar *m_findBar;
    TerminalBellFlash *m_flash;
    QTimer m_frameTimer;
    QTimer m_blinkTimer;
    QTimer m_announceTimer;
    qint64 m_spokenLine = 0; // output is announced up to this engine line,
    QString m_spokenText; // which then read this
    QSize m_reportedSize; // columns x rows last told through terminalSizeChanged()
    QSize m_fixedAtViewport; // the viewport size when the guest set 80 columns
    WideFit m_wideFit = WideFit::ShrinkFont;
    int m_fixedColumns = 0;
    int m_xOffset = 0;
    qreal m_xScale = 1.0;
    bool m_blinkHidden = false;
    int m_frameMs = 16;
    TerminalMouseSelector m_mouse;
    QFont m_baseFont;
    int m_zoom = 0;
    bool m_tabNavigation = false;
};

} // namespace charon::ui
