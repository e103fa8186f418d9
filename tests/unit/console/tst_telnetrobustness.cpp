// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// TelnetSession against hostile or broken peers: garbage, subnegotiations beyond the buffer or
// without end, a peer closing in the middle of a sequence, slots deleting the session. No
// crash, no unbounded memory, and the session reports what happened.

#include "core/console/telnetsession.h"
#include "tests/harness/residentmemory.h"
#include "tests/harness/scriptedpeer.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testmain.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using charon::core::TelnetSession;
using charon::test::hex;
using charon::test::residentKiB;
using charon::test::ScriptedPeer;

namespace {

// Sends `script`, then DO STATUS, and waits for our WONT STATUS: proof everything before it
// was processed.
bool sendAndSettle(ScriptedPeer &peer, const QByteArray &script)
{
    peer.fromClient.clear();
    peer.send(script + hex("fffd05"));
    return QTest::qWaitFor([&] { return peer.fromClient.endsWith(hex("fffc05")); }, 5000);
}

} // namespace

class TestTelnetRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oversizedSubnegotiationIsDropped()
    {
        ScriptedPeer peer;
        QVERIFY(peer.start());
        TelnetSession session(&peer.client);
        QSignalSpy warnings(&session, &TelnetSession::protocolWarning);
        QByteArray received;
        connect(&session, &TelnetSession::dataReceived, this,
            [&](const QByteArray &bytes) { received += bytes; });
        // When a subnegotiation is far beyond libtelnet's 16 KiB buffer
        QVERIFY(
            sendAndSettle(peer, "A" + hex("fffa18") + QByteArray(100000, 'x') + hex("fff0") + "B"));
        // Then none of it reaches the terminal, a warning says why, and the session goes on
        QCOMPARE(received, QByteArray("AB"));
        QVERIFY(!warnings.isEmpty());
        QVERIFY(sendAndSettle(peer, hex("fffb01")));
        QCOMPARE(peer.fromClient.toHex(), hex("fffd01fffc05").toHex());
    }

    void endlessSubnegotiationStaysBounded()
    {
        ScriptedPeer peer;
        QVERIFY(peer.start());
        TelnetSession session(&peer.client);
        QByteArray received;
        connect(&session, &TelnetSession::dataReceived, this,
            [&](const QByteArray &bytes) { received += bytes; });
        const qint64 before = residentKiB();
        // When the peer opens a subnegotiation and never ends it (16 MiB of it)
        peer.send(hex("fffa63"));
        const QByteArray block(64 * 1024, 'g');
        for (int i = 0; i < 256; ++i) {
            peer.send(block);
            QTest::qWait(0); // (events only, no sleep: the peer's socket drains as it goes)
        }
        // (ended at last, then a DO STATUS answered: proof the 16 MiB were all processed)
        QVERIFY(sendAndSettle(peer, hex("fff0")));
        // Then nothing is delivered and memory did not follow the stream
        QCOMPARE(received.size(), 0);
        if (!charon::test::underAddressSanitizer()) { // ASan's quarantine keeps freed buffers resident
            QVERIFY2(residentKiB() - before < 8 * 1024,
                qPrintable(u"RSS grew by %1 KiB"_s.arg(residentKiB() - before)));
        }
    }

    void garbageDoesNotBreakTheSession()
    {
        ScriptedPeer peer;
        QVERIFY(peer.start());
        TelnetSession session(&peer.client);
        qsizetype received = 0;
        connect(&session, &TelnetSession::dataReceived, this,
            [&](const QByteArray &bytes) { received += bytes.size(); });
        // When the peer sends 512 KiB of random bytes in random pieces
        QRandomGenerator random(1234);
        qsizetype sent = 0;
        while (sent < 512 * 1024) {
            QByteArray chunk(random.bounded(1, 4096), Qt::Uninitialized);
            for (char &c : chunk)
                c = static_cast<char>(random.bounded(256));
            peer.send(chunk);
            sent += chunk.size();
            QTest::qWait(0); // (events only, no sleep: the peer's socket drains as it goes)
        }
        // Then the session survived and still closes cleanly, and, having read everything
        // before the close, delivered no more than it got
        QSignalSpy closed(&session, &TelnetSession::stateChanged);
        peer.peer->close();
        QTRY_COMPARE(session.state(), TelnetSession::State::Closed);
        QCOMPARE(closed.size(), 1);
        QVERIFY(received <= sent);
    }

    void peerClosesMidSequence_data()
    {
        QTest::addColumn<QByteArray>("tail");
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("inside a subnegotiation") << hex("fffa1801") << QByteArray("hello");
        QTest::newRow("after IAC") << hex("ff") << QByteArray("hello");
        QTest::newRow("after IAC WILL") << hex("fffb") << QByteArray("hello");
        QTest::newRow("after CR") << hex("0d") << QByteArray("hello\r");
    }

    void peerClosesMidSequence()
    {
        QFETCH(QByteArray, tail);
        QFETCH(QByteArray, data);
        ScriptedPeer peer;
        QVERIFY(peer.start());
        TelnetSession session(&peer.client);
        QByteArray received;
        connect(&session, &TelnetSession::dataReceived, this,
            [&](const QByteArray &bytes) { received += bytes; });
        QSignalSpy states(&session, &TelnetSession::stateChanged);
        // When the peer stops in the middle of a sequence and closes
        peer.send("hello" + tail);
        peer.peer->close();
        // Then the data before it arrives, the session reports Closed once, and stays quiet
        QTRY_COMPARE(session.state(), TelnetSession::State::Closed);
        QCOMPARE(received, data);
        QCOMPARE(states.size(), 1);
        QSignalSpy errors(&session, &TelnetSession::errorOccurred);
        session.sendData("ignored");
        session.sendBreak();
        QCOMPARE(errors.size(), 0);
    }

    void slotMayDeleteTheSession()
    {
        ScriptedPeer peer;
        QVERIFY(peer.start());
        auto *session = new TelnetSession(&peer.client);
        bool deleted = false;
        connect(session, &TelnetSession::dataReceived, this, [&] {
            delete session;
            deleted = true;
        });
        // When data and further events arrive in one read and the first slot deletes it
        peer.send("A" + hex("fffb01") + "B" + hex("fffb03"));
        QTRY_VERIFY(deleted);
        // Then nothing touches the deleted session (ASan would tell). Not synchronisation: a
        // window for the rest of that read to run
        QTest::qWait(50);
    }

    void ownedDeviceIsDeletedWithTheSession()
    {
        auto *socket = new QTcpSocket;
        QPointer<QTcpSocket> watch(socket);
        {
            TelnetSession session(socket, TelnetSession::DeviceOwnership::Owned);
            QCOMPARE(session.state(), TelnetSession::State::Closed); // not connected
        }
        QVERIFY(watch.isNull());
    }
};

CHARON_TEST_GUILESS_MAIN(TestTelnetRobustness)
#include "tst_telnetrobustness.moc"
