// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "sim/consoleserver.h"

#include "sim/telnetconnection.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace charon::sim {

ConsoleServer::ConsoleServer(const QByteArray &hostname, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_hostname(hostname)
{
    connect(m_server, &QTcpServer::newConnection, this, &ConsoleServer::acceptConnections);
}

ConsoleServer::~ConsoleServer() = default;

bool ConsoleServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server->listen(address, port))
        return true;
    if (error) {
        *error = QCoreApplication::translate("ConsoleServer", "cannot listen on %1 port %2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(m_server->errorString());
    }
    return false;
}

quint16 ConsoleServer::port() const
{
    return m_server->serverPort();
}

void ConsoleServer::close()
{
    m_server->close();
    if (m_client)
        m_client->close();
}

void ConsoleServer::write(const QByteArray &text)
{
    if (m_client) {
        m_client->send(text);
        return;
    }
    m_backlog += text;
    if (m_backlog.size() > kBacklogLimit)
        m_backlog.remove(0, m_backlog.size() - kBacklogLimit);
}

bool ConsoleServer::flood(qint64 bytes)
{
    if (!m_client)
        return false;
    m_client->startFlood(bytes);
    return true;
}

void ConsoleServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_client) {
            refuse(socket);
            continue;
        }
        auto *client = new TelnetConnection(socket, m_hostname, this);
        m_client = client;
        connect(client, &TelnetConnection::dataReceived, this, &ConsoleServer::inputReceived);
        connect(client, &TelnetConnection::floodFinished, this, &ConsoleServer::floodFinished);
        connect(client, &TelnetConnection::windowSizeChanged, this,
            &ConsoleServer::clientWindowSizeChanged);
        connect(client, &TelnetConnection::terminalTypeChanged, this,
            &ConsoleServer::clientTerminalTypeChanged);
        connect(client, &TelnetConnection::closed, this, [this, client] { clientClosed(client); });
        Q_EMIT clientConnected(client->peer());
        client->send(std::exchange(m_backlog, {}));
        if (m_floodOnConnect > 0)
            client->startFlood(m_floodOnConnect);
    }
}

void ConsoleServer::refuse(QTcpSocket *socket)
{
    const QString peer = u"%1:%2"_s.arg(socket->peerAddress().toString()).arg(socket->peerPort());
    const QString message
        = QCoreApplication::translate("ConsoleServer", "console in use by %1 since %2")
              .arg(m_client->peer(), m_client->connectedAt().toString(u"HH:mm:ss"_s));
    socket->setParent(this);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->write(message.toUtf8() + "\r\n");
    socket->disconnectFromHost();
    if (socket->state() == QAbstractSocket::UnconnectedState)
        socket->deleteLater();
    Q_EMIT clientRefused(peer);
}

void ConsoleServer::clientClosed(TelnetConnection *client)
{
    const QString peer = client->peer();
    if (client == m_client)
        m_client.clear();
    client->deleteLater();
    Q_EMIT clientDisconnected(peer);
}

} // namespace charon::sim
