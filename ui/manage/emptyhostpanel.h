// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What the table area shows on a host without any guest: a sentence saying so, an
// "Add Guest…" button (the Add Guest wizard) and, for those who prefer the shell, the
// `charon-vm add` command line, selectable and with a Copy button.

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace charon::ui {

class EmptyHostPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyHostPanel(QWidget *parent = nullptr);

    // User-scope guests need `charon-vm --user add`.
    void setUserScope(bool user);
    QString commandLine() const;
    QLabel *message() const { return m_message; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *copyButton() const { return m_copy; }

Q_SIGNALS:
    void addRequested();

private:
    QLabel *m_message;
    QPushButton *m_add;
    QLineEdit *m_command;
    QPushButton *m_copy;
};

} // namespace charon::ui
