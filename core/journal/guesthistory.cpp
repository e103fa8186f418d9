// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/journal/guesthistory.h"

#include <algorithm>

namespace charon::core {

namespace {
JournalFeed::Target managerOnly(JournalFeed::Target target)
{
    target.managerOnly = true;
    return target;
}
} // namespace

GuestHistory::GuestHistory(const JournalFeed::Target &journal, const EmulatorLogFeed::Source &log,
    const EmulatorProfile &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_journal(new JournalFeed(managerOnly(journal), this))
    , m_log(new EmulatorLogFeed(log, this))
{
    connect(m_journal, &LogFeed::reset, this, &GuestHistory::addJournalLines);
    connect(m_journal, &LogFeed::appended, this, &GuestHistory::addJournalLines);
    connect(m_log, &LogFeed::reset, this, &GuestHistory::addLogLines);
    connect(m_log, &LogFeed::appended, this, &GuestHistory::addLogLines);
    for (LogFeed *feed : { static_cast<LogFeed *>(m_journal), static_cast<LogFeed *>(m_log) }) {
        connect(feed, &LogFeed::problem, this, [this](const QString &text) {
            if (!m_problems.contains(text))
                m_problems.append(text);
            Q_EMIT problem(text);
        });
    }
}

void GuestHistory::start()
{
    m_events.clear();
    m_problems.clear();
    m_journal->start(kMaxJournalEntries);
    m_log->start(kLogLines);
}

void GuestHistory::addJournalLines(const QList<LogLine> &lines)
{
    bool added = false;
    for (const LogLine &line : lines) {
        if (const auto event = HistoryEvent::fromJournal(line)) {
            m_events.append(*event);
            added = true;
        }
    }
    if (added) {
        trim();
        Q_EMIT changed();
    }
}

void GuestHistory::addLogLines(const QList<LogLine> &lines)
{
    if (!m_profile.isValid())
        return;
    bool added = false;
    for (const LogLine &line : lines) {
        if (line.kind != LogLine::Kind::Text)
            continue;
        for (const EmulatorProfile::LogMatch &match : m_profile.matchLogLine(line.text)) {
            if (const auto event = HistoryEvent::fromLogMatch(match, line)) {
                m_events.append(*event);
                added = true;
            }
        }
    }
    if (added) {
        trim();
        Q_EMIT changed();
    }
}

void GuestHistory::trim()
{
    if (m_events.size() <= kMaxEvents)
        return;
    std::stable_sort(m_events.begin(), m_events.end(),
        [](const HistoryEvent &a, const HistoryEvent &b) { return a.time < b.time; });
    m_events.remove(0, m_events.size() - kMaxEvents);
}

QList<HistoryEvent> GuestHistory::events() const
{
    QList<HistoryEvent> out = m_events;
    // Newest first; events of the same instant keep the order they were written in, reversed.
    std::reverse(out.begin(), out.end());
    std::stable_sort(out.begin(), out.end(),
        [](const HistoryEvent &a, const HistoryEvent &b) { return a.time > b.time; });
    return out;
}

} // namespace charon::core
