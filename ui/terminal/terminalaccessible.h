// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What a screen reader sees of a TerminalView: a read-only multi-line text (role Terminal) over
// the rows on screen as scrolled, one line per row (TerminalView::visibleText()), with the
// caret where the terminal's cursor is, so "read current line" and line-by-line review work.
// Installed as a QAccessible factory by the view itself; new output is announced by the view
// (QAccessibleTextInsertEvent, rate-limited).

#include <QAccessibleWidget>

namespace charon::ui {

class TerminalView;

class TerminalAccessible : public QAccessibleWidget, public QAccessibleTextInterface
{
public:
    explicit TerminalAccessible(TerminalView *view);

    // For QAccessible::installFactory: an interface for TerminalView objects, else none.
    static QAccessibleInterface *create(const QString &className, QObject *object);

    void *interface_cast(QAccessible::InterfaceType type) override;
    QAccessible::State state() const override;

    // QAccessibleTextInterface
    void selection(int selectionIndex, int *startOffset, int *endOffset) const override;
    int selectionCount() const override;
    void addSelection(int startOffset, int endOffset) override;
    void removeSelection(int selectionIndex) override;
    void setSelection(int selectionIndex, int startOffset, int endOffset) override;
    int cursorPosition() const override;
    void setCursorPosition(int position) override;
    QString text(int startOffset, int endOffset) const override;
    using QAccessibleWidget::text;
    int characterCount() const override;
    QRect characterRect(int offset) const override;
    int offsetAtPoint(const QPoint &point) const override;
    void scrollToSubstring(int startIndex, int endIndex) override;
    QString attributes(int offset, int *startOffset, int *endOffset) const override;

private:
    TerminalView *view() const;
};

} // namespace charon::ui
