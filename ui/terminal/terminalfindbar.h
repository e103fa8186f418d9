// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The small find bar a terminal view shows over its top-right corner (Ctrl+Shift+F or the
// context menu): a text field and up/down buttons. Enter searches upwards (older output, what
// one looks for in a console), Shift+Enter downwards; Escape closes it. It only asks; the
// view searches, highlights and scrolls, and tells the bar whether anything was found.

#include <QFrame>

class QLineEdit;

namespace charon::ui {

class TerminalFindBar : public QFrame
{
    Q_OBJECT

public:
    explicit TerminalFindBar(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void activate(); // show, select the text, take focus
    void setFound(bool found);

Q_SIGNALS:
    void findRequested(const QString &text, bool backwards);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLineEdit *m_edit;
};

} // namespace charon::ui
