// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// ConsoleLink against scripted servers on 127.0.0.1: a stopped guest is not dialled, a refused
// port is retried with a bounded backoff, a server that hangs up at once (with or without a
// refusal line) reads as "in use" and its words never reach the terminal, a negotiating peer
// ends the probation at once, the window size goes to every new session, a lost session is
// dialled again, the CLI's one-shot mode gives up, and the halt-key sentence.

#include "core/console/consolelink.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testmain.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using charon::core::ConsoleLink;
using charon::core::GuestState;
using Status = ConsoleLink::Status;

namespace {
// A server whose every connection gets `greeting` and, when `hangUp`, is closed right after.
struct Server
{
    QTcpServer server;
    QByteArray greeting;
    bool hangUp = false;
    int accepted = 0;
    QList<QTcpSocket *> clients;
    QByteArray received;

    bool listen(quint16 port = 0)
    {
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                ++accepted;
                clients << socket;
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                    [this, socket] { received += socket->readAll(); });
                socket->write(greeting);
                if (hangUp)
                    socket->disconnectFromHost();
            }
        });
        return server.listen(QHostAddress::LocalHost, port);
    }
    quint16 port() const { return server.serverPort(); }
};
} // namespace

class TestConsoleLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stoppedGuestIsNotDialledUntilActive()
    {
        Server server;
        QVERIFY(server.listen());
        ConsoleLink link;
        link.setEndpoint(u"127.0.0.1"_s, server.port());
        link.setGuestState(GuestState::Inactive);
        // When opened for a stopped guest, Then it waits and says why
        link.open();
        QCOMPARE(link.status(), Status::GuestStopped);
        QCOMPARE(
            link.statusText(), u"The guest is stopped. The console reconnects when it runs."_s);
        QTest::qWait(500); // not synchronisation: a window in which a wrong dial would show
        QCOMPARE(server.accepted, 0);
        link.setGuestState(GuestState::Activating);
        QCOMPARE(link.status(), Status::GuestStarting);
        // When it becomes ACTIVE, Then it dials at once
        link.setGuestState(GuestState::Active);
        QTRY_COMPARE(link.status(), Status::Connected);
        QCOMPARE(server.accepted, 1);
    }

    void refusedPortIsRetriedWithBoundedBackoff()
    {
        // Given nothing listening on the port
        const quint16 port = charon::test::freeTcpPort();
        ConsoleLink link;
        link.setEndpoint(u"127.0.0.1"_s, port);
        link.setBackoff(100ms, 400ms);
        QList<qint64> attempts;
        QElapsedTimer clock;
        clock.start();
        connect(&link, &ConsoleLink::statusChanged, this, [&](Status status) {
            if (status == Status::Connecting)
                attempts << clock.elapsed();
        });
        link.open();
        // Then it keeps trying, each wait doubling up to the bound, and says so
        QTRY_VERIFY_WITH_TIMEOUT(attempts.size() >= 6, 5000);
        QVERIFY2(link.statusText().contains(u"Connection refused by 127.0.0.1:%1"_s.arg(port)),
            qPrintable(link.statusText()));
        QVERIFY(link.statusText().contains(u"Retrying in 1 s."_s));
        const qint64 lastGap = attempts.at(5) - attempts.at(4);
        QVERIFY2(lastGap >= 350 && lastGap < 1500, QByteArray::number(lastGap).constData());
        QVERIFY(attempts.at(1) - attempts.at(0) < 350);
        // When a server appears, Then the next attempt connects
        Server server;
        QVERIFY(server.listen(port));
        QTRY_COMPARE_WITH_TIMEOUT(link.status(), Status::Connected, 3000);
    }

    void hangUpAtOnceMeansInUse_data()
    {
        QTest::addColumn<QByteArray>("greeting");
        QTest::addColumn<QString>("text");
        QTest::newRow("simulator's refusal line")
            << QByteArray("console in use by 127.0.0.1:4242 since 10:11:12\r\n")
            << u"Console in use by another client: console in use by 127.0.0.1:4242 since 10:11:12."_s;
        QTest::newRow("silent hang-up (a real Charon)")
            << QByteArray()
            << u"Console in use by another client (the emulator hung up at once)."_s;
    }

    void hangUpAtOnceMeansInUse()
    {
        QFETCH(QByteArray, greeting);
        QFETCH(QString, text);
        Server server;
        server.greeting = greeting;
        server.hangUp = true;
        QVERIFY(server.listen());
        ConsoleLink link;
        link.setEndpoint(u"127.0.0.1"_s, server.port());
        link.setBackoff(5000ms, 5000ms);
        QSignalSpy data(&link, &ConsoleLink::dataReceived);
        link.open();
        QTRY_COMPARE(link.status(), Status::InUse);
        QVERIFY2(link.statusText().startsWith(text), qPrintable(link.statusText()));
        QVERIFY2(link.statusText().endsWith(u"Retrying in 5 s."_s), qPrintable(link.statusText()));
        // The refusal is for the status bar, not for the terminal
        QCOMPARE(data.size(), 0);
    }

    void negotiatingPeerIsConnectedAtOnceAndGetsTheWindowSize()
    {
        // Given a telnet server that asks for NAWS first thing, then greets
        Server server;
        server.greeting = QByteArray("\xff\xfd\x1f", 3) + "Welcome\r\n";
        QVERIFY(server.listen());
        ConsoleLink link;
        link.setEndpoint(u"127.0.0.1"_s, server.port());
        link.setProbation(10s); // only negotiation can end it this fast
        link.setWindowSize(132, 43);
        QSignalSpy data(&link, &ConsoleLink::dataReceived);
        QSignalSpy started(&link, &ConsoleLink::sessionStarted);
        link.open();
        QTRY_COMPARE_WITH_TIMEOUT(link.status(), Status::Connected, 2000);
        QCOMPARE(started.size(), 1);
        QTRY_COMPARE(data.size(), 1);
        QCOMPARE(data.at(0).at(0).toByteArray(), QByteArray("Welcome\r\n"));
        // Then the remembered size went out (IAC WILL NAWS, IAC SB NAWS 0 132 0 43 IAC SE)
        QTRY_VERIFY(
            server.received.contains(QByteArray("\xff\xfa\x1f\x00\x84\x00\x2b\xff\xf0", 9)));
        // And a resize goes out too
        link.setWindowSize(100, 30);
        QTRY_VERIFY(
            server.received.contains(QByteArray("\xff\xfa\x1f\x00\x64\x00\x1e\xff\xf0", 9)));
    }

    void lostSessionIsDialledAgainUnlessOneShot_data()
    {
        QTest::addColumn<bool>("autoReconnect");
        QTest::newRow("tab: reconnects") << true;
        QTest::newRow("CLI: one shot") << false;
    }

    void lostSessionIsDialledAgainUnlessOneShot()
    {
        QFETCH(bool, autoReconnect);
        Server server;
        server.greeting = "ready\r\n";
        QVERIFY(server.listen());
        ConsoleLink link;
        link.setEndpoint(u"127.0.0.1"_s, server.port());
        link.setAutoReconnect(autoReconnect);
        link.setBackoff(100ms, 100ms);
        link.setProbation(100ms);
        QSignalSpy ended(&link, &ConsoleLink::sessionEnded);
        link.open();
        QTRY_COMPARE(link.status(), Status::Connected);
        // When the server closes an established session
        server.clients.first()->disconnectFromHost();
        QTRY_COMPARE(ended.size(), 1);
        if (autoReconnect) {
            // Then the tab's link dials again
            QTRY_COMPARE(server.accepted, 2);
            QTRY_COMPARE(link.status(), Status::Connected);
        } else {
            // Then the CLI's link stops there
            QCOMPARE(link.status(), Status::Unreachable);
            QCOMPARE(link.retryInMs(), -1);
            QTest::qWait(300); // not synchronisation: a window in which a redial would show
            QCOMPARE(server.accepted, 1);
        }
    }

    void haltWarning_data()
    {
        QTest::addColumn<QString>("breakOn");
        QTest::addColumn<QString>("stopOn");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("none") << QString() << QString() << QString();
        QTest::newRow("break_on") << u"Ctrl-P"_s << QString()
                                  << u"On this console, Ctrl-P halts the guest (break_on)."_s;
        QTest::newRow("stop_on") << QString() << u"F6"_s
                                 << u"On this console, F6 stops the emulator (stop_on)."_s;
        QTest::newRow("both") << u"Ctrl-P"_s << u"F6"_s
                              << u"On this console, Ctrl-P halts the guest (break_on) and F6 "
                                 "stops the emulator (stop_on)."_s;
    }

    void haltWarning()
    {
        QFETCH(QString, breakOn);
        QFETCH(QString, stopOn);
        QFETCH(QString, sentence);
        QCOMPARE(ConsoleLink::haltWarning(breakOn, stopOn), sentence);
    }
};

CHARON_TEST_MAIN(TestConsoleLink)
#include "tst_consolelink.moc"
