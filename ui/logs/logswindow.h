// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The logs of one guest in a window of its own, three tabs: the unit's journal, the emulator
// log (each a LogView with at most `cap` lines kept) and the event history. Opened, and
// raised when open again, by LogsWindows; feeds start when the window does.

#include "core/config/emulatorprofile.h"
#include "core/journal/emulatorlogfeed.h"
#include "core/journal/journalfeed.h"

#include <QWidget>

class QTabWidget;

namespace charon::core {
class GuestHistory;
}

namespace charon::ui {

class HistoryView;
class LogView;

class LogsWindow : public QWidget
{
    Q_OBJECT

public:
    struct Setup
    {
        QString guest;
        core::JournalFeed::Target journal;
        core::EmulatorLogFeed::Source log;
        core::EmulatorProfile profile;
        int cap = 5000;
    };
    enum Tab { JournalTab, EmulatorLogTab, HistoryTab };

    explicit LogsWindow(const Setup &setup, QWidget *parent = nullptr);

    void start();
    QString guest() const { return m_setup.guest; }
    QTabWidget *tabs() const { return m_tabs; }
    LogView *journalView() const { return m_journalView; }
    LogView *emulatorLogView() const { return m_logView; }
    HistoryView *historyView() const { return m_historyView; }
    core::GuestHistory *history() const { return m_history; }

private:
    Setup m_setup;
    core::JournalFeed *m_journal;
    core::EmulatorLogFeed *m_log;
    core::GuestHistory *m_history;
    QTabWidget *m_tabs;
    LogView *m_journalView;
    LogView *m_logView;
    HistoryView *m_historyView;
};

} // namespace charon::ui
