// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Every command on guests, as QActions, in one place: the toolbar, the context menu and the
// keyboard shortcuts all use these same objects. setSelection() enables each action when at
// least one selected guest can take it (start needs a stopped guest, force stop a running or
// stopping one, ...). Triggering an action asks for confirmation where it destroys something
// (force stop is a power-off; remove), then emits a request naming the guests it applies to;
// whoever executes requests (GuestOperations, the editors, the dialogs) connects to those
// signals.

#include "core/domain/guest.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

namespace charon::ui {

class GuestActions : public QObject
{
    Q_OBJECT

public:
    // `dialogParent` is where confirmations appear (the main window).
    explicit GuestActions(QWidget *dialogParent);

    QAction *start() const { return m_start; }
    QAction *stop() const { return m_stop; }
    QAction *restart() const { return m_restart; }
    QAction *forceStop() const { return m_kill; }
    QAction *autoBootOn() const { return m_autoBootOn; }
    QAction *autoBootOff() const { return m_autoBootOff; }
    QAction *setDefault() const { return m_setDefault; }
    QAction *openConsole() const { return m_console; }
    QAction *openLogs() const { return m_logs; }
    QAction *editConfig() const { return m_editConfig; }
    QAction *editService() const { return m_editService; }
    QAction *editStopScript() const { return m_editStopScript; }
    QAction *editOsProbe() const { return m_editOsProbe; }
    QAction *remove() const { return m_remove; }
    QAction *addGuest() const { return m_addGuest; } // always enabled: needs no selection
    QList<QAction *> all() const;

    void populateToolBar(QToolBar *toolBar) const;
    void populateMenu(QMenu *menu) const;

    void setSelection(const QList<core::Guest> &guests);
    const QList<core::Guest> &selection() const { return m_selection; }

    // Which of `guests` an action applies to (the same rules as the enablement).
    static QStringList canStart(const QList<core::Guest> &guests);
    static QStringList canStop(const QList<core::Guest> &guests);
    static QStringList canRestart(const QList<core::Guest> &guests);
    static QStringList canForceStop(const QList<core::Guest> &guests);
    static QStringList canSetAutoBoot(const QList<core::Guest> &guests, bool enable);
    // Any guest without a job in flight; a running one is stopped first (the confirmation
    // says so).
    static QStringList canRemove(const QList<core::Guest> &guests);
    // The Remove confirmation for `guests`: what goes (unit, our drop-in, the default-guest
    // mark) and what stays (configuration, working directory and disks), with their paths.
    static QString removeQuestion(const QList<core::Guest> &guests);

    // Tests answer the confirmations instead of a user (nullptr: ask for real).
    using Confirm = std::function<bool(const QString &question)>;
    void setConfirmation(Confirm confirm) { m_confirm = std::move(confirm); }

Q_SIGNALS:
    void startRequested(const QStringList &names);
    void stopRequested(const QStringList &names);
    void restartRequested(const QStringList &names);
    void forceStopRequested(const QStringList &names);
    void autoBootRequested(const QStringList &names, bool enable);
    void setDefaultRequested(const QString &name);
    void consoleRequested(const QString &name);
    void logsRequested(const QString &name);
    void editConfigRequested(const QString &name);
    void editServiceRequested(const QString &name);
    void editStopScriptRequested(const QString &name);
    void editOsProbeRequested(const QString &name);
    // `stopFirst`: those of `names` the admin was told are running and agreed to stop first.
    void removeRequested(const QStringList &names, const QStringList &stopFirst);
    void addGuestRequested();

private:
    QAction *make(const QString &text, const QIcon &icon, const QKeySequence &shortcut,
        const QString &toolTip);
    bool confirm(const QString &title, const QString &question, const QString &button);
    void updateEnablement();
    void onForceStop();
    void onRemove();
    QString single() const;

    QWidget *m_dialogParent;
    Confirm m_confirm;
    QList<core::Guest> m_selection;
    QAction *m_start;
    QAction *m_stop;
    QAction *m_restart;
    QAction *m_kill;
    QAction *m_autoBootOn;
    QAction *m_autoBootOff;
    QAction *m_setDefault;
    QAction *m_console;
    QAction *m_logs;
    QAction *m_editConfig;
    QAction *m_editService;
    QAction *m_editStopScript;
    QAction *m_editOsProbe;
    QAction *m_remove;
    QAction *m_addGuest;
};

} // namespace charon::ui
