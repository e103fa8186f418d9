// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/terminal/terminalaccessible.h"

#include "ui/terminal/terminalview.h"

#include <QScrollBar>

#include <algorithm>

namespace charon::ui {

TerminalAccessible::TerminalAccessible(TerminalView *view)
    : QAccessibleWidget(view, QAccessible::Terminal)
{ }

QAccessibleInterface *TerminalAccessible::create(const QString &className, QObject *object)
{
    if (className == QLatin1String(TerminalView::staticMetaObject.className())) {
        if (auto *view = qobject_cast<TerminalView *>(object))
            return new TerminalAccessible(view);
    }
    return nullptr;
}

TerminalView *TerminalAccessible::view() const
{
    return static_cast<TerminalView *>(widget());
}

void *TerminalAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TextInterface)
        return static_cast<QAccessibleTextInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QAccessible::State TerminalAccessible::state() const
{
    QAccessible::State state = QAccessibleWidget::state();
    state.multiLine = true;
    state.readOnly = true; // what is typed goes to the guest, the text is the guest's answer
    state.selectableText = true;
    return state;
}

void TerminalAccessible::selection(int, int *startOffset, int *endOffset) const
{
    *startOffset = 0;
    *endOffset = 0;
}

int TerminalAccessible::selectionCount() const
{
    return 0;
}

void TerminalAccessible::addSelection(int, int)
{ }

void TerminalAccessible::removeSelection(int)
{ }

void TerminalAccessible::setSelection(int, int, int)
{ }

int TerminalAccessible::cursorPosition() const
{
    return std::max(0, view()->cursorOffset());
}

void TerminalAccessible::setCursorPosition(int)
{ } // the guest owns the cursor

QString TerminalAccessible::text(int startOffset, int endOffset) const
{
    const QString all = view()->visibleText();
    const int from = std::clamp(startOffset, 0, int(all.size()));
    const int to = endOffset < 0 ? int(all.size()) : std::clamp(endOffset, from, int(all.size()));
    return all.mid(from, to - from);
}

int TerminalAccessible::characterCount() const
{
    return int(view()->visibleText().size());
}

QRect TerminalAccessible::characterRect(int offset) const
{
    const QString all = view()->visibleText();
    const int at = std::clamp(offset, 0, int(all.size()));
    const int row = int(all.left(at).count(QLatin1Char('\n')));
    const int column = at - int(all.lastIndexOf(QLatin1Char('\n'), at - 1)) - 1;
    const QSize cell = view()->cellSize();
    const QRect local(column * cell.width(), row * cell.height(), cell.width(), cell.height());
    return QRect(view()->viewport()->mapToGlobal(local.topLeft()), local.size());
}

int TerminalAccessible::offsetAtPoint(const QPoint &point) const
{
    const QPoint local = view()->viewport()->mapFromGlobal(point);
    const QSize cell = view()->cellSize();
    if (local.x() < 0 || local.y() < 0 || cell.isEmpty())
        return -1;
    const int row = local.y() / cell.height();
    const int column = local.x() / cell.width();
    const QStringList lines = view()->visibleText().split(QLatin1Char('\n'));
    if (row >= lines.size())
        return -1;
    int offset = 0;
    for (int i = 0; i < row; ++i)
        offset += int(lines[i].size()) + 1;
    return offset + std::min(column, int(lines[row].size()));
}

void TerminalAccessible::scrollToSubstring(int, int)
{ } // the text is the screen as shown

QString TerminalAccessible::attributes(int offset, int *startOffset, int *endOffset) const
{
    *startOffset = offset;
    *endOffset = offset;
    return {};
}

} // namespace charon::ui
