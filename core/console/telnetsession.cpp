// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/console/telnetsession.h"

#include <QAbstractSocket>
#include <QIODevice>
#include <QPointer>

#include <cstddef> // libtelnet.h uses size_t without including it
#include <cstring>
#include <libtelnet.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

constexpr qint64 kReadChunk = 64 * 1024;

// What we accept: BINARY both ways, the peer's ECHO (never ours: the guest echoes), SGA both
// ways, and our TERMINAL-TYPE and NAWS. Everything else is refused by libtelnet.
const telnet_telopt_t kAcceptedOptions[] = {
    { TELNET_TELOPT_BINARY, TELNET_WILL, TELNET_DO },
    { TELNET_TELOPT_ECHO, TELNET_WONT, TELNET_DO },
    { TELNET_TELOPT_SGA, TELNET_WILL, TELNET_DO },
    { TELNET_TELOPT_TTYPE, TELNET_WILL, TELNET_DONT },
    { TELNET_TELOPT_NAWS, TELNET_WILL, TELNET_DONT },
    { -1, 0, 0 },
};

bool isKnownOption(unsigned char code)
{
    switch (code) {
    case TELNET_TELOPT_BINARY:
    case TELNET_TELOPT_ECHO:
    case TELNET_TELOPT_SGA:
    case TELNET_TELOPT_TTYPE:
    case TELNET_TELOPT_NAWS:
        return true;
    default:
        return false;
    }
}

// RFC 854: a CR travels as CR LF (new line) or CR NUL (bare return); CR LF stays as it is.
QByteArray toNetworkNewlines(const QByteArray &bytes, TelnetSession::NewlineMode mode)
{
    if (!bytes.contains('\r'))
        return bytes;
    const char fill = mode == TelnetSession::NewlineMode::CrLf ? '\n' : '\0';
    QByteArray out;
    out.reserve(bytes.size() + bytes.count('\r'));
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        out.append(c);
        if (c != '\r')
            continue;
        if (i + 1 < bytes.size() && bytes.at(i + 1) == '\n') {
            out.append('\n');
            ++i;
        } else {
            out.append(fill);
        }
    }
    return out;
}

} // namespace

void TelnetSession::TelnetDeleter::operator()(telnet_t *telnet) const
{
    telnet_free(telnet);
}

TelnetSession::TelnetSession(QIODevice *device, DeviceOwnership ownership, QObject *parent)
    : QObject(parent)
    , m_device(device)
    , m_telnet(telnet_init(kAcceptedOptions, &TelnetSession::onTelnetEvent, 0, this))
{
    Q_ASSERT(device);
    if (ownership == DeviceOwnership::Owned)
        device->setParent(this);
    if (!device->isOpen())
        m_state = State::Closed;
    connect(device, &QIODevice::readyRead, this, &TelnetSession::onReadyRead);
    connect(device, &QIODevice::readChannelFinished, this, &TelnetSession::onReadFinished);
    connect(device, &QIODevice::aboutToClose, this, &TelnetSession::onReadFinished);
    if (auto *socket = qobject_cast<QAbstractSocket *>(device))
        connect(socket, &QAbstractSocket::disconnected, this, &TelnetSession::onReadFinished);
    // Bytes that arrived before we were connected are not lost.
    if (m_state == State::Open && device->bytesAvailable() > 0)
        onReadyRead();
}

TelnetSession::~TelnetSession()
{
    if (m_device)
        disconnect(m_device, nullptr, this, nullptr);
}

void TelnetSession::setTerminalType(const QByteArray &name)
{
    // TERMINAL-TYPE names are NUL-free ASCII (RFC 1091); libtelnet takes a C string.
    QByteArray clean = name;
    clean.replace('\0', QByteArray());
    m_terminalType = clean.isEmpty() ? QByteArrayLiteral("UNKNOWN") : clean;
}

void TelnetSession::setWindowSize(int cols, int rows)
{
    m_windowSize = QSize(qBound(1, cols, 0xFFFF), qBound(1, rows, 0xFFFF));
    if (m_protocol == Protocol::Telnet) {
        sendWindowSize();
        deliver();
    }
}

void TelnetSession::setReadingPaused(bool paused)
{
    if (paused == m_readingPaused)
        return;
    m_readingPaused = paused;
    // Nothing announces bytes that arrived while paused: go and look (later, not from inside
    // whatever slot resumed us).
    if (!paused)
        queueRead();
}

void TelnetSession::queueRead()
{
    if (m_readQueued)
        return;
    m_readQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_readQueued = false;
            onReadyRead();
        },
        Qt::QueuedConnection);
}

bool TelnetSession::isOptionEnabled(Option option, Side side) const
{
    const quint32 bit = 1u << static_cast<quint8>(option);
    return ((side == Side::Local ? m_localOptions : m_remoteOptions) & bit) != 0;
}

void TelnetSession::sendData(const QByteArray &bytes)
{
    if (m_state != State::Open || bytes.isEmpty())
        return;
    if (m_protocol == Protocol::Raw) {
        write(bytes.constData(), bytes.size());
    } else {
        const bool nvt = m_returnMode == ReturnMode::Telnet
            || (m_returnMode == ReturnMode::Auto && m_peerNegotiated);
        const QByteArray wire = !nvt || isOptionEnabled(Option::Binary, Side::Local)
            ? bytes
            : toNetworkNewlines(bytes, m_newlineMode);
        telnet_send(m_telnet.get(), wire.constData(), static_cast<size_t>(wire.size()));
    }
    deliver();
}

void TelnetSession::sendBreak()
{
    if (m_state != State::Open || m_protocol == Protocol::Raw)
        return;
    telnet_iac(m_telnet.get(), TELNET_BREAK);
    deliver();
}

void TelnetSession::sendAreYouThere()
{
    if (m_state != State::Open || m_protocol == Protocol::Raw)
        return;
    telnet_iac(m_telnet.get(), TELNET_AYT);
    deliver();
}

void TelnetSession::close()
{
    if (m_device)
        m_device->close();
}

void TelnetSession::onTelnetEvent(telnet_t *, telnet_event_t *event, void *self)
{
    static_cast<TelnetSession *>(self)->handleEvent(*event);
}

void TelnetSession::handleEvent(const telnet_event_t &event)
{
    switch (event.type) {
    case TELNET_EV_DATA:
        appendData(event.data.buffer, event.data.size);
        break;
    case TELNET_EV_SEND:
        write(event.data.buffer, static_cast<qint64>(event.data.size));
        break;
    case TELNET_EV_IAC:
        // IAC SE outside a subnegotiation ends one that overflowed (see the warning below).
        if (event.iac.cmd == TELNET_SE)
            m_discardSubnegotiation = false;
        break;
    case TELNET_EV_WILL:
    case TELNET_EV_WONT:
    case TELNET_EV_DO:
    case TELNET_EV_DONT:
        handleNegotiation(event.type, event.neg.telopt);
        break;
    case TELNET_EV_TTYPE:
        if (event.ttype.cmd == TELNET_TTYPE_SEND
            && isOptionEnabled(Option::TerminalType, Side::Local))
            telnet_ttype_is(m_telnet.get(), m_terminalType.constData());
        break;
    case TELNET_EV_WARNING: {
        const QString message = QString::fromUtf8(event.error.msg);
        // libtelnet stops buffering at 16 KiB and hands the rest of the subnegotiation over
        // as data; drop it until the peer's IAC SE instead of feeding it to the terminal.
        if (message.contains("size limit"_L1))
            m_discardSubnegotiation = true;
        flushData();
        m_events.push_back({ Event::Kind::Warning, {}, message });
        break;
    }
    case TELNET_EV_ERROR:
        flushData();
        m_events.push_back({ Event::Kind::Error, {}, QString::fromUtf8(event.error.msg) });
        break;
    default: // SUBNEGOTIATION (handled through TTYPE), ZMP, ENVIRON, MSSP, COMPRESS: unused
        break;
    }
}

void TelnetSession::handleNegotiation(int type, unsigned char code)
{
    // libtelnet reports agreed changes only: WILL/WONT for the peer, DO/DONT for us.
    switch (type) {
    case TELNET_EV_WILL:
        setOption(code, Side::Remote, true);
        break;
    case TELNET_EV_WONT:
        setOption(code, Side::Remote, false);
        break;
    case TELNET_EV_DO:
        setOption(code, Side::Local, true);
        if (code == TELNET_TELOPT_NAWS) {
            m_sentWindowSize = QSize(); // RFC 1073: send the size right after agreeing
            sendWindowSize();
        }
        break;
    case TELNET_EV_DONT:
        setOption(code, Side::Local, false);
        break;
    default:
        break;
    }
}

void TelnetSession::setOption(unsigned char code, Side side, bool enabled)
{
    if (!isKnownOption(code))
        return;
    quint32 &bits = side == Side::Local ? m_localOptions : m_remoteOptions;
    const quint32 bit = 1u << code;
    if (((bits & bit) != 0) == enabled)
        return;
    bits = enabled ? (bits | bit) : (bits & ~bit);
    flushData();
    Event event { Event::Kind::Option, {}, {} };
    event.option = static_cast<Option>(code);
    event.side = side;
    event.enabled = enabled;
    m_events.push_back(std::move(event));
}

void TelnetSession::appendData(const char *bytes, size_t size)
{
    if (m_discardSubnegotiation || size == 0)
        return;
    // RFC 854: CR NUL is a bare CR; the NUL is padding, not data (unless the peer is BINARY).
    if (isOptionEnabled(Option::Binary, Side::Remote)
        || (!m_lastWasCr && std::memchr(bytes, 0, size) == nullptr)) {
        m_inbound.append(bytes, static_cast<qsizetype>(size));
    } else {
        for (size_t i = 0; i < size; ++i) {
            if (!(m_lastWasCr && bytes[i] == '\0'))
                m_inbound.append(bytes[i]);
            m_lastWasCr = bytes[i] == '\r';
        }
    }
    m_lastWasCr = bytes[size - 1] == '\r';
}

void TelnetSession::sendWindowSize()
{
    if (!isOptionEnabled(Option::WindowSize, Side::Local) || m_windowSize == m_sentWindowSize)
        return;
    const int cols = m_windowSize.width();
    const int rows = m_windowSize.height();
    const char payload[4] = {
        static_cast<char>((cols >> 8) & 0xFF),
        static_cast<char>(cols & 0xFF),
        static_cast<char>((rows >> 8) & 0xFF),
        static_cast<char>(rows & 0xFF),
    };
    // telnet_subnegotiation doubles a 255 inside the payload, as RFC 1073 requires.
    telnet_subnegotiation(m_telnet.get(), TELNET_TELOPT_NAWS, payload, sizeof payload);
    m_sentWindowSize = m_windowSize;
}

void TelnetSession::write(const char *bytes, qint64 size)
{
    if (!m_device || m_state != State::Open || !m_device->isWritable())
        return;
    if (m_device->write(bytes, size) != size) {
        flushData();
        m_events.push_back({ Event::Kind::Error, {}, m_device->errorString() });
    }
}

void TelnetSession::onReadyRead()
{
    if (!m_device || m_readingPaused)
        return;
    const QPointer<TelnetSession> self(this);
    readChunk();
    if (!self)
        return; // a slot deleted us
    // A bounded bite per event: a flood waiting in the transport must not hold the event loop
    // (and the window) for the time it takes to parse megabytes; the rest comes next turn.
    if (m_device && m_state == State::Open && m_device->bytesAvailable() > 0)
        queueRead();
}

void TelnetSession::readChunk()
{
    const QByteArray bytes = m_device->read(kReadChunk);
    if (bytes.isEmpty())
        return;
    if (m_protocol == Protocol::Raw) {
        m_inbound.append(bytes);
    } else {
        if (!m_peerNegotiated)
            notePeerNegotiation(bytes);
        telnet_recv(m_telnet.get(), bytes.constData(), static_cast<size_t>(bytes.size()));
    }
    deliver();
}

void TelnetSession::notePeerNegotiation(const QByteArray &bytes)
{
    // IAC followed by SB, WILL, WONT, DO or DONT; IAC IAC is a data byte 255, not telnet.
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (m_lastWasIac && byte >= TELNET_SB && byte <= TELNET_DONT) {
            m_peerNegotiated = true;
            return;
        }
        m_lastWasIac = !m_lastWasIac && byte == TELNET_IAC;
    }
}

void TelnetSession::onReadFinished()
{
    if (m_state == State::Closed)
        return;
    // A peer closing mid-sequence leaves libtelnet inside that sequence: harmless, the
    // session is over and the partial bytes were never application data. What is left is
    // read now, paused or not: the session ends here.
    const QPointer<TelnetSession> self(this);
    while (self && m_state == State::Open && m_device && m_device->isReadable()
        && m_device->bytesAvailable() > 0)
        readChunk();
    if (!self)
        return;
    if (m_state == State::Closed) // onReadyRead may have delivered to a closing slot
        return;
    m_state = State::Closed;
    flushData();
    m_events.push_back({ Event::Kind::Closed, {}, {} });
    deliver();
}

void TelnetSession::flushData()
{
    if (m_inbound.isEmpty())
        return;
    m_events.push_back({ Event::Kind::Data, std::exchange(m_inbound, QByteArray()), {} });
}

void TelnetSession::deliver()
{
    flushData();
    if (m_delivering)
        return; // the outer loop below picks up what a slot queued
    m_delivering = true;
    const QPointer<TelnetSession> self(this);
    while (!m_events.empty()) {
        const Event event = std::move(m_events.front());
        m_events.erase(m_events.begin());
        switch (event.kind) {
        case Event::Kind::Data:
            Q_EMIT dataReceived(event.data);
            break;
        case Event::Kind::Option:
            Q_EMIT optionChanged(event.option, event.side, event.enabled);
            break;
        case Event::Kind::Warning:
            Q_EMIT protocolWarning(event.text);
            break;
        case Event::Kind::Error:
            Q_EMIT errorOccurred(event.text);
            break;
        case Event::Kind::Closed:
            Q_EMIT stateChanged(State::Closed);
            break;
        }
        if (!self)
            return; // a slot deleted us
        flushData();
    }
    m_delivering = false;
}

} // namespace charon::core
