// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "sim/telnetconnection.h"

#include "sim/floodgenerator.h"

#include <QHostAddress>

#include <libtelnet.h>

using namespace Qt::StringLiterals;

namespace charon::sim {

namespace {
// What this server supports: it echoes and suppresses go-ahead itself; it wants the client
// to report its window size and terminal type.
const telnet_telopt_t kOptions[] = {
    { TELNET_TELOPT_ECHO, TELNET_WILL, TELNET_DONT },
    { TELNET_TELOPT_SGA, TELNET_WILL, TELNET_DO },
    { TELNET_TELOPT_NAWS, TELNET_WONT, TELNET_DO },
    { TELNET_TELOPT_TTYPE, TELNET_WONT, TELNET_DO },
    { -1, 0, 0 },
};

// Keep the kernel buffer fed without queuing megabytes inside Qt.
constexpr qint64 kFloodHighWater = 256 * 1024;
constexpr qsizetype kFloodChunk = 64 * 1024;
} // namespace

void TelnetConnection::TelnetDeleter::operator()(telnet_t *telnet) const
{
    telnet_free(telnet);
}

TelnetConnection::TelnetConnection(QTcpSocket *socket, const QByteArray &hostname, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_hostname(hostname)
    , m_connectedAt(QDateTime::currentDateTime())
{
    socket->setParent(this);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_peer = u"%1:%2"_s.arg(socket->peerAddress().toString()).arg(socket->peerPort());
    m_telnet.reset(telnet_init(kOptions, &TelnetConnection::onEvent, 0, this));
    connect(socket, &QTcpSocket::readyRead, this, &TelnetConnection::readSocket);
    connect(socket, &QTcpSocket::bytesWritten, this, &TelnetConnection::pumpFlood);
    connect(socket, &QTcpSocket::disconnected, this, &TelnetConnection::close);
    connect(socket, &QTcpSocket::errorOccurred, this, &TelnetConnection::close);

    telnet_negotiate(m_telnet.get(), TELNET_WILL, TELNET_TELOPT_ECHO);
    telnet_negotiate(m_telnet.get(), TELNET_WILL, TELNET_TELOPT_SGA);
    telnet_negotiate(m_telnet.get(), TELNET_DO, TELNET_TELOPT_NAWS);
    telnet_negotiate(m_telnet.get(), TELNET_DO, TELNET_TELOPT_TTYPE);
}

TelnetConnection::~TelnetConnection() = default;

QByteArray TelnetConnection::toNetworkLineEnds(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size() + text.size() / 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '\n') {
            out += "\r\n";
        } else if (c == '\r') {
            const bool lineEnd = i + 1 < text.size() && text.at(i + 1) == '\n';
            out += lineEnd ? "\r\n" : QByteArray("\r\0", 2);
            if (lineEnd)
                ++i;
        } else {
            out += c;
        }
    }
    return out;
}

void TelnetConnection::send(const QByteArray &text)
{
    if (m_closed || text.isEmpty())
        return;
    const QByteArray network = toNetworkLineEnds(text);
    if (m_flood) {
        m_heldDuringFlood += network;
        return;
    }
    sendNetwork(network);
}

void TelnetConnection::sendNetwork(const QByteArray &bytes)
{
    telnet_send(m_telnet.get(), bytes.constData(), size_t(bytes.size()));
}

void TelnetConnection::startFlood(qint64 bytes)
{
    if (m_closed || m_flood || bytes <= 0) {
        if (!m_closed && !m_flood)
            Q_EMIT floodFinished(0);
        return;
    }
    m_flood = std::make_unique<FloodGenerator>(bytes, m_hostname);
    m_floodTotal = bytes;
    pumpFlood();
}

void TelnetConnection::pumpFlood()
{
    if (!m_flood || m_closed || !m_socket)
        return;
    while (!m_flood->atEnd() && m_socket->bytesToWrite() < kFloodHighWater)
        sendNetwork(m_flood->take(kFloodChunk));
    if (!m_flood->atEnd())
        return;
    m_flood.reset();
    const QByteArray held = std::exchange(m_heldDuringFlood, {});
    if (!held.isEmpty())
        sendNetwork(held);
    Q_EMIT floodFinished(m_floodTotal);
}

void TelnetConnection::close()
{
    if (m_closed)
        return;
    m_closed = true;
    // A flood cut short by the client leaving still ends: whoever waits for it goes on.
    const bool flooding = m_flood != nullptr;
    m_flood.reset();
    if (QTcpSocket *socket = m_socket) {
        socket->disconnect(this);
        // The socket outlives this object (deleted later by whoever owns the connection) until
        // its last bytes are out: a guest's final words before power off must reach the client.
        socket->flush();
        socket->setParent(parent());
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
        if (socket->state() == QAbstractSocket::UnconnectedState)
            socket->deleteLater();
    }
    if (flooding)
        Q_EMIT floodFinished(m_floodTotal);
    Q_EMIT closed();
}

void TelnetConnection::readSocket()
{
    while (m_socket && !m_closed && m_socket->bytesAvailable() > 0) {
        const QByteArray chunk = m_socket->read(16 * 1024);
        telnet_recv(m_telnet.get(), chunk.constData(), size_t(chunk.size()));
    }
}

void TelnetConnection::onEvent(telnet_t *, telnet_event_t *event, void *self)
{
    static_cast<TelnetConnection *>(self)->handleEvent(*event);
}

void TelnetConnection::handleEvent(const telnet_event_t &event)
{
    switch (event.type) {
    case TELNET_EV_SEND:
        if (m_socket && !m_closed)
            m_socket->write(event.data.buffer, qint64(event.data.size));
        break;
    case TELNET_EV_DATA:
        handleData(event.data.buffer, event.data.size);
        break;
    case TELNET_EV_WILL:
        if (event.neg.telopt == TELNET_TELOPT_TTYPE)
            telnet_ttype_send(m_telnet.get());
        break;
    case TELNET_EV_TTYPE:
        if (event.ttype.cmd == TELNET_TTYPE_IS && event.ttype.name) {
            m_terminalType = QString::fromLatin1(event.ttype.name);
            Q_EMIT terminalTypeChanged(m_terminalType);
        }
        break;
    case TELNET_EV_SUBNEGOTIATION:
        if (event.sub.telopt == TELNET_TELOPT_NAWS && event.sub.size == 4) {
            const auto *b = reinterpret_cast<const unsigned char *>(event.sub.buffer);
            m_columns = (b[0] << 8) | b[1];
            m_rows = (b[2] << 8) | b[3];
            Q_EMIT windowSizeChanged(m_columns, m_rows);
        }
        break;
    case TELNET_EV_ERROR:
        qWarning("charon-guest-sim: telnet protocol error from %s: %s", qPrintable(m_peer),
            event.error.msg);
        close();
        break;
    default:
        break;
    }
}

void TelnetConnection::handleData(const char *buffer, size_t size)
{
    QByteArray data;
    data.reserve(qsizetype(size));
    for (size_t i = 0; i < size; ++i) {
        const char c = buffer[i];
        // CR LF and CR NUL are one "Enter"; the byte after a CR is dropped when it is either.
        if (m_afterCr && (c == '\n' || c == '\0')) {
            m_afterCr = false;
            continue;
        }
        m_afterCr = c == '\r';
        data += c;
    }
    if (!data.isEmpty())
        Q_EMIT dataReceived(data);
}

} // namespace charon::sim
