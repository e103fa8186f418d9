// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A detached console: a top-level window holding one ConsoleTab, titled with the guest's name
// and the connection state. Closing it is a request (the tab may ask first); the console
// tabs manager decides, and takes the tab back when the console is attached again.

#include <QPointer>
#include <QWidget>

namespace charon::ui {

class ConsoleTab;

class ConsoleWindow : public QWidget
{
    Q_OBJECT

public:
    // `parent` owns the window (it stays a separate top-level window).
    ConsoleWindow(ConsoleTab *tab, QWidget *parent);

    ConsoleTab *tab() const { return m_tab; }
    // Gives the tab up (to be attached again); the window is then empty and can go.
    ConsoleTab *takeTab();

Q_SIGNALS:
    void closeRequested(charon::ui::ConsoleTab *tab);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateTitle();

    QPointer<ConsoleTab> m_tab;
};

} // namespace charon::ui
