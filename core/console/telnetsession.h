// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The telnet stage of a console: between a transport (QTcpSocket today, an ssh channel later;
// any QIODevice) and the terminal. It turns transport bytes into application bytes and typed
// bytes into transport bytes, following RFC 854 and the option RFCs a Charon console uses:
// BINARY (856), ECHO (857), SUPPRESS-GO-AHEAD (858), TERMINAL-TYPE (1091) and NAWS (1073).
// libtelnet parses and runs the RFC 1143 option state machine; this class chooses which
// options to accept, answers TERMINAL-TYPE and NAWS, translates newlines and guards against
// hostile peers (an oversized subnegotiation is dropped, never buffered without bound).
//
// It is passive: it never offers an option first, so a raw (non-telnet) peer only ever sees
// the bytes the user typed. Protocol::Raw turns the telnet layer off entirely for consoles
// configured as plain sockets. Not supported: LINEMODE, ENVIRON, AUTHENTICATION, ENCRYPT,
// compression (all refused during negotiation).

#include <QByteArray>
#include <QIODevice>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QString>

#include <memory>
#include <vector>

struct telnet_t;
union telnet_event_t;

namespace charon::core {

class TelnetSession : public QObject
{
    Q_OBJECT

public:
    // The options this session understands, by their telnet option code.
    enum class Option : quint8 {
        Binary = 0,
        Echo = 1,
        SuppressGoAhead = 3,
        TerminalType = 24,
        WindowSize = 31,
    };
    Q_ENUM(Option)
    // Local: we perform the option (we sent or accepted WILL). Remote: the peer performs it.
    enum class Side : quint8 { Local, Remote };
    Q_ENUM(Side)
    enum class State : quint8 { Open, Closed };
    Q_ENUM(State)
    // How Enter (a CR not followed by LF) travels while our output is not BINARY.
    enum class NewlineMode : quint8 { CrLf, CrNul };
    Q_ENUM(NewlineMode)
    enum class Protocol : quint8 { Telnet, Raw };
    Q_ENUM(Protocol)
    // What Return (CR) becomes on the wire. Telnet: NVT rules (CR LF or CR NUL, CR alone in
    // BINARY). Raw: CR alone, for a plain socket console (PuTTY's "Raw"). Auto: NVT rules once
    // the peer negotiated anything (it speaks telnet), CR alone while it never did.
    enum class ReturnMode : quint8 { Auto, Telnet, Raw };
    Q_ENUM(ReturnMode)
    enum class DeviceOwnership : quint8 { Borrowed, Owned };

    // The device must be open (a connected socket). With DeviceOwnership::Owned it becomes a
    // child of the session; otherwise the caller keeps it alive for the session's lifetime.
    explicit TelnetSession(QIODevice *device, DeviceOwnership ownership = DeviceOwnership::Borrowed,
        QObject *parent = nullptr);
    ~TelnetSession() override;

    QIODevice *device() const { return m_device; }
    State state() const { return m_state; }

    void setProtocol(Protocol protocol) { m_protocol = protocol; }
    Protocol protocol() const { return m_protocol; }
    // Answered to TERMINAL-TYPE SEND; "XTERM-256COLOR" unless set.
    void setTerminalType(const QByteArray &name);
    QByteArray terminalType() const { return m_terminalType; }
    void setNewlineMode(NewlineMode mode) { m_newlineMode = mode; }
    void setReturnMode(ReturnMode mode) { m_returnMode = mode; }
    ReturnMode returnMode() const { return m_returnMode; }
    // The peer sent a telnet negotiation (IAC WILL/WONT/DO/DONT/SB) at least once.
    bool peerNegotiated() const { return m_peerNegotiated; }
    NewlineMode newlineMode() const { return m_newlineMode; }

    // Remembers the terminal size and, once NAWS is agreed, sends it whenever it changes.
    void setWindowSize(int cols, int rows);
    QSize windowSize() const { return m_windowSize; }

    // Flow control for a reader that falls behind (a terminal taking a flood): while paused the
    // bytes stay in the transport, whose buffers fill and make TCP slow the sender down.
    void setReadingPaused(bool paused);
    bool isReadingPaused() const { return m_readingPaused; }

    bool isOptionEnabled(Option option, Side side) const;
    // True when the peer echoes what we type (it sent WILL ECHO and we agreed).
    bool remoteEcho() const { return isOptionEnabled(Option::Echo, Side::Remote); }

public Q_SLOTS:
    // Application bytes (keys, paste) to the peer: IAC doubled, CR translated per ReturnMode.
    void sendData(const QByteArray &bytes);
    void sendBreak();
    void sendAreYouThere();
    void close();

Q_SIGNALS:
    // Application bytes from the peer, telnet commands removed and IAC IAC undoubled.
    void dataReceived(const QByteArray &bytes);
    void optionChanged(charon::core::TelnetSession::Option option,
        charon::core::TelnetSession::Side side, bool enabled);
    void stateChanged(charon::core::TelnetSession::State state);
    // The transport failed (a write error); the session is unusable afterwards.
    void errorOccurred(const QString &message);
    // The peer broke the protocol; the session recovered and goes on.
    void protocolWarning(const QString &message);

private:
    struct TelnetDeleter
    {
        void operator()(telnet_t *telnet) const;
    };
    // libtelnet calls back from inside telnet_recv(); signals are queued and emitted after it
    // returns, so a slot may delete the session without pulling the parser from under itself.
    struct Event
    {
        enum class Kind : quint8 { Data, Option, Warning, Error, Closed } kind;
        QByteArray data;
        QString text;
        Option option = Option::Binary;
        Side side = Side::Local;
        bool enabled = false;
    };

    static void onTelnetEvent(telnet_t *telnet, telnet_event_t *event, void *self);
    void handleEvent(const telnet_event_t &event);
    void handleNegotiation(int type, unsigned char code);
    void appendData(const char *bytes, size_t size);
    void setOption(unsigned char code, Side side, bool enabled);
    void sendWindowSize();
    void write(const char *bytes, qint64 size);
    void onReadyRead();
    void queueRead();
    void readChunk();
    void notePeerNegotiation(const QByteArray &bytes);
    void onReadFinished();
    void flushData();
    void deliver();

    QPointer<QIODevice> m_device;
    std::unique_ptr<telnet_t, TelnetDeleter> m_telnet;
    std::vector<Event> m_events;
    QByteArray m_inbound;
    QByteArray m_terminalType = QByteArrayLiteral("XTERM-256COLOR");
    QSize m_windowSize { 80, 24 };
    QSize m_sentWindowSize;
    quint32 m_localOptions = 0; // bit per Option code (all codes are < 32)
    quint32 m_remoteOptions = 0;
    State m_state = State::Open;
    Protocol m_protocol = Protocol::Telnet;
    NewlineMode m_newlineMode = NewlineMode::CrLf;
    ReturnMode m_returnMode = ReturnMode::Auto;
    bool m_peerNegotiated = false;
    bool m_lastWasIac = false;
    bool m_lastWasCr = false;
    bool m_discardSubnegotiation = false;
    bool m_delivering = false;
    bool m_readingPaused = false;
    bool m_readQueued = false;
};

} // namespace charon::core
