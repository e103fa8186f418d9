// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/editor/codeedit.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace charon::ui {

namespace {

class Margin : public QWidget
{
public:
    explicit Margin(CodeEdit *edit)
        : QWidget(edit)
        , m_edit(edit)
    { }
    QSize sizeHint() const override { return { m_edit->marginWidth(), 0 }; }

protected:
    void paintEvent(QPaintEvent *event) override { m_edit->paintMargin(event); }

private:
    CodeEdit *m_edit;
};

const QColor kError(0xd0, 0x21, 0x21);
const QColor kWarning(0xd9, 0x8e, 0x04);

} // namespace

CodeEdit::CodeEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_margin(new Margin(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(true); // the dialog stays usable with a keyboard
    connect(this, &QPlainTextEdit::blockCountChanged, this,
        [this] { setViewportMargins(marginWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_margin->scroll(0, dy);
        else
            m_margin->update(0, rect.y(), m_margin->width(), rect.height());
    });
    setViewportMargins(marginWidth(), 0, 0, 0);
}

int CodeEdit::marginWidth() const
{
    int digits = 1;
    for (int n = std::max(1, blockCount()); n >= 10; n /= 10)
        ++digits;
    return 14 + fontMetrics().horizontalAdvance(u'9') * std::max(digits, 3);
}

void CodeEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_margin->setGeometry(QRect(r.left(), r.top(), marginWidth(), r.height()));
}

void CodeEdit::paintMargin(QPaintEvent *event)
{
    QPainter painter(m_margin);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int height = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible()) {
            const int line = block.blockNumber() + 1;
            if (const auto mark = m_marks.constFind(line); mark != m_marks.cend()) {
                painter.setBrush(mark->error ? kError : kWarning);
                painter.setPen(Qt::NoPen);
                painter.drawEllipse(QRect(3, top + height / 2 - 4, 8, 8));
            }
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(
                0, top, m_margin->width() - 4, height, Qt::AlignRight, QString::number(line));
        }
        block = block.next();
        top += qRound(blockBoundingRect(block).height());
        if (!block.isValid())
            break;
    }
}

void CodeEdit::setMarks(const QHash<int, Mark> &marks)
{
    m_marks = marks;
    updateSelections();
    m_margin->update();
}

void CodeEdit::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it) {
        const QTextBlock block = document()->findBlockByNumber(it.key() - 1);
        if (!block.isValid() || it.key() < 1)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(it->error ? kError : kWarning);
        selection.format.setToolTip(it->message);
        selections.append(selection);
    }
    setExtraSelections(selections);
}

void CodeEdit::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    setTextCursor(QTextCursor(block));
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

int CodeEdit::currentLine() const
{
    return textCursor().blockNumber() + 1;
}

bool CodeEdit::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int line = cursorForPosition(help->pos()).blockNumber() + 1;
        if (const auto mark = m_marks.constFind(line); mark != m_marks.cend()) {
            QToolTip::showText(help->globalPos(), mark->message, this);
            return true;
        }
        QToolTip::hideText();
    }
    return QPlainTextEdit::viewportEvent(event);
}

} // namespace charon::ui
