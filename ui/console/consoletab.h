// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// One guest's console, as a tab of the main window or, detached, in a window of its own: the
// terminal (TerminalView) over a ConsoleLink, the warning strip above it, the status bar below.
// It follows the guest's state in the GuestStore, so the link waits while the guest is stopped
// and dials again as soon as it runs; the terminal window size travels as NAWS on every resize.
// While retrying it says when the next attempt comes ("retrying at 14:02:10"), not a countdown:
// nothing repaints between attempts.
// It owns a console's guarded actions: Send Break (asks first, naming what a Break does to this
// guest), logging the session to a file, detaching. Questions and the file dialog go through
// replaceable functions so tests can answer them.

#include "core/console/consolelink.h"
#include "core/console/consolelogfile.h"
#include "core/guests/gueststore.h"

#include <QIcon>
#include <QTimer>
#include <QWidget>

#include <functional>

class QAction;
class QMenu;

namespace charon::ui {

class ConsoleStatusBar;
class ConsoleWarningStrip;
class TerminalView;

class ConsoleTab : public QWidget
{
    Q_OBJECT

public:
    using Confirm
        = std::function<bool(const QString &title, const QString &question, const QString &button)>;
    // Returns the chosen path, "" when cancelled.
    using ChooseFile = std::function<QString(const QString &suggestedPath)>;

    ConsoleTab(core::GuestStore *store, const QString &guest, QWidget *parent = nullptr);
    ~ConsoleTab() override;

    QString guestName() const { return m_guest; }
    TerminalView *view() const { return m_view; }
    core::ConsoleLink *link() const { return m_link; }
    ConsoleStatusBar *statusBar() const { return m_status; }
    ConsoleWarningStrip *warningStrip() const { return m_warning; }
    QAction *sendBreakAction() const { return m_breakAction; }
    QAction *logAction() const { return m_logAction; }
    QAction *detachAction() const { return m_detachAction; }
    // Return key, terminal identity and 132-column fit for this guest (ConsoleSettings).
    QMenu *terminalMenu() const { return m_terminalMenu; }
    // Reads this guest's console settings again and applies them to the view and the link.
    void applyConsoleSettings();

    void setHost(const QString &host);
    // Connects; but when a console key can halt this guest (break_on / stop_on) and the
    // warning was not accepted yet, shows the warning strip and waits for "Connect anyway".
    void start(bool haltWarningAccepted);
    bool isWaitingForWarning() const { return m_waitingForWarning; }
    // A session is up: closing would end it.
    bool isLive() const { return m_link->isConnected(); }
    // The status in words, with when the next attempt comes while retrying.
    QString statusText() const;
    QIcon statusIcon() const;

    void setDetached(bool detached);
    bool isDetached() const { return m_detached; }

    bool isLogging() const { return m_log.isOpen(); }
    QString logPath() const { return m_log.isOpen() ? m_log.path() : QString(); }
    bool startLogging(const QString &path);
    void stopLogging();

    void setConfirmation(Confirm confirm) { m_confirm = std::move(confirm); }
    void setFileChooser(ChooseFile choose) { m_chooseFile = std::move(choose); }

    // Asks before ending a live session; true when the console may close.
    bool confirmClose();
    // Gives the keyboard focus to what a user works with now: the "Connect anyway" button while
    // the halt-key warning waits, else the terminal.
    void focusConsole();

public Q_SLOTS:
    // Asks first (naming the consequence for this guest), then sends a telnet BREAK.
    void requestBreak();

Q_SIGNALS:
    void haltWarningAccepted(const QString &guest);
    void detachRequested();
    void attachRequested();
    // The words or the icon of the status changed (the tab label follows).
    void statusChanged();
    // The terminal's leaving keys (TerminalView): next/previous console, close, back to the
    // window.
    void switchTabRequested(int step);
    void closeRequested();
    void leaveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    void buildTerminalMenu();
    void applyGuest();
    void connectNow();
    void updateStatus();
    // statusText() without the retry time.
    QString stateText() const;
    void onData(const QByteArray &bytes);
    void onLogToggled(bool on);
    void mark(const QString &what);
    bool ask(const QString &title, const QString &question, const QString &button);

    core::GuestStore *m_store;
    QString m_guest;
    core::ConsoleLink *m_link;
    TerminalView *m_view;
    ConsoleWarningStrip *m_warning;
    ConsoleStatusBar *m_status;
    QAction *m_breakAction = nullptr;
    QAction *m_logAction = nullptr;
    QAction *m_detachAction = nullptr;
    QMenu *m_terminalMenu = nullptr;
    core::ConsoleLogFile m_log;
    // A retry's dial shows "Connecting…" only if no answer came within a second: a console
    // held by another client then costs one small label per attempt on the wire, not three.
    QTimer m_connectingLater;
    bool m_connectingDue = false;
    core::ConsoleLink::Status m_shownStatus = core::ConsoleLink::Status::Idle;
    QString m_retryText; // "Retrying at 14:02:10.", "" when no attempt is planned
    Confirm m_confirm;
    ChooseFile m_chooseFile;
    QString m_host = QStringLiteral("127.0.0.1");
    QString m_haltWarning;
    QString m_breakOn;
    int m_port = -1;
    int m_sessions = 0;
    bool m_waitingForWarning = false;
    bool m_detached = false;
};

} // namespace charon::ui
