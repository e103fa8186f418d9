// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// TelnetSession's flow control against a scripted peer: a big burst is delivered in bounded
// pieces (the event loop runs between them), a paused session delivers nothing and leaves the
// bytes in the transport, resuming delivers them, and a peer closing while paused still has
// every byte delivered before the session reports Closed.

#include "core/console/telnetsession.h"
#include "tests/harness/scriptedpeer.h"
#include "tests/harness/testmain.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using charon::core::TelnetSession;
using charon::test::ScriptedPeer;

namespace {
// Console text without 0xFF or CR, so it is delivered byte for byte.
QByteArray text(qsizetype size)
{
    QByteArray out;
    out.reserve(size);
    while (out.size() < size)
        out += "kernel: a line of console output from the guest\n";
    out.truncate(size);
    return out;
}
} // namespace

class TestTelnetFlowControl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstIsDeliveredInBoundedPieces()
    {
        ScriptedPeer peer;
        QVERIFY(peer.start());
        TelnetSession session(&peer.client);
        QByteArray received;
        qsizetype largest = 0;
        int timerTurns = 0;
        QTimer turns;
        turns.setInterval(0);
        connect(&turns, &QTimer::timeout, this, [&] { ++timerTurns; });
        connect(&session, &TelnetSession::dataReceived, this, [&](const QByteArray &bytes) {
            received += bytes;
            largest = std::max(largest, bytes.size());
        });
        // Given 2 MB arriving at once
        const QByteArray burst = text(2 * 1024 * 1024);
        peer.send(burst);
        QVERIFY(peer.client.waitForReadyRead(2000) || peer.client.bytesAvailable() > 0);
        turns.start();
        // Then it all arrives, in pieces of at most 64 KiB, with the event loop running between
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), burst.size(), 10000);
        QCOMPARE(received, burst);
        QVERIFY2(largest <= 64 * 1024, QByteArray::number(largest).constData());
        QVERIFY(timerTurns > 0);
    }

    void pausedSessionLeavesBytesInTheTransport()
    {
        ScriptedPeer peer;
        QVERIFY(peer.start());
        TelnetSession session(&peer.client);
        QSignalSpy data(&session, &TelnetSession::dataReceived);
        // When reading is paused and the peer sends
        session.setReadingPaused(true);
        QVERIFY(session.isReadingPaused());
        peer.send("hello while paused\r\n");
        // Then nothing is delivered: the bytes wait in the socket (all of them arrived, and the
        // readyRead that announced them has been handled without reading them)
        QTRY_COMPARE(peer.client.bytesAvailable(), qint64(20));
        QCOMPARE(data.size(), 0);
        // When resumed, Then they come, without any new readyRead
        session.setReadingPaused(false);
        QTRY_COMPARE(data.size(), 1);
        QCOMPARE(data.at(0).at(0).toByteArray(), QByteArray("hello while paused\r\n"));
    }

    void peerClosingWhilePausedLosesNothing()
    {
        ScriptedPeer peer;
        QVERIFY(peer.start());
        TelnetSession session(&peer.client);
        QByteArray received;
        bool closedAfterAll = false;
        const QByteArray last = text(300 * 1024);
        connect(&session, &TelnetSession::dataReceived, this,
            [&](const QByteArray &bytes) { received += bytes; });
        connect(&session, &TelnetSession::stateChanged, this,
            [&] { closedAfterAll = received == last; });
        session.setReadingPaused(true);
        // When the peer sends its last words and hangs up while we are paused
        peer.send(last);
        peer.peer->disconnectFromHost();
        // Then the session ends only after delivering all of them
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), TelnetSession::State::Closed, 5000);
        QVERIFY(closedAfterAll);
    }
};

CHARON_TEST_GUILESS_MAIN(TestTelnetFlowControl)
#include "tst_telnetflowcontrol.moc"
