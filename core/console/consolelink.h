// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// One guest's console connection as a whole, for a console tab or the CLI: it dials the console
// port (ConsoleConnector), speaks telnet over it (TelnetSession) and keeps the conversation
// going across the guest's life. It follows the guest's state as the caller reports it: while
// the guest is stopped it waits instead of hammering the port, when the guest becomes ACTIVE
// again it dials at once, otherwise it retries with a bounded backoff. It tells a console held
// by another client apart from a dead port: the simulator answers with one refusal line and
// hangs up, a real Charon just hangs up, both before any telnet negotiation; bytes received in
// that first moment are held back so a refusal never lands in the terminal.
// The window size is remembered and given to every new telnet session (NAWS).

#include "core/console/consoleconnector.h"
#include "core/console/telnetsession.h"
#include "core/domain/gueststate.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QTimer>

#include <chrono>

namespace charon::core {

class ConsoleLink : public QObject
{
    Q_OBJECT

public:
    enum class Status : quint8 {
        Idle, // not asked to connect (yet)
        GuestStopped, // the guest is not running: waiting for it to start
        GuestStarting, // starting or stopping: waiting for it to settle
        Connecting,
        Connected,
        InUse, // another client holds the console; retrying later
        Unreachable, // refused, timed out or closed while the guest runs; retrying later
        Closed, // we closed it
    };
    Q_ENUM(Status)

    explicit ConsoleLink(QObject *parent = nullptr);
    ~ConsoleLink() override;

    void setEndpoint(const QString &host, quint16 port);
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    // Unknown (the default) means "nobody knows": dial and retry.
    void setGuestState(GuestState state);
    GuestState guestState() const { return m_guestState; }
    // Off: one attempt only (the CLI); a lost connection ends in its status for good.
    void setAutoReconnect(bool on) { m_autoReconnect = on; }
    void setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds max);
    void setConnectTimeout(std::chrono::milliseconds timeout) { m_connector.setTimeout(timeout); }
    // Given to every new telnet session (see TelnetSession); the current one gets them too.
    void setReturnMode(TelnetSession::ReturnMode mode);
    TelnetSession::ReturnMode returnMode() const { return m_returnMode; }
    void setTerminalType(const QByteArray &name);
    QByteArray terminalType() const { return m_terminalType; }
    // How long a fresh connection is on probation (held bytes, refusal detection).
    void setProbation(std::chrono::milliseconds probation) { m_probationMs = probation.count(); }

    // Starts connecting (when the guest state allows) and keeps the link up until close().
    void open();
    void close();
    bool isOpen() const { return m_wanted; }

    Status status() const { return m_status; }
    bool isConnected() const { return m_status == Status::Connected; }
    // The status in words, for a status bar or the CLI ("Connected to 127.0.0.1:10003").
    QString statusText() const;
    // The same without the "Retrying in N s." that follows a refusal: a window shows when the
    // next attempt comes in a label of its own, so the sentence does not change every second.
    QString stateText() const;
    // What the peer said when it refused us (the refusal line), "" otherwise.
    QString refusalText() const { return m_refusal; }
    // Milliseconds until the next attempt while retrying, -1 when none is planned.
    int retryInMs() const;
    TelnetSession *session() const { return m_session; }
    QSize windowSize() const { return m_windowSize; }

    // Which guest states let the link dial (Active, and Unknown when nobody can tell).
    static bool mayDial(GuestState state);
    // True when the text a peer sent before hanging up is a "console busy" refusal.
    static bool looksLikeRefusal(const QByteArray &text);
    // One sentence saying what the configuration's break_on / stop_on keys do on this console
    // ("On this console, Ctrl-P halts the guest (break_on)."); "" when neither is set.
    static QString haltWarning(const QString &breakOn, const QString &stopOn);

public Q_SLOTS:
    void sendData(const QByteArray &bytes);
    void sendBreak();
    void setWindowSize(int columns, int rows);
    // Flow control (see TelnetSession::setReadingPaused); a new session starts unpaused.
    void setReadingPaused(bool paused);

Q_SIGNALS:
    void statusChanged(charon::core::ConsoleLink::Status status);
    // Guest output after telnet decoding.
    void dataReceived(const QByteArray &bytes);
    // A new session began (after a reconnect too): the terminal may want to mark it.
    void sessionStarted();
    // An established session ended (the peer closed it or the transport failed).
    void sessionEnded();

private:
    void setStatus(Status status);
    void dial();
    void scheduleRetry(Status status);
    void onConnectorState(ConsoleConnector::State state);
    void onConnected(QTcpSocket *socket);
    void onSessionData(const QByteArray &bytes);
    void onSessionClosed();
    void endProbation();
    void dropSession();
    void settle();

    ConsoleConnector m_connector;
    QPointer<TelnetSession> m_session;
    QTimer m_retry;
    QTimer m_probation;
    QElapsedTimer m_connectedAt;
    QByteArray m_held; // bytes received during probation
    QString m_host = QStringLiteral("127.0.0.1");
    quint16 m_port = 0;
    QString m_refusal;
    QString m_reason; // why the last attempt or session failed
    QSize m_windowSize { 80, 24 };
    QByteArray m_terminalType = QByteArrayLiteral("VT220");
    TelnetSession::ReturnMode m_returnMode = TelnetSession::ReturnMode::Auto;
    GuestState m_guestState = GuestState::Unknown;
    Status m_status = Status::Idle;
    qint64 m_probationMs = 300;
    std::chrono::milliseconds m_firstBackoff { 250 };
    std::chrono::milliseconds m_maxBackoff { 10000 };
    std::chrono::milliseconds m_backoff { 250 };
    bool m_wanted = false;
    bool m_autoReconnect = true;
    bool m_onProbation = false;
};

} // namespace charon::core
