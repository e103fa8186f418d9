// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/terminal/terminalview.h"

#include "core/terminal/terminalfeeder.h"
#include "core/terminal/terminalfinder.h"
#include "ui/terminal/terminalaccessible.h"
#include "ui/terminal/terminalbellflash.h"
#include "ui/terminal/terminalcontextmenu.h"
#include "ui/terminal/terminalfindbar.h"
#include "ui/terminal/terminalkeymapper.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

namespace charon::ui {

TerminalView::TerminalView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_engine(new terminal::TerminalEngine(24, 80, this))
    , m_feeder(new terminal::TerminalFeeder(m_engine, this))
    , m_findBar(new TerminalFindBar(viewport()))
    , m_flash(new TerminalBellFlash(viewport()))
{
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent); // every pixel is ours: no erase first
    viewport()->setCursor(Qt::IBeamCursor);
    setAttribute(Qt::WA_InputMethodEnabled);
    static const bool accessible = [] {
        QAccessible::installFactory(&TerminalAccessible::create);
        return true;
    }();
    Q_UNUSED(accessible);
    m_announceTimer.setSingleShot(true);
    m_announceTimer.setInterval(kAnnounceMs);
    connect(&m_announceTimer, &QTimer::timeout, this, &TerminalView::announceOutput);
    m_frameTimer.setSingleShot(true);
    connect(&m_frameTimer, &QTimer::timeout, this, &TerminalView::renderFrame);
    m_blinkTimer.setInterval(kBlinkMs);
    connect(&m_blinkTimer, &QTimer::timeout, this, &TerminalView::blinkTick);
    m_reportedSize = QSize(m_engine->columns(), m_engine->rows());
    connect(
        m_engine, &terminal::TerminalEngine::columnModeChanged, this, &TerminalView::onColumnMode);
    connect(m_engine, &terminal::TerminalEngine::contentChanged, this, [this] {
        if (!m_announceTimer.isActive()) // cheap when no assistive tool listens
            m_announceTimer.start();
        if (!m_frameTimer.isActive())
            m_frameTimer.start(
                m_feeder->pendingBytes() > 0 ? std::max(m_frameMs, kBusyFrameMs) : m_frameMs);
    });
    connect(m_engine, &terminal::TerminalEngine::output, this, &TerminalView::sendBytes);
    connect(m_feeder, &terminal::TerminalFeeder::readyForMore, this, &TerminalView::readyForMore);
    connect(m_engine, &terminal::TerminalEngine::titleChanged, this, &TerminalView::titleChanged);
    connect(m_engine, &terminal::TerminalEngine::bell, this, &TerminalView::bell);
    connect(m_engine, &terminal::TerminalEngine::bell, m_flash, &TerminalBellFlash::trigger);
    connect(m_findBar, &TerminalFindBar::findRequested, this,
        [this](
            const QString &text, bool backwards) { m_findBar->setFound(find(text, backwards)); });
    connect(m_findBar, &TerminalFindBar::closed, this, [this] { setFocus(); });
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSize(std::max(font.pointSize(), 10));
    setTerminalFont(font);
    setViewportMargins(4, 2, 0, 0); // text off the frame; the strip takes the terminal colour
    setAutoFillBackground(true);
    setColorScheme(m_renderer.palette());
}

void TerminalView::setTerminalFont(const QFont &font)
{
    m_baseFont = font;
    applyFont();
}

void TerminalView::applyFont()
{
    QFont font = m_baseFont;
    const qreal base = m_baseFont.pointSizeF() > 0 ? m_baseFont.pointSizeF() : 10.0;
    font.setPointSizeF(std::max<qreal>(4.0, base + m_zoom));
    m_renderer.setFont(font);
    updateGrid();
    viewport()->update();
}

void TerminalView::setColorScheme(const TerminalPalette &palette)
{
    m_renderer.setPalette(palette);
    QPalette colors = this->palette();
    colors.setColor(QPalette::Window, palette.defaultBackground());
    setPalette(colors);
    viewport()->update();
}

void TerminalView::zoomIn()
{
    ++m_zoom;
    applyFont();
}

void TerminalView::zoomOut()
{
    if (m_baseFont.pointSizeF() + m_zoom - 1 >= 4.0)
        --m_zoom;
    applyFont();
}

void TerminalView::resetZoom()
{
    m_zoom = 0;
    applyFont();
}

void TerminalView::feed(const QByteArray &bytes)
{
    m_feeder->feed(bytes);
}

qsizetype TerminalView::pendingBytes() const
{
    return m_feeder->pendingBytes();
}

void TerminalView::syncScrollBar()
{
    m_window.clamp(*m_engine);
    const QSignalBlocker blocker(verticalScrollBar()); // not a user scroll
    verticalScrollBar()->setRange(0, m_engine->scrollbackSize());
    verticalScrollBar()->setPageStep(m_engine->rows());
    verticalScrollBar()->setValue(int(m_window.topLine() - m_engine->firstLine()));
}

void TerminalView::renderFrame()
{
    syncScrollBar();
    terminal::TerminalScreenWindow::Repaint repaint = m_window.takeRepaint(*m_engine);
    const QSize cell = m_renderer.cellSize();
    if (repaint.scrollLines != 0 && !canMoveRows(repaint)) {
        repaint.cells = repaint.cells.united(QRect(
            0, repaint.scrollTop, m_engine->columns(), repaint.scrollBottom - repaint.scrollTop));
        repaint.scrollLines = 0;
    }
    if (repaint.scrollLines != 0) {
        // Moved on the X server (a CopyArea of the backing store), not sent again as pixels:
        // over `ssh -X` a scrolled line costs its new row only.
        const int height = cell.height();
        const QRect rows(0, repaint.scrollTop * height, viewport()->width(),
            (repaint.scrollBottom - repaint.scrollTop) * height);
        viewport()->scroll(0, -repaint.scrollLines * height, rows);
        if (m_findBar->isVisible() && m_findBar->geometry().intersects(rows))
            viewport()->update(m_findBar->geometry()); // it stays where it is
    }
    if (!repaint.cells.isEmpty()) {
        const QRect &cells = repaint.cells;
        viewport()->update(toViewport(QRect(cells.x() * cell.width(), cells.y() * cell.height(),
            cells.width() * cell.width(), cells.height() * cell.height())));
    }
    updateBlinkTimer();
}

bool TerminalView::canMoveRows(const terminal::TerminalScreenWindow::Repaint &repaint) const
{
    // What is painted on top of the rows, or depends on the row and not on the line in it,
    // cannot move with them: the bell's frame, blinking text (its phase goes by row), and a
    // selection when the lines move other than with their numbers (rows kept in place while
    // their line numbers changed, or a move on a screen whose lines keep their numbers).
    if (m_flash->isActive())
        return false;
    const auto &blink = m_renderer.blinkRows();
    if (std::find(blink.begin(), blink.end(), 1) != blink.end())
        return false;
    const bool withNumbers = repaint.scrollTop == 0 && repaint.scrollBottom == rows()
        && repaint.scrollLines == repaint.topLineShift;
    if (withNumbers || m_selection.isEmpty())
        return true;
    const qint64 top = topLine() - std::max<qint64>(0, repaint.topLineShift);
    const qint64 bottom = topLine() + rows() + std::max<qint64>(0, -repaint.topLineShift);
    return m_selection.end().line < top || m_selection.begin().line > bottom;
}

QRect TerminalView::toViewport(const QRect &pixels) const
{
    if (m_xScale == 1.0 && m_xOffset == 0)
        return pixels;
    const int left = int(std::floor(pixels.left() * m_xScale)) - m_xOffset;
    const int right = int(std::ceil((pixels.right() + 1) * m_xScale)) - m_xOffset;
    return QRect(left, pixels.top(), right - left + 1, pixels.height());
}

QPoint TerminalView::toGrid(const QPoint &viewportPos) const
{
    return QPoint(int((viewportPos.x() + m_xOffset) / m_xScale), viewportPos.y());
}

void TerminalView::setWideFit(WideFit fit)
{
    if (fit == m_wideFit)
        return;
    m_wideFit = fit;
    updateGrid();
    viewport()->update();
}

void TerminalView::onColumnMode(int columns)
{
    m_fixedColumns = columns;
    m_fixedAtViewport = viewport()->size();
    updateGrid();
    viewport()->update();
}

void TerminalView::updateHorizontal()
{
    const int gridWidth = m_engine->columns() * m_renderer.cellSize().width();
    const int width = std::max(1, viewport()->width());
    QScrollBar *bar = horizontalScrollBar();
    const QSignalBlocker blocker(bar);
    if (m_fixedColumns > 0 && gridWidth > width && m_wideFit == WideFit::ShrinkFont) {
        m_xScale = qreal(width) / gridWidth;
        bar->setRange(0, 0);
    } else if (m_fixedColumns > 0 && gridWidth > width) {
        m_xScale = 1.0;
        bar->setRange(0, gridWidth - width);
        bar->setPageStep(width);
        bar->setSingleStep(m_renderer.cellSize().width());
    } else {
        m_xScale = 1.0;
        bar->setRange(0, 0);
    }
    m_xOffset = bar->value();
}

void TerminalView::updateBlinkTimer()
{
    // Only while someone can see it: focused, visible, and blinking text on the screen.
    const auto &rows = m_renderer.blinkRows();
    const bool any = std::find(rows.begin(), rows.end(), 1) != rows.end();
    const bool run = any && hasFocus() && isVisible() && !window()->isMinimized();
    if (run && !m_blinkTimer.isActive()) {
        m_blinkTimer.start();
    } else if (!run && m_blinkTimer.isActive()) {
        m_blinkTimer.stop();
    }
    if (!run && m_blinkHidden) { // left in the off phase: show the text steady again
        m_blinkHidden = false;
        blinkTick();
        m_blinkHidden = false;
    }
}

void TerminalView::blinkTick()
{
    if (m_blinkTimer.isActive())
        m_blinkHidden = !m_blinkHidden;
    const auto &rows = m_renderer.blinkRows();
    const int height = cellSize().height();
    for (size_t row = 0; row < rows.size(); ++row) {
        if (rows[row])
            viewport()->update(0, int(row) * height, viewport()->width(), height);
    }
}

void TerminalView::scrollContentsBy(int dx, int)
{
    if (dx != 0) {
        m_xOffset = horizontalScrollBar()->value();
        viewport()->update();
        return;
    }
    m_window.scrollTo(m_engine->firstLine() + verticalScrollBar()->value(), *m_engine);
    renderFrame();
}

void TerminalView::scrollLines(int delta)
{
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + delta);
}

void TerminalView::scrollToBottom()
{
    if (!m_window.isFollowing()) {
        m_window.follow(*m_engine);
        renderFrame();
    }
}

void TerminalView::updateGrid()
{
    const QSize cell = m_renderer.cellSize();
    const int columns
        = m_fixedColumns > 0 ? m_fixedColumns : std::max(2, viewport()->width() / cell.width());
    const int rows = std::max(1, viewport()->height() / cell.height());
    // A hidden view has no real size yet: libvterm would cut every line to it for good.
    if (isVisible() && (columns != m_engine->columns() || rows != m_engine->rows())) {
        m_engine->resize(rows, columns);
        syncScrollBar();
    }
    // The engine may have changed width by itself (DECCOLM): the peer hears of it all the same.
    const QSize size(m_engine->columns(), m_engine->rows());
    if (isVisible() && size != m_reportedSize) {
        m_reportedSize = size;
        Q_EMIT terminalSizeChanged(size.width(), size.height());
    }
    updateHorizontal();
    const QSize bar = m_findBar->sizeHint();
    m_findBar->setGeometry(
        std::max(0, viewport()->width() - bar.width() - 8), 4, bar.width(), bar.height());
}

void TerminalView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    // 80 columns set by the guest hold until the user resizes the window (132 hold until the
    // guest switches back: the program on the other side is drawing for that width).
    if (m_fixedColumns == 80 && viewport()->size() != m_fixedAtViewport)
        m_fixedColumns = 0;
    updateGrid();
}

void TerminalView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QRect area = event->rect();
    const QSize cell = m_renderer.cellSize();
    const QRect grid = toViewport(
        QRect(0, 0, m_engine->columns() * cell.width(), m_engine->rows() * cell.height()));
    const QRegion margin = QRegion(area).subtracted(grid);
    // The strip right of and below the cell grid; on a reversed screen (DECSCNM) it follows.
    const QColor strip = m_engine->isReverseVideo() ? m_renderer.palette().defaultForeground()
                                                    : m_renderer.palette().defaultBackground();
    for (const QRect &r : margin)
        painter.fillRect(r, strip);
    // Cells to paint, in grid coordinates (the grid may be narrowed or scrolled sideways).
    const int left = int(std::floor((area.left() + m_xOffset) / m_xScale));
    const int right = int(std::ceil((area.right() + 1 + m_xOffset) / m_xScale));
    painter.translate(-m_xOffset, 0);
    painter.scale(m_xScale, 1.0);
    TerminalRenderer::Frame frame;
    frame.topLine = topLine();
    frame.firstRow = area.top() / cell.height();
    frame.lastRow = area.bottom() / cell.height();
    frame.firstColumn = left / cell.width();
    frame.lastColumn = right / cell.width();
    frame.selection = &m_selection;
    frame.focused = hasFocus();
    frame.blinkHidden = m_blinkHidden;
    m_renderer.paint(painter, *m_engine, frame);
    painter.resetTransform();
    m_flash->paint(painter, m_renderer.palette().defaultForeground());
    updateBlinkTimer(); // the rows with blinking text are known once painted
}

bool TerminalView::event(QEvent *event)
{
    // Ctrl/Alt combinations are for the guest, not for window shortcuts.
    if (event->type() == QEvent::ShortcutOverride
        && !TerminalKeyMapper::belongsToWindow(*static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QAbstractScrollArea::event(event);
}

bool TerminalView::focusNextPrevChild(bool next)
{
    // Tab belongs to the guest while a session is up; Ctrl+Shift+L and Ctrl+Tab leave.
    return m_tabNavigation && QAbstractScrollArea::focusNextPrevChild(next);
}

void TerminalView::keyPressEvent(QKeyEvent *event)
{
    using S = TerminalKeyMapper::Shortcut;
    const int page = std::max(1, rows() - 1);
    const std::pair<S, std::function<void()>> shortcuts[] = {
        { S::Copy, [this] { copy(); } },
        { S::Paste, [this] { paste(); } },
        { S::PasteSelection,
            [this] { pasteText(QGuiApplication::clipboard()->text(QClipboard::Selection)); } },
        { S::Find, [this] { showFindBar(); } },
        { S::ZoomIn, [this] { zoomIn(); } },
        { S::ZoomOut, [this] { zoomOut(); } },
        { S::ResetZoom, [this] { resetZoom(); } },
        { S::PageUp, [this, page] { scrollLines(-page); } },
        { S::PageDown, [this, page] { scrollLines(page); } },
        { S::NextTab, [this] { Q_EMIT switchTabRequested(1); } },
        { S::PreviousTab, [this] { Q_EMIT switchTabRequested(-1); } },
        { S::CloseTab, [this] { Q_EMIT closeRequested(); } },
        { S::LeaveTerminal, [this] { Q_EMIT leaveRequested(); } },
    };
    const S shortcut = TerminalKeyMapper::shortcut(*event);
    for (const auto &[key, run] : shortcuts) {
        if (key == shortcut) {
            run();
            return;
        }
    }
    const TerminalKeyMapper::Action action = TerminalKeyMapper::map(*event);
    if (action.kind == TerminalKeyMapper::Action::Kind::None) {
        event->ignore();
        return;
    }
    const QByteArray bytes = TerminalKeyMapper::apply(action, *m_engine);
    if (!bytes.isEmpty())
        Q_EMIT sendBytes(bytes);
    scrollToBottom();
}

QString TerminalView::visibleText() const
{
    QStringList lines;
    lines.reserve(rows());
    for (int row = 0; row < rows(); ++row)
        lines << m_engine->lineText(topLine() + row);
    return lines.join(QLatin1Char('\n'));
}

int TerminalView::cursorOffset() const
{
    const qint64 line = m_engine->screenTop() + m_engine->cursor().y();
    if (line < topLine() || line >= topLine() + rows())
        return -1;
    int offset = 0;
    for (qint64 row = topLine(); row < line; ++row)
        offset += int(m_engine->lineText(row).size()) + 1;
    // Past the trimmed end of its line the cursor stands at that end.
    const QString before = m_engine->lineText(line, 0, m_engine->cursor().x(), false);
    return offset + int(std::min(before.size(), m_engine->lineText(line).size()));
}

void TerminalView::announceOutput()
{
    m_announceTimer.stop();
    const qint64 cursorLine = m_engine->screenTop() + m_engine->cursor().y();
    // The screen was cleared or redrawn above (a full-screen program): only the cursor's line.
    if (m_spokenLine < m_engine->firstLine() || m_spokenLine > cursorLine) {
        m_spokenLine = cursorLine;
        m_spokenText.clear();
    }
    if (cursorLine - m_spokenLine >= rows()) { // a flood: its last screen is what matters
        m_spokenLine = cursorLine - rows() + 1;
        m_spokenText.clear();
    }
    QStringList lines;
    for (qint64 line = m_spokenLine; line <= cursorLine; ++line) {
        QString text = m_engine->lineText(line);
        if (line == m_spokenLine && !m_spokenText.isEmpty() && text.startsWith(m_spokenText))
            text = text.mid(m_spokenText.size()); // the rest of a line told in part
        lines << text;
    }
    m_spokenLine = cursorLine;
    m_spokenText = m_engine->lineText(cursorLine);
    const QString news = lines.join(QLatin1Char('\n')).trimmed();
    if (news.isEmpty())
        return;
    QAccessibleTextInsertEvent event(this, std::max(0, cursorOffset() - int(news.size())), news);
    QAccessible::updateAccessibility(&event);
    Q_EMIT outputAnnounced(news);
}

void TerminalView::inputMethodEvent(QInputMethodEvent *event)
{
    // Composed text (dead keys, compose sequences, input methods) arrives here, not as keys.
    if (!event->commitString().isEmpty()) {
        Q_EMIT sendBytes(event->commitString().toUtf8());
        scrollToBottom();
    }
    event->accept();
}

void TerminalView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    m_engine->setFocused(true);
    updateBlinkTimer();
}

void TerminalView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    m_engine->setFocused(false);
    updateBlinkTimer();
}

void TerminalView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    updateBlinkTimer();
}

void TerminalView::hideEvent(QHideEvent *event)
{
    QAbstractScrollArea::hideEvent(event);
    updateBlinkTimer(); // a minimized window gets one too
}

void TerminalView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        QClipboard *clipboard = QGuiApplication::clipboard();
        pasteText(clipboard->text(
            clipboard->supportsSelection() ? QClipboard::Selection : QClipboard::Clipboard));
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    terminal::TerminalSelection selection = m_selection;
    m_mouse.press(toGrid(event->position().toPoint()), selectorGeometry(), *m_engine, selection);
    setSelection(selection);
}

void TerminalView::mouseDoubleClickEvent(QMouseEvent *event)
{
    mousePressEvent(event); // the selector counts clicks itself
}

void TerminalView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_mouse.isSelecting())
        return;
    const QPoint pos = event->position().toPoint();
    if (pos.y() < 0)
        scrollLines(-1); // dragging past an edge scrolls, one line per move
    else if (pos.y() >= viewport()->height())
        scrollLines(1);
    terminal::TerminalSelection selection = m_selection;
    m_mouse.move(toGrid(pos), selectorGeometry(), *m_engine, selection);
    setSelection(selection);
}

void TerminalView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_mouse.release(m_selection))
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (clipboard->supportsSelection()) // X11 primary selection: select to copy
        clipboard->setText(selectedText(), QClipboard::Selection);
}

void TerminalView::setSelection(const terminal::TerminalSelection &selection)
{
    const terminal::TerminalSelection old = m_selection;
    m_selection = selection;
    if (!old.isEmpty())
        updateLines(old.begin().line, old.end().line);
    if (!selection.isEmpty())
        updateLines(selection.begin().line, selection.end().line);
}

void TerminalView::updateLines(qint64 first, qint64 last)
{
    const int height = cellSize().height();
    const qint64 from = std::max<qint64>(first - topLine(), 0);
    const qint64 to = std::min<qint64>(last - topLine(), m_engine->rows() - 1);
    if (from <= to)
        viewport()->update(0, int(from) * height, viewport()->width(), int(to - from + 1) * height);
}

void TerminalView::copy()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text, QClipboard::Clipboard);
}

void TerminalView::paste()
{
    pasteText(QGuiApplication::clipboard()->text(QClipboard::Clipboard));
}

void TerminalView::pasteText(const QString &text)
{
    if (text.isEmpty())
        return;
    m_engine->paste(text);
    scrollToBottom();
}

void TerminalView::selectAll()
{
    terminal::TerminalSelection all;
    all.selectAll(*m_engine);
    setSelection(all);
}

void TerminalView::clearSelection()
{
    setSelection({});
}

void TerminalView::clearScrollback()
{
    clearSelection();
    m_engine->clearScrollback();
    syncScrollBar();
    viewport()->update();
}

void TerminalView::showFindBar()
{
    if (m_findBar->text().isEmpty() && !m_selection.isEmpty())
        m_findBar->setText(selectedText().section(QLatin1Char('\n'), 0, 0));
    updateGrid();
    m_findBar->activate();
}

bool TerminalView::find(const QString &text, bool backwards)
{
    terminal::TerminalPosition from = backwards
        ? terminal::TerminalPosition { m_engine->endLine() - 1, columns() }
        : terminal::TerminalPosition { topLine(), -1 };
    if (!m_selection.isEmpty())
        from = m_selection.begin();
    const auto match = terminal::TerminalFinder::find(*m_engine, text, from, backwards);
    if (!match)
        return false;
    terminal::TerminalSelection hit;
    hit.setRange(match->begin, match->end);
    setSelection(hit);
    const qint64 line = match->begin.line;
    if (line < topLine() || line >= topLine() + rows()) {
        m_window.scrollTo(line - rows() / 2, *m_engine);
        renderFrame();
    }
    return true;
}

void TerminalView::contextMenuEvent(QContextMenuEvent *event)
{
    const std::unique_ptr<QMenu> menu(TerminalContextMenu::create(this, nullptr));
    menu->exec(event->globalPos());
}

} // namespace charon::ui
