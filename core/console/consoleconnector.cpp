// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/console/consoleconnector.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace charon::core {

ConsoleConnector::ConsoleConnector(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConsoleConnector::onTimeout);
}

void ConsoleConnector::connectToHost(const QString &host, quint16 port)
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_host = host;
    m_port = port;
    m_errorString.clear();
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, &ConsoleConnector::onConnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &ConsoleConnector::onError);
    connect(m_socket, &QTcpSocket::disconnected, this, &ConsoleConnector::onDisconnected);
    setState(State::Connecting);
    m_timer.start(m_timeout);
    m_socket->connectToHost(host, port);
}

void ConsoleConnector::disconnectFromHost()
{
    m_timer.stop();
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->disconnectFromHost();
    setState(State::Closed);
}

QString ConsoleConnector::describe() const
{
    const QString where = u"%1:%2"_s.arg(m_host).arg(m_port);
    switch (m_state) {
    case State::Idle:
        return tr("Not connected");
    case State::Connecting:
        return tr("Connecting to %1…").arg(where);
    case State::Connected:
        return tr("Connected to %1").arg(where);
    case State::Refused:
        return tr("Connection refused by %1: is the emulator running?").arg(where);
    case State::HostNotFound:
        return tr("Host %1 not found").arg(m_host);
    case State::TimedOut:
        return tr("No answer from %1").arg(where);
    case State::ClosedByPeer:
        return tr("Connection closed by %1").arg(where);
    case State::Failed:
        return tr("Connection to %1 failed: %2").arg(where, m_errorString);
    case State::Closed:
        return tr("Disconnected from %1").arg(where);
    }
    return {};
}

void ConsoleConnector::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ConsoleConnector::onConnected()
{
    m_timer.stop();
    setState(State::Connected);
    Q_EMIT connected(m_socket);
}

void ConsoleConnector::onError(QAbstractSocket::SocketError error)
{
    m_timer.stop();
    m_errorString = m_socket ? m_socket->errorString() : QString();
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        setState(State::Refused);
        break;
    case QAbstractSocket::HostNotFoundError:
        setState(State::HostNotFound);
        break;
    case QAbstractSocket::SocketTimeoutError:
        setState(State::TimedOut);
        break;
    case QAbstractSocket::RemoteHostClosedError:
        setState(State::ClosedByPeer);
        break;
    default:
        setState(State::Failed);
        break;
    }
}

void ConsoleConnector::onDisconnected()
{
    // Reached without an error when the peer closes cleanly before we read the error.
    if (m_state == State::Connected)
        setState(State::ClosedByPeer);
}

void ConsoleConnector::onTimeout()
{
    if (m_state != State::Connecting || !m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_errorString = tr("Timed out");
    setState(State::TimedOut);
}

} // namespace charon::core
