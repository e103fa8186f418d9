// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A network peer scripted by a test: a QTcpServer on 127.0.0.1 and the one connection it
// accepts. The test writes exact bytes as the "server" and compares what the client sent,
// byte for byte. Header-only and without Q_OBJECT so any test program can include it.

#include <QByteArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace charon::test {

// Bytes written as hex digits: telnet scripts read as the RFCs print them ("fffb01").
inline QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

struct ScriptedPeer
{
    QTcpServer server;
    QTcpSocket client; // the side under test talks through this socket
    QTcpSocket *peer = nullptr; // the scripted side, owned by the server
    QByteArray fromClient; // everything the client has sent so far

    ScriptedPeer() = default;
    ScriptedPeer(const ScriptedPeer &) = delete;
    ScriptedPeer &operator=(const ScriptedPeer &) = delete;

    bool start()
    {
        if (!server.listen(QHostAddress::LocalHost, 0))
            return false;
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        if (!QTest::qWaitFor(
                [this] {
                    return server.hasPendingConnections()
                        && client.state() == QAbstractSocket::ConnectedState;
                },
                5000))
            return false;
        peer = server.nextPendingConnection();
        QObject::connect(
            peer, &QIODevice::readyRead, peer, [this] { fromClient += peer->readAll(); });
        return true;
    }

    void send(const QByteArray &bytes)
    {
        peer->write(bytes);
        peer->flush();
    }

    // Waits until the client has sent at least `size` bytes (or the timeout passes).
    bool waitForClientBytes(qsizetype size, int timeoutMs = 5000)
    {
        return QTest::qWaitFor([&] { return fromClient.size() >= size; }, timeoutMs);
    }
};

} // namespace charon::test
