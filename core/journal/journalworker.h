// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// JournalFeed's hands on its worker thread: owns the sd_journal handle, adds the unit's
// matches, reads the tail, follows (a QSocketNotifier on sd_journal_get_fd(), then
// sd_journal_process() and every new entry), and reads older entries from a cursor, after
// which it puts the read pointer back on the newest entry it delivered. Only JournalFeed uses
// it; its signals reach the feed queued.

#include "core/journal/journalfeed.h"

#include <QObject>

struct sd_journal;
class QSocketNotifier;
class QTimer;

namespace charon::core {

class JournalWorker : public QObject
{
    Q_OBJECT

public:
    explicit JournalWorker(const JournalFeed::Target &target);
    ~JournalWorker() override;

    void open(int tail);
    void fetchOlder(const QString &cursor, int count);

Q_SIGNALS:
    void reset(const QList<charon::core::LogLine> &lines);
    void appended(const QList<charon::core::LogLine> &lines);
    void older(const QList<charon::core::LogLine> &lines, bool complete);
    void problem(const QString &text);

private:
    bool addMatches();
    LogLine current() const;
    QList<LogLine> readForward(int max);
    void onWake();
    void armTimeout();
    void restorePosition();
    void fail(const QString &text);

    JournalFeed::Target m_target;
    sd_journal *m_journal = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_timeout = nullptr; // only for journals on network file systems
    QString m_last; // cursor of the newest entry delivered
};

} // namespace charon::core
