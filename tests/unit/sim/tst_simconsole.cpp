// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The console side of charon-guest-sim: the line discipline, the telnet server (negotiation,
// NAWS/TTYPE, IAC escaping, CR NUL / CR LF), the single-client rule with its refusal line, the
// bounded backlog and the flood generator. The server runs on a loopback port.

#include "sim/consoleserver.h"
#include "sim/floodgenerator.h"
#include "sim/linediscipline.h"
#include "sim/telnetconnection.h"
#include "tests/harness/testmain.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::sim;

namespace {
constexpr char IAC = char(255), WILL = char(251), DO = char(253), SB = char(250), SE = char(240);
constexpr char ECHO_ = 1, SGA = 3, TTYPE = 24, NAWS = 31;

QByteArray bytes(std::initializer_list<char> list)
{
    return QByteArray(list.begin(), qsizetype(list.size()));
}

const QByteArray kNegotiation
    = bytes({ IAC, WILL, ECHO_, IAC, WILL, SGA, IAC, DO, NAWS, IAC, DO, TTYPE });

struct Client
{
    QTcpSocket socket;
    QByteArray received;

    explicit Client(quint16 port)
    {
        QObject::connect(
            &socket, &QTcpSocket::readyRead, &socket, [this] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }
};
} // namespace

class TestSimConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineDiscipline_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QByteArray>("echo");
        QTest::newRow("two lines") << QByteArray("ls\rpwd\n") << QStringList { u"ls"_s, u"pwd"_s }
                                   << QByteArray("ls\npwd\n");
        QTest::newRow("erase with DEL and BS")
            << QByteArray("abc\x7f\x08x\r") << QStringList { u"ax"_s }
            << QByteArray("abc\b \b\b \bx\n");
        QTest::newRow("erase on empty line")
            << QByteArray("\x7f\r") << QStringList { QString() } << QByteArray("\n");
        QTest::newRow("kill line") << QByteArray("abc\x15z\r") << QStringList { u"z"_s }
                                   << QByteArray("abc\b \b\b \b\b \bz\n");
        QTest::newRow("cursor keys ignored")
            << QByteArray("a\x1b[Ab\x1bOPc\r") << QStringList { u"abc"_s } << QByteArray("abc\n");
        QTest::newRow("other controls dropped") << QByteArray("a\x02\x07"
                                                              "b\r")
                                                << QStringList { u"ab"_s } << QByteArray("ab\n");
    }

    void lineDiscipline()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, lines);
        QFETCH(QByteArray, echo);
        LineDiscipline discipline;
        QByteArray echoed;
        QStringList entered;
        connect(
            &discipline, &LineDiscipline::echoed, this, [&](const QByteArray &t) { echoed += t; });
        connect(&discipline, &LineDiscipline::lineEntered, this,
            [&](const QString &l) { entered << l; });
        // When the bytes arrive one at a time, Then lines and echo are as if they came at once
        for (const char c : input)
            discipline.feed(QByteArray(1, c));
        QCOMPARE(entered, lines);
        QCOMPARE(echoed, echo);
    }

    void lineDisciplineWithoutEcho()
    {
        LineDiscipline discipline;
        discipline.setEcho(false);
        QByteArray echoed;
        connect(
            &discipline, &LineDiscipline::echoed, this, [&](const QByteArray &t) { echoed += t; });
        discipline.feed("secret\x7f\r");
        // Then only the line end shows: a password leaves no trace, not even its erasures
        QCOMPARE(echoed, QByteArray("\n"));
    }

    void lineDisciplineKeys()
    {
        LineDiscipline discipline;
        QList<ConsoleKey> keys;
        connect(&discipline, &LineDiscipline::keyPressed, this, [&](ConsoleKey k) { keys << k; });
        discipline.feed("\x01"
                        "ab\x03"
                        "\x10\x1b[17~\x1b[18~");
        QCOMPARE(keys,
            (QList<ConsoleKey> {
                ConsoleKey::CtrlA, ConsoleKey::CtrlC, ConsoleKey::CtrlP, ConsoleKey::F6 }));
        QVERIFY(discipline.pendingLine().isEmpty()); // Ctrl-C dropped "ab"
    }

    void lineIsBounded()
    {
        LineDiscipline discipline;
        discipline.feed(QByteArray(LineDiscipline::kMaxLine + 100, 'x'));
        QCOMPARE(discipline.pendingLine().size(), LineDiscipline::kMaxLine);
    }

    void networkLineEnds_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("network");
        QTest::newRow("LF") << QByteArray("a\nb\n") << QByteArray("a\r\nb\r\n");
        QTest::newRow("CR LF kept") << QByteArray("a\r\nb") << QByteArray("a\r\nb");
        QTest::newRow("bare CR") << QByteArray("a\rb") << QByteArray("a\r\0b", 4);
        QTest::newRow("CR at end") << QByteArray("a\r") << QByteArray("a\r\0", 3);
    }

    void networkLineEnds()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, network);
        QCOMPARE(TelnetConnection::toNetworkLineEnds(text), network);
    }

    void floodIsExact_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qsizetype>("chunk");
        QTest::newRow("one byte") << qint64(1) << qsizetype(100);
        QTest::newRow("small") << qint64(77) << qsizetype(10);
        QTest::newRow("1 MiB in 64 KiB") << qint64(1 << 20) << qsizetype(64 * 1024);
        QTest::newRow("odd chunks") << qint64(100003) << qsizetype(997);
    }

    void floodIsExact()
    {
        QFETCH(qint64, total);
        QFETCH(qsizetype, chunk);
        FloodGenerator flood(total, "host");
        QByteArray all;
        while (!flood.atEnd())
            all += flood.take(chunk);
        QCOMPARE(all.size(), total);
        QVERIFY(!all.contains(char(0xff)));
        if (total >= 2)
            QVERIFY(all.endsWith("\r\n"));
        if (total > 1000)
            QVERIFY(all.contains(" host vmunix: "));
    }

    void negotiatesAndRecordsTerminal()
    {
        ConsoleServer server("host");
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, nullptr));
        // Given a raw client
        Client client(server.port());
        // Then the server offers ECHO and SGA and asks for NAWS and TTYPE
        QTRY_VERIFY(client.received.startsWith(kNegotiation));
        QVERIFY(server.hasClient());
        // When the client agrees to TTYPE and NAWS and reports its window
        client.received.clear();
        client.socket.write(bytes({ IAC, DO, ECHO_, IAC, DO, SGA, IAC, WILL, NAWS, IAC, SB, NAWS, 0,
            char(132), 0, 43, IAC, SE, IAC, WILL, TTYPE }));
        // Then it asks for the terminal type
        QTRY_COMPARE(client.received, bytes({ IAC, SB, TTYPE, 1, IAC, SE }));
        client.socket.write(bytes({ IAC, SB, TTYPE, 0 }) + "VT220" + bytes({ IAC, SE }));
        QTRY_COMPARE(server.client()->terminalType(), u"VT220"_s);
        QCOMPARE(server.client()->columns(), 132);
        QCOMPARE(server.client()->rows(), 43);
    }

    void escapesAndFoldsLineEnds()
    {
        ConsoleServer server("host");
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, nullptr));
        QSignalSpy input(&server, &ConsoleServer::inputReceived);
        Client client(server.port());
        QTRY_VERIFY(client.received.startsWith(kNegotiation));
        client.received.clear();
        // When the guest prints a 0xFF byte and a line end, Then it goes out as IAC IAC, CR LF
        server.write(QByteArray("a\xff"
                                "b\n"));
        QTRY_COMPARE(client.received,
            QByteArray("a\xff\xff"
                       "b\r\n"));
        // When the client sends IAC IAC, CR NUL and CR LF, Then the guest sees 0xFF and two CRs
        client.socket.write(QByteArray("x\xff\xffy\r\0z\r\n", 9));
        const auto allInput = [&input] {
            QByteArray all;
            for (const QList<QVariant> &args : std::as_const(input))
                all += args.at(0).toByteArray();
            return all;
        };
        QTRY_COMPARE(allInput(), QByteArray("x\xffy\rz\r"));
    }

    void secondClientIsRefused()
    {
        ConsoleServer server("host");
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, nullptr));
        QSignalSpy refused(&server, &ConsoleServer::clientRefused);
        Client first(server.port());
        QTRY_VERIFY(server.hasClient());
        const QString firstPeer = server.client()->peer();
        // When a second client connects
        Client second(server.port());
        QTRY_COMPARE(second.socket.state(), QAbstractSocket::UnconnectedState);
        // Then it was told who holds the console and since when, in one line, and dropped
        const QString line = QString::fromUtf8(second.received);
        const QRegularExpression expected(
            u"^console in use by %1 since \\d\\d:\\d\\d:\\d\\d\r\n$"_s.arg(
                QRegularExpression::escape(firstPeer)));
        QVERIFY2(expected.match(line).hasMatch(), qPrintable(line));
        QCOMPARE(line.count(u'\n'), 1);
        QCOMPARE(refused.count(), 1);
        // And the first client keeps the console
        QCOMPARE(first.socket.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(server.client()->peer(), firstPeer);
    }

    void consoleIsFreeAgainAfterDisconnect()
    {
        ConsoleServer server("host");
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, nullptr));
        {
            Client first(server.port());
            QTRY_VERIFY(server.hasClient());
        }
        QTRY_VERIFY(!server.hasClient());
        Client second(server.port());
        QTRY_VERIFY(second.received.startsWith(kNegotiation));
        QVERIFY(server.hasClient());
    }

    void backlogIsBoundedAndReplayed()
    {
        ConsoleServer server("host");
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, nullptr));
        // Given 100 KiB of output while nobody is connected
        QByteArray text;
        for (int i = 0; text.size() < 100 * 1024; ++i)
            text += "line " + QByteArray::number(i) + "\n";
        server.write(text);
        // Then only the last 64 KiB are kept
        QCOMPARE(server.backlog().size(), ConsoleServer::kBacklogLimit);
        QVERIFY(text.endsWith(server.backlog()));
        // When a client connects, Then it sees them, and the backlog is empty again
        Client client(server.port());
        const QByteArray expected
            = TelnetConnection::toNetworkLineEnds(text.right(ConsoleServer::kBacklogLimit));
        QTRY_COMPARE(client.received.size(), kNegotiation.size() + expected.size());
        QVERIFY(client.received.endsWith(expected));
        QVERIFY(server.backlog().isEmpty());
    }

    void floodReachesTheClientExactly()
    {
        ConsoleServer server("host");
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, nullptr));
        QSignalSpy finished(&server, &ConsoleServer::floodFinished);
        QVERIFY(!server.flood(10)); // nobody to flood
        Client client(server.port());
        QTRY_VERIFY(client.received.startsWith(kNegotiation));
        client.received.clear();
        // When 2 MiB are flooded and the guest prints meanwhile
        const qint64 total = 2 * 1024 * 1024;
        QVERIFY(server.flood(total));
        server.write("after\n");
        // Then the client gets exactly the flood, then the held-back text
        QTRY_VERIFY_WITH_TIMEOUT(client.received.size() == total + 7, 20000);
        QVERIFY(client.received.endsWith("\r\nafter\r\n"));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toLongLong(), total);
    }

    void floodOnConnect()
    {
        ConsoleServer server("host");
        server.setFloodOnConnect(5000);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, nullptr));
        Client client(server.port());
        QTRY_COMPARE(client.received.size(), kNegotiation.size() + 5000);
    }
};

CHARON_TEST_GUILESS_MAIN(TestSimConsole)
#include "tst_simconsole.moc"
