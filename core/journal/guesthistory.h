// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A guest's event history, newest first: the state changes the service manager wrote to the
// journal about the unit (a JournalFeed of the manager's messages only) and the license events
// of the emulator log (an EmulatorLogFeed, matched with the profile's patterns). Both follow
// live. No store of its own: the journal and the log are the record, read again each time a
// history opens. Bounded: the newest kMaxJournalEntries manager messages and the log lines the
// feed reads at start (its newest kLogLines), plus what comes while it is open, at most
// kMaxEvents events.

#include "core/config/emulatorprofile.h"
#include "core/journal/emulatorlogfeed.h"
#include "core/journal/historyevent.h"
#include "core/journal/journalfeed.h"

#include <QObject>

namespace charon::core {

class GuestHistory : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxJournalEntries = 5000;
    static constexpr int kLogLines = 20000;
    static constexpr int kMaxEvents = 5000;

    // `journal`: the unit (managerOnly is set here). `profile` may be invalid (no license
    // events then).
    GuestHistory(const JournalFeed::Target &journal, const EmulatorLogFeed::Source &log,
        const EmulatorProfile &profile, QObject *parent = nullptr);

    void start();
    // Newest first.
    QList<HistoryEvent> events() const;
    QStringList problems() const { return m_problems; }

    // Tests feed lines directly.
    void addJournalLines(const QList<LogLine> &lines);
    void addLogLines(const QList<LogLine> &lines);

Q_SIGNALS:
    void changed();
    void problem(const QString &text);

private:
    void trim();

    EmulatorProfile m_profile;
    JournalFeed *m_journal;
    EmulatorLogFeed *m_log;
    QList<HistoryEvent> m_events; // oldest first, as read
    QStringList m_problems;
};

} // namespace charon::core
