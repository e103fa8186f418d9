// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// One console client, spoken to in telnet (RFC 854) through libtelnet: on connect the server
// offers WILL ECHO and WILL SUPPRESS-GO-AHEAD (character mode, the guest echoes) and asks
// DO NAWS and DO TTYPE, recording the window size and terminal type the client reports.
// Output is escaped (IAC IAC) with "\n" sent as CR LF; input comes out with CR LF and CR NUL
// folded to CR. It can also flood the client with generated output as fast as it drains,
// holding ordinary output back until the flood is over.

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <memory>

struct telnet_t;
union telnet_event_t;

namespace charon::sim {

class FloodGenerator;

class TelnetConnection : public QObject
{
    Q_OBJECT

public:
    // Takes the socket over (reparents it) and starts the option negotiation.
    TelnetConnection(QTcpSocket *socket, const QByteArray &hostname, QObject *parent = nullptr);
    ~TelnetConnection() override;

    // Console text with "\n" line ends.
    void send(const QByteArray &text);
    // Sends `bytes` of generated console output; floodFinished() once all were written, or
    // when the client left before that.
    void startFlood(qint64 bytes);
    bool isFlooding() const { return m_flood != nullptr; }
    void close();

    QString peer() const { return m_peer; }
    QDateTime connectedAt() const { return m_connectedAt; }
    QString terminalType() const { return m_terminalType; }
    int columns() const { return m_columns; }
    int rows() const { return m_rows; }

    // "\n" -> CR LF, a bare CR -> CR NUL (RFC 854's NVT rules for the network form).
    static QByteArray toNetworkLineEnds(const QByteArray &text);

Q_SIGNALS:
    void dataReceived(const QByteArray &bytes);
    void windowSizeChanged(int columns, int rows);
    void terminalTypeChanged(const QString &type);
    void floodFinished(qint64 bytes);
    void closed();

private:
    struct TelnetDeleter
    {
        void operator()(telnet_t *telnet) const;
    };
    static void onEvent(telnet_t *telnet, telnet_event_t *event, void *self);
    void handleEvent(const telnet_event_t &event);
    void handleData(const char *buffer, size_t size);
    void readSocket();
    void pumpFlood();
    void sendNetwork(const QByteArray &bytes);

    QPointer<QTcpSocket> m_socket;
    std::unique_ptr<telnet_t, TelnetDeleter> m_telnet;
    std::unique_ptr<FloodGenerator> m_flood;
    qint64 m_floodTotal = 0;
    QByteArray m_heldDuringFlood;
    QByteArray m_hostname;
    QString m_peer;
    QDateTime m_connectedAt;
    QString m_terminalType;
    int m_columns = 0;
    int m_rows = 0;
    bool m_afterCr = false;
    bool m_closed = false;
};

} // namespace charon::sim
