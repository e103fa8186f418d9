// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The main window: host header on top, the message bar, then the guest table with the
// selected guest's details beside it; the guest actions in a toolbar, a menu and the table's
// context menu. It only shows the GuestStore and hands requests on: who fills the store (the
// systemd monitor) and who carries requests out (GuestOperations) are wired by the app.
// Window geometry, splitters (the table's height beside the consoles too) and column layout
// are remembered with QSettings. F6 / Shift+F6 cycle the focus through the table, the details
// and the current console; Ctrl+Shift+L brings it back to the table from anywhere, consoles
// included (Help > Keyboard lists the keys).

#include "core/guests/gueststore.h"

#include <QMainWindow>

class QLabel;
class QMenu;
class QLineEdit;
class QSplitter;
class QStackedWidget;

namespace charon::ui {

class ConsoleTabs;
class EmptyHostPanel;
class GuestActions;
class GuestDetailsPane;
class GuestFilterProxy;
class GuestTableModel;
class GuestTableView;
class HostHeader;
class LogsWindows;
class MessageBar;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(core::GuestStore *store, QWidget *parent = nullptr);
    ~MainWindow() override;

    // "Charon Manager — host (system)" in the title, and the header's first line.
    void setHost(const QString &hostName, const QString &scope);

    core::GuestStore *store() const { return m_store; }
    HostHeader *hostHeader() const { return m_header; }
    MessageBar *messageBar() const { return m_messages; }
    GuestActions *actions() const { return m_actions; }
    GuestTableModel *tableModel() const { return m_model; }
    GuestFilterProxy *filterProxy() const { return m_proxy; }
    GuestTableView *guestView() const { return m_view; }
    GuestDetailsPane *details() const { return m_details; }
    QLineEdit *filterEdit() const { return m_filter; }
    ConsoleTabs *consoles() const { return m_consoles; }
    LogsWindows *logsWindows() const { return m_logsWindows; }
    // Shown instead of the table while the host has no guest.
    EmptyHostPanel *emptyHostPanel() const { return m_empty; }
    // Until the guests are loaded an empty store says nothing: the empty-host panel waits.
    void setGuestsLoaded(bool loaded);
    // "8 guests" or "3 of 8 guests shown", in the status bar.
    QString shownCountText() const;
    // `wanted` moved and shrunk to lie within `available` (a screen's available geometry).
    static QRect clampedTo(const QRect &wanted, const QRect &available);

    // With a tray to come back from, closing the window only hides it: the guests stay
    // watched. Quit (the menu, the tray) ends the application either way.
    void setHideOnClose(bool hide);
    bool hideOnClose() const { return m_hideOnClose; }
    // Brings the window up from the tray or a notification.
    void showAndRaise();
    QMenu *viewMenu() const { return m_viewMenu; }

    QStringList selectedGuests() const;
    bool selectGuest(const QString &name);

public Q_SLOTS:
    // Closes the consoles (asking when one is live), saves the layout and ends the application.
    void requestQuit();

    // Where the console action (and Enter or a double click on a row) lands: announces the
    // request (consoleRequested), which opens the guest's console tab or brings it forward.
    void openConsole(const QString &name);

Q_SIGNALS:
    void consoleRequested(const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void onSelectionChanged();
    void updateShownCount();
    // View > No Animations: the spinner, Qt's effects and cursor blinking (AnimationSetting).
    void applyAnimationSetting(bool noAnimations);
    void updateEmptyState();
    void onGuestChanged(int row, const QString &name, core::Guest::Fields fields);
    void saveSettings() const;
    void restoreSettings();
    // F6 / Shift+F6: the focus to the next or previous main area.
    void cycleArea(int step);

    core::GuestStore *m_store;
    GuestTableModel *m_model;
    GuestFilterProxy *m_proxy;
    HostHeader *m_header;
    MessageBar *m_messages;
    GuestActions *m_actions;
    GuestTableView *m_view;
    GuestDetailsPane *m_details;
    QSplitter *m_splitter;
    QLineEdit *m_filter;
    QLabel *m_shown;
    ConsoleTabs *m_consoles;
    QSplitter *m_consoleSplitter; // guests above, consoles below
    QMenu *m_viewMenu = nullptr;
    bool m_hideOnClose = false;
    bool m_detailsShown = true; // View > Details Pane
    bool m_guestsLoaded = true;
    int m_guestsHeight = 0; // the table's height beside docked consoles, as the admin left it
    LogsWindows *m_logsWindows; // a logs window per guest
    EmptyHostPanel *m_empty;
    QStackedWidget *m_tableArea; // the table, or the empty-host panel
};

} // namespace charon::ui
