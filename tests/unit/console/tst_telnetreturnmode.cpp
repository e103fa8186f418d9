// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// What Return (CR, or CR LF in newline mode) becomes on the wire, per ReturnMode: against a raw
// socket that never negotiates, against a telnet peer, in BINARY, and forced either way. Byte
// for byte, against a scripted peer. Also ConsoleLink handing the mode and the terminal type
// to its session.

#include "core/console/consolelink.h"
#include "core/console/telnetsession.h"
#include "tests/harness/scriptedpeer.h"
#include "tests/harness/testmain.h"

#include <QTcpServer>
#include <QTest>

using charon::core::ConsoleLink;
using charon::core::TelnetSession;
using charon::test::hex;
using charon::test::ScriptedPeer;
using ReturnMode = TelnetSession::ReturnMode;

class TestTelnetReturnMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void returnKey_data()
    {
        QTest::addColumn<ReturnMode>("mode");
        QTest::addColumn<QByteArray>("peerSays");
        QTest::addColumn<TelnetSession::NewlineMode>("newline");
        QTest::addColumn<QByteArray>("typed");
        QTest::addColumn<QByteArray>("wire");
        const auto crlf = TelnetSession::NewlineMode::CrLf;
        const auto crnul = TelnetSession::NewlineMode::CrNul;
        const QByteArray none; // a raw socket: only text, never IAC
        const QByteArray text("login: ");
        const QByteArray willEcho = hex("fffb01");
        const QByteArray willSgaDoBinary = hex("fffb03fffd00");
        QTest::newRow("auto, raw peer: CR alone")
            << ReturnMode::Auto << text << crlf << QByteArray("a\r") << QByteArray("a\r");
        QTest::newRow("auto, raw peer, LNM: CR LF as typed")
            << ReturnMode::Auto << none << crlf << QByteArray("a\r\n") << QByteArray("a\r\n");
        QTest::newRow("auto, raw peer sending 255 255 (data, not telnet)")
            << ReturnMode::Auto << hex("41ffff42") << crlf << QByteArray("\r") << QByteArray("\r");
        QTest::newRow("auto, telnet peer: CR LF")
            << ReturnMode::Auto << willEcho << crlf << QByteArray("a\r") << QByteArray("a\r\n");
        QTest::newRow("auto, telnet peer: CR NUL")
            << ReturnMode::Auto << willEcho << crnul << QByteArray("\r") << QByteArray("\r\0", 2);
        QTest::newRow("auto, telnet peer in BINARY: CR alone")
            << ReturnMode::Auto << willSgaDoBinary << crlf << QByteArray("\r") << QByteArray("\r");
        QTest::newRow("telnet forced, silent peer: CR LF")
            << ReturnMode::Telnet << none << crlf << QByteArray("\r") << QByteArray("\r\n");
        QTest::newRow("raw forced, telnet peer: CR alone")
            << ReturnMode::Raw << willEcho << crlf << QByteArray("\r") << QByteArray("\r");
    }

    void returnKey()
    {
        QFETCH(ReturnMode, mode);
        QFETCH(QByteArray, peerSays);
        QFETCH(TelnetSession::NewlineMode, newline);
        QFETCH(QByteArray, typed);
        QFETCH(QByteArray, wire);
        ScriptedPeer peer;
        QVERIFY(peer.start());
        TelnetSession session(&peer.client);
        session.setReturnMode(mode);
        session.setNewlineMode(newline);
        QByteArray received;
        connect(&session, &TelnetSession::dataReceived, this,
            [&](const QByteArray &bytes) { received += bytes; });
        // Given what the peer sent first (and a marker proving it was read)
        peer.send(peerSays + "#");
        QTRY_VERIFY(received.endsWith('#'));
        QCOMPARE(session.peerNegotiated(), peerSays.startsWith(char(0xff)));
        peer.fromClient.clear();
        // When Return is typed
        session.sendData(typed);
        session.sendData("|");
        // Then exactly these bytes travel (the negotiation answers came before and are cleared)
        QVERIFY(QTest::qWaitFor([&] { return peer.fromClient.endsWith('|'); }, 5000));
        const QByteArray sent = peer.fromClient.mid(peer.fromClient.size() - wire.size() - 1);
        QCOMPARE(sent.toHex(), QByteArray(wire + '|').toHex());
    }

    void linkHandsModeAndTypeToSessions()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        ConsoleLink link;
        link.setEndpoint(QStringLiteral("127.0.0.1"), server.serverPort());
        link.setProbation(std::chrono::milliseconds(0));
        link.setReturnMode(ReturnMode::Raw);
        link.setTerminalType("VT100");
        link.open();
        QTRY_VERIFY(link.session() != nullptr);
        QCOMPARE(link.session()->returnMode(), ReturnMode::Raw);
        QCOMPARE(link.session()->terminalType(), QByteArray("VT100"));
        link.setReturnMode(ReturnMode::Telnet); // reaches the live session too
        QCOMPARE(link.session()->returnMode(), ReturnMode::Telnet);
        link.close();
    }
};

CHARON_TEST_GUILESS_MAIN(TestTelnetReturnMode)
#include "tst_telnetreturnmode.moc"
