// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// TelnetSession against programs we did not write: inetutils telnetd (a real RFC 854 server
// that negotiates TERMINAL-TYPE, NAWS, ECHO, SGA... and runs a program on a pty) and socat
// serving a plain program without any telnet (the "socket" console type of Charon), where the
// bytes must pass unchanged apart from IAC handling.

#include "core/console/consoleconnector.h"
#include "core/console/telnetsession.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testmain.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using charon::core::ConsoleConnector;
using charon::core::TelnetSession;

namespace {

const QString kTelnetd = u"/usr/sbin/telnetd"_s;

// Runs socat listening once on 127.0.0.1:port; returns once it listens.
bool startSocat(QProcess &process, quint16 port, const QString &target)
{
    const QString socat = QStandardPaths::findExecutable(u"socat"_s);
    if (socat.isEmpty())
        return false;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(
        socat, { u"-d"_s, u"-d"_s, u"TCP-LISTEN:%1,bind=127.0.0.1,reuseaddr"_s.arg(port), target });
    return QTest::qWaitFor(
        [&] {
            return process.state() == QProcess::Running
                && process.readAllStandardError().contains("listening on");
        },
        5000);
}

// A connected socket to 127.0.0.1:port (through the connector, as the product does).
bool connectTo(ConsoleConnector &connector, quint16 port)
{
    connector.connectToHost(u"127.0.0.1"_s, port);
    return QTest::qWaitFor(
               [&] { return connector.state() != ConsoleConnector::State::Connecting; }, 5000)
        && connector.state() == ConsoleConnector::State::Connected;
}

} // namespace

class TestTelnetPeers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        if (QStandardPaths::findExecutable(u"socat"_s).isEmpty())
            QSKIP("socat is not installed (scripts/setup installs it)");
    }

    void realTelnetdRunsAProgramOnAPty()
    {
        if (!QFile::exists(kTelnetd))
            QSKIP("inetutils-telnetd is not installed (scripts/setup installs it)");
        // Given telnetd on a port, running a script that shows what the pty got from us
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString script = dir.filePath(u"login.sh"_s);
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\necho \"TERM=$TERM\"\n"
                   "while read -r line; do echo \"GOT=$line SIZE=$(stty size)\"; done\n");
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const quint16 port = charon::test::freeTcpPort();
        QProcess socat;
        // nofork: telnetd gets the TCP socket itself, as it would from inetd.
        QVERIFY(startSocat(socat, port, u"EXEC:%1 -h -E %2,nofork"_s.arg(kTelnetd, script)));
        ConsoleConnector connector;
        QVERIFY(connectTo(connector, port));
        TelnetSession session(connector.socket());
        session.setWindowSize(100, 30);
        QByteArray screen;
        connect(&session, &TelnetSession::dataReceived, this,
            [&](const QByteArray &bytes) { screen += bytes; });

        // When telnetd has negotiated and started the program
        QTRY_VERIFY_WITH_TIMEOUT(screen.contains("TERM="), 10000);
        QTRY_VERIFY(screen.contains('\n'));
        // Then it learnt our terminal type, and echoes for us
        QVERIFY2(screen.contains("TERM=xterm-256color"), screen.constData());
        QVERIFY(session.isOptionEnabled(
            TelnetSession::Option::TerminalType, TelnetSession::Side::Local));
        QVERIFY(
            session.isOptionEnabled(TelnetSession::Option::WindowSize, TelnetSession::Side::Local));
        QVERIFY(session.remoteEcho());

        // When we type a line, Then the pty echoes it and the program got it with our size
        screen.clear();
        session.sendData("hello telnet\r");
        QTRY_VERIFY_WITH_TIMEOUT(screen.contains("GOT=hello telnet SIZE=30 100"), 5000);
        QVERIFY2(screen.startsWith("hello telnet\r\n"), screen.constData());

        // When the window grows, Then the pty learns the new size
        screen.clear();
        session.setWindowSize(120, 40);
        session.sendData("again\r");
        QTRY_VERIFY2_WITH_TIMEOUT(
            screen.contains("GOT=again SIZE=40 120"), screen.constData(), 5000);
        session.sendBreak(); // telnetd turns Break into an interrupt; the session survives
        QCOMPARE(session.state(), TelnetSession::State::Open);
        socat.kill();
        socat.waitForFinished();
    }

    void rawProgramBytesPassUnchanged_data()
    {
        QTest::addColumn<TelnetSession::Protocol>("protocol");
        QTest::newRow("telnet session") << TelnetSession::Protocol::Telnet;
        QTest::newRow("raw session") << TelnetSession::Protocol::Raw;
    }

    void rawProgramBytesPassUnchanged()
    {
        QFETCH(TelnetSession::Protocol, protocol);
        // Given a program that prints 64 KiB of every byte value except IAC, NUL and CR, and a
        // raw socket (no telnet at all) in front of it
        QTemporaryDir dir;
        QByteArray expected;
        for (int i = 0; i < 64 * 1024; ++i) {
            const char c = static_cast<char>(1 + (i * 7) % 254); // 1..254
            expected.append(c == '\r' ? 'R' : c);
        }
        QFile file(dir.filePath(u"payload"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(expected);
        file.close();
        const quint16 port = charon::test::freeTcpPort();
        QProcess socat;
        QVERIFY(startSocat(socat, port, u"OPEN:%1,rdonly"_s.arg(file.fileName())));
        ConsoleConnector connector;
        QVERIFY(connectTo(connector, port));
        TelnetSession session(connector.socket());
        session.setProtocol(protocol);
        QByteArray received;
        connect(&session, &TelnetSession::dataReceived, this,
            [&](const QByteArray &bytes) { received += bytes; });
        // When the program's output arrives, Then it is byte-identical, and the end of the file
        // reads as the peer closing
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), expected.size(), 10000);
        QVERIFY(received == expected);
        QTRY_COMPARE(session.state(), TelnetSession::State::Closed);
        socat.waitForFinished();
    }

    void rawEchoRoundTrip_data()
    {
        QTest::addColumn<TelnetSession::Protocol>("protocol");
        QTest::addColumn<TelnetSession::ReturnMode>("returnMode");
        QTest::addColumn<QByteArray>("typed");
        QTest::addColumn<QByteArray>("back");
        const auto autoMode = TelnetSession::ReturnMode::Auto;
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all.append(static_cast<char>(i));
        QByteArray noCr = all;
        noCr.remove(13, 1);
        // Through telnet: we double IAC, cat echoes it doubled, we undouble it
        QTest::newRow("telnet: all bytes but CR")
            << TelnetSession::Protocol::Telnet << autoMode << noCr << noCr;
        // cat never negotiates: in auto mode Return is CR alone, as PuTTY's Raw sends it
        QTest::newRow("auto, raw peer: Enter stays CR")
            << TelnetSession::Protocol::Telnet << autoMode << QByteArray("ok\r")
            << QByteArray("ok\r");
        QTest::newRow("telnet forced: Enter becomes CR LF")
            << TelnetSession::Protocol::Telnet << TelnetSession::ReturnMode::Telnet
            << QByteArray("ok\r") << QByteArray("ok\r\n");
        QTest::newRow("raw: all bytes") << TelnetSession::Protocol::Raw << autoMode << all << all;
    }

    void rawEchoRoundTrip()
    {
        QFETCH(TelnetSession::Protocol, protocol);
        QFETCH(TelnetSession::ReturnMode, returnMode);
        QFETCH(QByteArray, typed);
        QFETCH(QByteArray, back);
        // Given /bin/cat behind socat: whatever we send comes back as it went on the wire
        const quint16 port = charon::test::freeTcpPort();
        QProcess socat;
        QVERIFY(startSocat(socat, port, u"EXEC:/bin/cat"_s));
        ConsoleConnector connector;
        QVERIFY(connectTo(connector, port));
        TelnetSession session(connector.socket());
        session.setProtocol(protocol);
        session.setReturnMode(returnMode);
        QByteArray received;
        connect(&session, &TelnetSession::dataReceived, this,
            [&](const QByteArray &bytes) { received += bytes; });
        // When we type, Then the echo decodes to what we expect
        session.sendData(typed);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), back.size(), 5000);
        QCOMPARE(received.toHex(), back.toHex());
        session.close();
        socat.waitForFinished();
    }
};

CHARON_TEST_GUILESS_MAIN(TestTelnetPeers)
#include "tst_telnetpeers.moc"
