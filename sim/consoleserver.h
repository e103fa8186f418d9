// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The emulator's console port: a TCP server that accepts one telnet client at a time, as a
// Charon console does. A second client gets a one-line refusal naming the current one and is
// disconnected. Output produced while nobody is connected is kept (the last 64 KiB) and shown
// to the next client, like a console server replaying recent lines.

#include "sim/telnetconnection.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

class QTcpServer;
class QTcpSocket;

namespace charon::sim {

class ConsoleServer : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kBacklogLimit = 64 * 1024;

    explicit ConsoleServer(const QByteArray &hostname, QObject *parent = nullptr);
    ~ConsoleServer() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    void close();

    // Console output: to the client, or into the backlog when nobody is connected.
    void write(const QByteArray &text);
    QByteArray backlog() const { return m_backlog; }
    bool hasClient() const { return !m_client.isNull(); }
    TelnetConnection *client() const { return m_client; }

    // Generated output for throughput tests; false (and nothing sent) without a client.
    bool flood(qint64 bytes);
    // Every new client first gets this many flood bytes (after the backlog).
    void setFloodOnConnect(qint64 bytes) { m_floodOnConnect = bytes; }

Q_SIGNALS:
    void clientConnected(const QString &peer);
    void clientDisconnected(const QString &peer);
    void clientRefused(const QString &peer);
    void inputReceived(const QByteArray &bytes);
    void floodFinished(qint64 bytes);
    // The client reported its window (NAWS) or its terminal type (TTYPE).
    void clientWindowSizeChanged(int columns, int rows);
    void clientTerminalTypeChanged(const QString &type);

private:
    void acceptConnections();
    void refuse(QTcpSocket *socket);
    void clientClosed(TelnetConnection *client);

    QTcpServer *m_server;
    QPointer<TelnetConnection> m_client;
    QByteArray m_backlog;
    QByteArray m_hostname;
    qint64 m_floodOnConnect = 0;
};

} // namespace charon::sim
