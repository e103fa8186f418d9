// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/logs/logswindow.h"

#include "core/journal/guesthistory.h"
#include "ui/logs/historyview.h"
#include "ui/logs/logview.h"

#include <QAction>
#include <QLineEdit>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charon::ui {

LogsWindow::LogsWindow(const Setup &setup, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_setup(setup)
    , m_journal(new core::JournalFeed(setup.journal, this))
    , m_log(new core::EmulatorLogFeed(setup.log, this))
    , m_history(new core::GuestHistory(setup.journal, setup.log, setup.profile, this))
    , m_tabs(new QTabWidget(this))
    , m_journalView(new LogView(m_journal, setup.cap, this))
    , m_logView(new LogView(m_log, setup.cap, this))
    , m_historyView(new HistoryView(m_history, this))
{
    setObjectName(u"logsWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setAttribute(Qt::WA_QuitOnClose, false); // the main window decides when the app ends
    setWindowTitle(tr("Logs of %1").arg(setup.guest));
    m_tabs->setAccessibleName(tr("Logs of %1").arg(setup.guest));
    m_tabs->addTab(m_journalView, tr("&Journal"));
    m_tabs->addTab(m_logView, tr("&Emulator Log"));
    m_tabs->addTab(m_historyView, tr("&History"));
    m_tabs->setTabToolTip(JournalTab, m_journal->description());
    m_tabs->setTabToolTip(EmulatorLogTab, m_log->description());
    m_tabs->setTabToolTip(HistoryTab,
        tr("State changes from the journal and license events from the emulator "
           "log, newest first"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        if (auto *view = qobject_cast<LogView *>(m_tabs->currentWidget())) {
            view->searchEdit()->setFocus(Qt::ShortcutFocusReason);
            view->searchEdit()->selectAll();
        }
    });
    addAction(find);
    resize(1000, 640);
}

void LogsWindow::start()
{
    m_journalView->start();
    m_logView->start();
    m_history->start();
}

} // namespace charon::ui
