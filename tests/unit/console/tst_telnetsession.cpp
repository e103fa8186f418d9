// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// TelnetSession against a scripted peer: option negotiation, TERMINAL-TYPE, NAWS, escaping and
// newline rules, byte for byte. Hostile peers: tst_telnetrobustness.cpp.

#include "core/console/telnetsession.h"
#include "tests/harness/scriptedpeer.h"
#include "tests/harness/testmain.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using charon::core::TelnetSession;
using charon::test::hex;
using charon::test::ScriptedPeer;
using Option = TelnetSession::Option;
using Side = TelnetSession::Side;

namespace {

// DO STATUS: we refuse it with WONT STATUS. Sent after a script, its answer proves that the
// client has processed everything before it, so "no answer" can be asserted exactly.
const QByteArray kSentinel = hex("fffd05");
const QByteArray kSentinelAnswer = hex("fffc05");

} // namespace

class TestTelnetSession : public QObject
{
    Q_OBJECT

private:
    // Sends `script` then the sentinel and returns what the client answered to the script.
    static QByteArray answerTo(ScriptedPeer &peer, const QByteArray &script)
    {
        peer.fromClient.clear();
        peer.send(script + kSentinel);
        if (!QTest::qWaitFor([&] { return peer.fromClient.endsWith(kSentinelAnswer); }, 5000))
            return "<timeout: " + peer.fromClient.toHex() + '>';
        return peer.fromClient.chopped(kSentinelAnswer.size());
    }

private Q_SLOTS:
    void negotiation_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<Option>("option");
        QTest::addColumn<Side>("side");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("WILL ECHO accepted")
            << hex("fffb01") << hex("fffd01") << Option::Echo << Side::Remote << true;
        QTest::newRow("WILL SGA accepted")
            << hex("fffb03") << hex("fffd03") << Option::SuppressGoAhead << Side::Remote << true;
        QTest::newRow("DO SGA accepted")
            << hex("fffd03") << hex("fffb03") << Option::SuppressGoAhead << Side::Local << true;
        QTest::newRow("WILL BINARY accepted")
            << hex("fffb00") << hex("fffd00") << Option::Binary << Side::Remote << true;
        QTest::newRow("DO BINARY accepted")
            << hex("fffd00") << hex("fffb00") << Option::Binary << Side::Local << true;
        QTest::newRow("DO ECHO refused")
            << hex("fffd01") << hex("fffc01") << Option::Echo << Side::Local << false;
        QTest::newRow("DO TTYPE accepted")
            << hex("fffd18") << hex("fffb18") << Option::TerminalType << Side::Local << true;
        QTest::newRow("WILL TTYPE refused")
            << hex("fffb18") << hex("fffe18") << Option::TerminalType << Side::Remote << false;
        QTest::newRow("DO NAWS sends the size") << hex("fffd1f")
                                                << hex("fffb1f"
                                                       "fffa1f00500018fff0")
                                                << Option::WindowSize << Side::Local << true;
        QTest::newRow("DO LINEMODE refused")
            << hex("fffd22") << hex("fffc22") << Option::Binary << Side::Local << false;
        QTest::newRow("WILL AUTHENTICATION refused")
            << hex("fffb25") << hex("fffe25") << Option::Binary << Side::Remote << false;
        QTest::newRow("WILL ECHO twice answered once")
            << hex("fffb01fffb01") << hex("fffd01") << Option::Echo << Side::Remote << true;
        QTest::newRow("WILL then WONT ECHO")
            << hex("fffb01fffc01") << hex("fffd01fffe01") << Option::Echo << Side::Remote << false;
        QTest::newRow("DONT SGA while off is silent")
            << hex("fffe03") << QByteArray() << Option::SuppressGoAhead << Side::Local << false;
    }

    void negotiation()
    {
        QFETCH(QByteArray, script);
        QFETCH(QByteArray, answer);
        QFETCH(Option, option);
        QFETCH(Side, side);
        QFETCH(bool, enabled);
        // Given a session on a fresh connection
        ScriptedPeer peer;
        QVERIFY(peer.start());
        TelnetSession session(&peer.client);
        // When the peer negotiates, Then the answer is exactly the expected bytes
        QCOMPARE(answerTo(peer, script).toHex(), answer.toHex());
        QCOMPARE(session.isOptionEnabled(option, side), enabled);
    }

    void optionChangesAreSignalled()
    {
        ScriptedPeer peer;
        QVERIFY(peer.start());
        TelnetSession session(&peer.client);
        QSignalSpy spy(&session, &TelnetSession::optionChanged);
        // When the peer starts echoing, then stops
        answerTo(peer, hex("fffb01"));
        answerTo(peer, hex("fffc01"));
        // Then both changes are reported, in order
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(0).at(0).value<Option>(), Option::Echo);
        QCOMPARE(spy.at(0).at(1).value<Side>(), Side::Remote);
        QCOMPARE(spy.at(0).at(2).toBool(), true);
        QCOMPARE(spy.at(1).at(2).toBool(), false);
        QVERIFY(!session.remoteEcho());
    }

    void terminalType_data()
    {
        QTest::addColumn<QByteArray>("configured");
        QTest::addColumn<QByteArray>("sent");
        QTest::newRow("default") << QByteArray() << QByteArray("XTERM-256COLOR");
        QTest::newRow("configured") << QByteArray("VT100") << QByteArray("VT100");
    }

    void terminalType()
    {
        QFETCH(QByteArray, configured);
        QFETCH(QByteArray, sent);
        ScriptedPeer peer;
        QVERIFY(peer.start());
        TelnetSession session(&peer.client);
        if (!configured.isEmpty())
            session.setTerminalType(configured);
        // When the peer asks for the terminal type the RFC 1091 way
        const QByteArray answer = answerTo(peer,
            hex("fffd18"
                "fffa1801fff0"));
        // Then we agree and answer IS <name>
        QCOMPARE(answer.toHex(),
            QByteArray(hex("fffb18"
                           "fffa1800")
                + sent + hex("fff0"))
                .toHex());
    }

    void terminalTypeNeedsAgreementFirst()
    {
        ScriptedPeer peer;
        QVERIFY(peer.start());
        TelnetSession session(&peer.client);
        // A SEND without DO TERMINAL-TYPE is not answered
        QCOMPARE(answerTo(peer, hex("fffa1801fff0")).toHex(), QByteArray());
    }

    void windowSizeFollowsResizes()
    {
        ScriptedPeer peer;
        QVERIFY(peer.start());
        TelnetSession session(&peer.client);
        // Given a size set before NAWS was agreed: nothing is sent yet
        session.setWindowSize(100, 40);
        QCOMPARE(answerTo(peer, {}).toHex(), QByteArray());
        // When the peer asks for NAWS, Then it gets the current size at once
        QCOMPARE(answerTo(peer, hex("fffd1f")).toHex(),
            hex("fffb1f"
                "fffa1f00640028fff0")
                .toHex());
        // When the view resizes, Then every new size is sent once
        peer.fromClient.clear();
        session.setWindowSize(132, 50);
        session.setWindowSize(132, 50);
        // A 255 in the payload is doubled (RFC 1073)
        session.setWindowSize(255, 256);
        session.sendAreYouThere();
        QVERIFY(peer.waitForClientBytes(2));
        QTRY_VERIFY(peer.fromClient.endsWith(hex("fff6")));
        QCOMPARE(peer.fromClient.toHex(),
            hex("fffa1f00840032fff0"
                "fffa1f00ffff0100fff0"
                "fff6")
                .toHex());
        QCOMPARE(session.windowSize(), QSize(255, 256));
    }

    void sendData_data()
    {
        QTest::addColumn<QByteArray>("setup");
        QTest::addColumn<TelnetSession::NewlineMode>("mode");
        QTest::addColumn<TelnetSession::Protocol>("protocol");
        QTest::addColumn<QByteArray>("typed");
        QTest::addColumn<QByteArray>("wire");
        const auto crlf = TelnetSession::NewlineMode::CrLf;
        const auto crnul = TelnetSession::NewlineMode::CrNul;
        const auto telnet = TelnetSession::Protocol::Telnet;
        const auto raw = TelnetSession::Protocol::Raw;
        // NVT newline rules apply to a peer that speaks telnet (see tst_telnetreturnmode.cpp).
        const QByteArray willSga = hex("fffb03");
        QTest::newRow("plain") << QByteArray() << crlf << telnet << QByteArray("abc")
                               << QByteArray("abc");
        QTest::newRow("IAC doubled")
            << QByteArray() << crlf << telnet << hex("41ff42") << hex("41ffff42");
        QTest::newRow("two IACs") << QByteArray() << crlf << telnet << hex("ffff")
                                  << hex("ffffffff");
        QTest::newRow("Enter as CR LF")
            << willSga << crlf << telnet << QByteArray("ls\r") << QByteArray("ls\r\n");
        QTest::newRow("Enter as CR NUL")
            << willSga << crnul << telnet << QByteArray("ls\r") << QByteArray("ls\r\0", 4);
        QTest::newRow("CR LF kept")
            << willSga << crnul << telnet << QByteArray("a\r\nb") << QByteArray("a\r\nb");
        QTest::newRow("bare LF kept")
            << willSga << crlf << telnet << QByteArray("a\nb") << QByteArray("a\nb");
        QTest::newRow("binary: CR raw, IAC doubled")
            << hex("fffd00") << crlf << telnet << hex("0dff") << hex("0dffff");
        QTest::newRow("raw protocol")
            << QByteArray() << crlf << raw << hex("ff0d00") << hex("ff0d00");
    }

    void sendData()
    {
        QFETCH(QByteArray, setup);
        QFETCH(TelnetSession::NewlineMode, mode);
        QFETCH(TelnetSession::Protocol, protocol);
        QFETCH(QByteArray, typed);
        QFETCH(QByteArray, wire);
        ScriptedPeer peer;
        QVERIFY(peer.start());
        TelnetSession session(&peer.client);
        session.setNewlineMode(mode);
        session.setProtocol(protocol);
        if (!setup.isEmpty())
            answerTo(peer, setup);
        peer.fromClient.clear();
        // When the user types, followed by a marker byte
        session.sendData(typed);
        session.sendData("|");
        // Then exactly the expected bytes travel
        // (the marker is in: everything typed before it is too, and nothing follows it)
        QVERIFY(QTest::qWaitFor([&] { return peer.fromClient.endsWith('|'); }, 5000));
        QCOMPARE(peer.fromClient.toHex(), QByteArray(wire + '|').toHex());
    }

    void receive_data()
    {
        QTest::addColumn<QByteArrayList>("chunks");
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("plain") << QByteArrayList { "hello" } << QByteArray("hello");
        QTest::newRow("IAC IAC is one 255") << QByteArrayList { hex("41ffff42") } << hex("41ff42");
        QTest::newRow("IAC IAC split")
            << QByteArrayList { hex("41ff"), hex("ff42") } << hex("41ff42");
        QTest::newRow("CR NUL is CR")
            << QByteArrayList { QByteArray("a\r\0b", 4) } << QByteArray("a\rb");
        QTest::newRow("CR NUL split")
            << QByteArrayList { "a\r", QByteArray("\0b", 2) } << QByteArray("a\rb");
        QTest::newRow("NUL alone kept")
            << QByteArrayList { QByteArray("a\0b", 3) } << QByteArray("a\0b", 3);
        QTest::newRow("commands dropped")
            << QByteArrayList { hex("41fff942fff143fff644") } << QByteArray("ABCD");
        QTest::newRow("negotiation inside data")
            << QByteArrayList { hex("41fffb0142") } << QByteArray("AB");
        QTest::newRow("subnegotiation inside data")
            << QByteArrayList { hex("41fffa1801fff042") } << QByteArray("AB");
        QTest::newRow("binary keeps CR NUL")
            << QByteArrayList { hex("fffb00"), QByteArray("a\r\0b", 4) } << QByteArray("a\r\0b", 4);
    }

    void receive()
    {
        QFETCH(QByteArrayList, chunks);
        QFETCH(QByteArray, data);
        ScriptedPeer peer;
        QVERIFY(peer.start());
        TelnetSession session(&peer.client);
        QByteArray received;
        connect(&session, &TelnetSession::dataReceived, this,
            [&](const QByteArray &bytes) { received += bytes; });
        // When the peer's bytes arrive in separate reads (a sequence may be cut anywhere, so
        // only the last piece is followed by the sentinel)
        // (each piece read before the next is sent: the session reads in its readyRead slot,
        // connected before the spy's)
        QSignalSpy arrived(&peer.client, &QIODevice::readyRead);
        for (qsizetype i = 0; i + 1 < chunks.size(); ++i) {
            arrived.clear();
            peer.send(chunks.at(i));
            QVERIFY(arrived.wait(5000));
        }
        answerTo(peer, chunks.last());
        // Then the application sees the decoded bytes only
        QCOMPARE(received.toHex(), data.toHex());
    }

    void breakAndAreYouThere()
    {
        ScriptedPeer peer;
        QVERIFY(peer.start());
        TelnetSession session(&peer.client);
        session.sendBreak();
        session.sendAreYouThere();
        QVERIFY(peer.waitForClientBytes(4));
        QCOMPARE(peer.fromClient.toHex(), hex("fff3fff6").toHex());
    }
};

CHARON_TEST_GUILESS_MAIN(TestTelnetSession)
#include "tst_telnetsession.moc"
