// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// ConsoleConnector: the states an admin sees while a console connects, works and ends.

#include "core/console/consoleconnector.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testmain.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using charon::core::ConsoleConnector;
using State = ConsoleConnector::State;

class TestConsoleConnector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedWhenNothingListens()
    {
        // Given a port nobody listens on
        const quint16 port = charon::test::freeTcpPort();
        ConsoleConnector connector;
        QSignalSpy states(&connector, &ConsoleConnector::stateChanged);
        // When connecting
        connector.connectToHost(u"127.0.0.1"_s, port);
        QCOMPARE(connector.state(), State::Connecting);
        // Then the attempt ends as refused, with a sentence naming the port
        QTRY_COMPARE(connector.state(), State::Refused);
        QCOMPARE(states.size(), 2);
        QVERIFY2(
            connector.describe().contains(QString::number(port)), qPrintable(connector.describe()));
    }

    void connectedThenClosedByPeer()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        ConsoleConnector connector;
        QSignalSpy connected(&connector, &ConsoleConnector::connected);
        connector.connectToHost(u"127.0.0.1"_s, server.serverPort());
        QTRY_COMPARE(connector.state(), State::Connected);
        QCOMPARE(connected.size(), 1);
        QCOMPARE(connected.at(0).at(0).value<QTcpSocket *>(), connector.socket());
        // When the emulator side closes the console
        QTRY_VERIFY(server.hasPendingConnections());
        QTcpSocket *peer = server.nextPendingConnection();
        peer->close();
        // Then the connector says the peer closed it
        QTRY_COMPARE(connector.state(), State::ClosedByPeer);
    }

    void closedByUs()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        ConsoleConnector connector;
        connector.connectToHost(u"127.0.0.1"_s, server.serverPort());
        QTRY_COMPARE(connector.state(), State::Connected);
        connector.disconnectFromHost();
        QCOMPARE(connector.state(), State::Closed);
        QTest::qWait(50); // not synchronisation: a window for a late "closed by peer"
        QCOMPARE(connector.state(), State::Closed); // not turned into "closed by peer"
    }

    void reconnectReplacesTheSocket()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        ConsoleConnector connector;
        connector.connectToHost(u"127.0.0.1"_s, server.serverPort());
        QTRY_COMPARE(connector.state(), State::Connected);
        QPointer<QTcpSocket> first = connector.socket();
        connector.connectToHost(u"127.0.0.1"_s, server.serverPort());
        QTRY_COMPARE(connector.state(), State::Connected);
        QVERIFY(connector.socket() != first.data());
        QTRY_VERIFY(first.isNull()); // the old one is gone, not leaked
    }
};

CHARON_TEST_GUILESS_MAIN(TestConsoleConnector)
#include "tst_consoleconnector.moc"
