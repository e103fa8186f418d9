// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// JobRemovalBuffer: a job's end is matched with the reply naming the job whichever of the two
// D-Bus messages is read first, including when that reply is the last one outstanding (the
// order that once lost a quick stop job's end and left `charon-vm stop` waiting).

#include "core/systemd/jobremovalbuffer.h"
#include "tests/harness/testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using charon::core::JobRemovalBuffer;

class TestJobRemovalBuffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removalBeforeTheLastOutstandingReplyIsClaimed()
    {
        // Given one call out (the only one)
        JobRemovalBuffer buffer;
        buffer.replyExpected();
        // When its job's JobRemoved is read before its reply
        buffer.unclaimedRemoval(u"/job/7"_s, u"done"_s);
        // Then the reply finds the result, and nothing is kept after it
        QCOMPARE(buffer.replyArrived(u"/job/7"_s), std::optional<QString>(u"done"_s));
        QCOMPARE(buffer.outstandingReplies(), 0);
        QCOMPARE(buffer.keptRemovals(), 0);
    }

    void replyBeforeRemovalLeavesTheCallerWaiting()
    {
        JobRemovalBuffer buffer;
        buffer.replyExpected();
        QCOMPARE(buffer.replyArrived(u"/job/8"_s), std::nullopt);
        QCOMPARE(buffer.outstandingReplies(), 0);
    }

    void removalsOfOtherClientsAreNotKept()
    {
        // Given no call of ours outstanding, When some other client's job ends
        JobRemovalBuffer buffer;
        buffer.unclaimedRemoval(u"/job/1"_s, u"done"_s);
        // Then nothing is kept (it can never be claimed)
        QCOMPARE(buffer.keptRemovals(), 0);
    }

    void interleavedCallsEachGetTheirOwnResult()
    {
        JobRemovalBuffer buffer;
        buffer.replyExpected(); // start a
        buffer.replyExpected(); // stop b
        buffer.unclaimedRemoval(u"/job/b"_s, u"failed"_s);
        buffer.unclaimedRemoval(u"/job/a"_s, u"done"_s);
        QCOMPARE(buffer.replyArrived(u"/job/a"_s), std::optional<QString>(u"done"_s));
        QCOMPARE(buffer.keptRemovals(), 1);
        QCOMPARE(buffer.replyArrived(u"/job/b"_s), std::optional<QString>(u"failed"_s));
        QCOMPARE(buffer.keptRemovals(), 0);
    }

    void failedReplyStillCountsAndClears()
    {
        JobRemovalBuffer buffer;
        buffer.replyExpected();
        buffer.unclaimedRemoval(u"/job/9"_s, u"done"_s);
        buffer.replyFailed();
        QCOMPARE(buffer.outstandingReplies(), 0);
        QCOMPARE(buffer.keptRemovals(), 0);
        buffer.replyFailed(); // an extra one does not go negative
        QCOMPARE(buffer.outstandingReplies(), 0);
    }

    void memoryIsBoundedWhileAReplyIsOutstanding()
    {
        // Given a reply that never comes, When thousands of foreign jobs end
        JobRemovalBuffer buffer(16);
        buffer.replyExpected();
        for (int i = 0; i < 5000; ++i)
            buffer.unclaimedRemoval(u"/job/%1"_s.arg(i), u"done"_s);
        // Then only the newest are kept
        QCOMPARE(buffer.keptRemovals(), 16);
        QCOMPARE(buffer.replyArrived(u"/job/4999"_s), std::optional<QString>(u"done"_s));
    }
};

CHARON_TEST_GUILESS_MAIN(TestJobRemovalBuffer)
#include "tst_jobremovalbuffer.moc"
