// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The text area of the editors: a QPlainTextEdit with line numbers in a margin, and problems
// marked on their lines (a red or amber wavy underline, a mark in the margin, the message as
// the line's tooltip). goToLine() moves the cursor there.

#include <QHash>
#include <QPlainTextEdit>

namespace charon::ui {

class CodeEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    struct Mark
    {
        QString message;
        bool error = false; // red; otherwise amber
    };

    explicit CodeEdit(QWidget *parent = nullptr);
    // 1-based line -> its problem(s); replaces the previous marks.
    void setMarks(const QHash<int, Mark> &marks);
    QHash<int, Mark> marks() const { return m_marks; }
    void goToLine(int line);
    int currentLine() const;

    int marginWidth() const;
    void paintMargin(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void updateSelections();
    QWidget *m_margin;
    QHash<int, Mark> m_marks;
};

} // namespace charon::ui
