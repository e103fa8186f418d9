// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Opens the transport of a console: a TCP connection to the emulator's console port (normally
// 127.0.0.1:PORT) and reports its life in the words an admin expects: connecting, connected,
// refused, closed by peer. The socket it makes is what a TelnetSession reads; the connector
// owns it, and each connectToHost() replaces the previous one, so a tab can reconnect.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTcpSocket>
#include <QTimer>

#include <chrono>

namespace charon::core {

class ConsoleConnector : public QObject
{
    Q_OBJECT

public:
    enum class State : quint8 {
        Idle,
        Connecting,
        Connected,
        Refused, // nothing listens on the port: the emulator is not running
        HostNotFound,
        TimedOut,
        ClosedByPeer, // the emulator closed the console (stopped, or another client took it)
        Failed, // any other socket error; errorString() says which
        Closed, // we closed it
    };
    Q_ENUM(State)

    explicit ConsoleConnector(QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void connectToHost(const QString &host, quint16 port);
    void disconnectFromHost();

    State state() const { return m_state; }
    // The socket of the current attempt; nullptr before the first. Owned by the connector.
    QTcpSocket *socket() const { return m_socket; }
    QString errorString() const { return m_errorString; }
    // One short sentence for the state, translated ("Connection refused by 127.0.0.1:10003").
    QString describe() const;

Q_SIGNALS:
    void stateChanged(charon::core::ConsoleConnector::State state);
    void connected(QTcpSocket *socket);

private:
    void setState(State state);
    void onConnected();
    void onError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void onTimeout();

    QPointer<QTcpSocket> m_socket;
    QTimer m_timer;
    QString m_host;
    quint16 m_port = 0;
    std::chrono::milliseconds m_timeout { 10000 };
    State m_state = State::Idle;
    QString m_errorString;
};

} // namespace charon::core
