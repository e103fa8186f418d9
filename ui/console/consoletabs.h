// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The consoles of the main window: one ConsoleTab per guest, in tabs, or detached into windows
// of their own. Opening a guest's console a second time brings the open one forward instead of
// dialling again (the console port takes one client). A console whose session is live asks
// before it closes; closing the main window asks once for all of them. The "Connect anyway"
// answer to a halt-key warning is remembered per guest for the rest of the session. The
// terminal's leaving keys land here: Ctrl+Tab / Ctrl+(Shift+)PgDn and PgUp switch consoles,
// Ctrl+Shift+W closes one (asking when live), Ctrl+Shift+L hands the focus to the window.

#include "ui/console/consoletab.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTabWidget>

namespace charon::ui {

class ConsoleWindow;

class ConsoleTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit ConsoleTabs(core::GuestStore *store, QWidget *parent = nullptr);
    ~ConsoleTabs() override;

    // Opens the guest's console, or brings the open one forward (its tab or its window).
    ConsoleTab *openConsole(const QString &guest);
    ConsoleTab *console(const QString &guest) const;
    // Docked and detached, in opening order.
    QList<ConsoleTab *> consoles() const;
    ConsoleWindow *windowOf(const ConsoleTab *tab) const;

    void detach(ConsoleTab *tab);
    void attach(ConsoleTab *tab);
    // Closes one console, asking first when its session is live; false when the user said no.
    bool closeConsole(ConsoleTab *tab);
    // Before the main window closes: one question for all live sessions; false keeps them.
    bool closeAll();

    void setHost(const QString &host);
    bool isHaltWarningAccepted(const QString &guest) const { return m_accepted.contains(guest); }
    // Tests answer questions and file dialogs instead of a user; applies to all consoles.
    void setConfirmation(ConsoleTab::Confirm confirm);
    void setFileChooser(ConsoleTab::ChooseFile choose);

Q_SIGNALS:
    // The number of consoles docked in the tabs changed (the window shows or hides the area).
    void dockedCountChanged(int count);
    // Ctrl+Shift+L in a console, or closing the last one by keyboard: the window takes the
    // focus back (to the guest table).
    void leaveRequested();

private:
    void addDocked(ConsoleTab *tab);
    void updateLabel(ConsoleTab *tab);
    void switchFrom(ConsoleTab *tab, int step);
    void remove(ConsoleTab *tab);

    core::GuestStore *m_store;
    QList<QPointer<ConsoleTab>> m_consoles;
    QHash<const ConsoleTab *, QPointer<ConsoleWindow>> m_windows;
    QSet<QString> m_accepted;
    ConsoleTab::Confirm m_confirm;
    ConsoleTab::ChooseFile m_chooseFile;
    QString m_host = QStringLiteral("127.0.0.1");
};

} // namespace charon::ui
