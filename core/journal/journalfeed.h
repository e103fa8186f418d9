// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A guest unit's lines in the systemd journal, read with libsystemd's sd-journal on a worker
// thread of its own (reading journal files may wait on the disk; the GUI thread never does),
// woken by the journal's inotify descriptor (sd_journal_get_fd + QSocketNotifier), never by a
// timer. Matches the unit as journalctl does: for a user manager's unit, _SYSTEMD_USER_UNIT or
// the manager's own messages about it (USER_UNIT) of our uid; for the system manager's,
// _SYSTEMD_UNIT or UNIT from PID 1. With `managerOnly`, only the manager's messages (what the
// event history reads). The journal is the local one, or the directory CHARON_JOURNAL_DIRECTORY
// names (as `journalctl --directory=`; the test harness's private journald writes there).

#include "core/journal/logfeed.h"

#include <QString>

class QThread;

namespace charon::core {

class JournalWorker;

class JournalFeed : public LogFeed
{
    Q_OBJECT

public:
    enum class Scope { System, User };
    struct Target
    {
        Scope scope = Scope::System;
        QString unit;
        QString directory; // "" = the local journal (or CHARON_JOURNAL_DIRECTORY)
        bool managerOnly = false;
    };

    explicit JournalFeed(const Target &target, QObject *parent = nullptr);
    ~JournalFeed() override;

    void start(int lines) override;
    void fetchOlder(const LogLine &first, int lines) override;
    QString description() const override;
    Target target() const { return m_target; }

    // CHARON_JOURNAL_DIRECTORY, or "" for the local journal.
    static QString directoryFromEnvironment();

private:
    Target m_target;
    QThread *m_thread;
    JournalWorker *m_worker = nullptr; // lives on m_thread, deleted when it ends
};

} // namespace charon::core
