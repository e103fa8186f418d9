// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Matching systemd's JobRemoved signals with the StartUnit/StopUnit/RestartUnit replies that
// name the job. Both are queued D-Bus messages and a quick job's JobRemoved may be read before
// the reply carrying its path, so an unclaimed removal is kept while some reply is outstanding.
//
// Looking up a removal and counting the reply in are one step (replyArrived): done as two, the
// count reaching zero in between would forget the very removal the reply is about to claim.

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace charon::core {

class JobRemovalBuffer
{
public:
    explicit JobRemovalBuffer(int capacity = 256)
        : m_capacity(capacity)
    { }

    // A call that will reply with a job path went out.
    void replyExpected();
    // Its reply named jobPath: the job's result when its JobRemoved came first, else nullopt
    // (the caller then waits for the signal).
    std::optional<QString> replyArrived(const QString &jobPath);
    // Its reply was an error: no job path will come.
    void replyFailed();
    // A JobRemoved no waiting job claimed. Kept only while replies are outstanding (oldest
    // dropped beyond the capacity): otherwise it is some other client's job.
    void unclaimedRemoval(const QString &jobPath, const QString &result);

    int outstandingReplies() const { return m_outstanding; }
    qsizetype keptRemovals() const { return m_results.size(); }

private:
    void replyCounted();

    int m_capacity;
    int m_outstanding = 0;
    QHash<QString, QString> m_results; // job path -> result
    QStringList m_order; // oldest first
};

} // namespace charon::core
