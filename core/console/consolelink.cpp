// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/console/consolelink.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {
// A refusal is one short line; more than this before the peer hangs up is a real console.
constexpr qsizetype kMaxRefusalBytes = 4096;
constexpr qint64 kSocketBuffer = 256 * 1024;
} // namespace

ConsoleLink::ConsoleLink(QObject *parent)
    : QObject(parent)
{
    m_retry.setSingleShot(true);
    m_probation.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ConsoleLink::settle);
    connect(&m_probation, &QTimer::timeout, this, &ConsoleLink::endProbation);
    connect(&m_connector, &ConsoleConnector::stateChanged, this, &ConsoleLink::onConnectorState);
    connect(&m_connector, &ConsoleConnector::connected, this, &ConsoleLink::onConnected);
}

ConsoleLink::~ConsoleLink()
{
    if (m_session)
        m_session->disconnect(this);
}

void ConsoleLink::setEndpoint(const QString &host, quint16 port)
{
    m_host = host;
    m_port = port;
}

void ConsoleLink::setReturnMode(TelnetSession::ReturnMode mode)
{
    m_returnMode = mode;
    if (m_session)
        m_session->setReturnMode(mode);
}

void ConsoleLink::setTerminalType(const QByteArray &name)
{
    m_terminalType = name;
    if (m_session)
        m_session->setTerminalType(name);
}

void ConsoleLink::setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_firstBackoff = first;
    m_maxBackoff = std::max(first, max);
    m_backoff = first;
}

bool ConsoleLink::mayDial(GuestState state)
{
    return state == GuestState::Active || state == GuestState::Unknown;
}

bool ConsoleLink::looksLikeRefusal(const QByteArray &text)
{
    const QByteArray lower = text.toLower();
    return lower.contains("in use") || lower.contains("busy") || lower.contains("already")
        || lower.contains("refused");
}

QString ConsoleLink::haltWarning(const QString &breakOn, const QString &stopOn)
{
    const QString halts = tr("%1 halts the guest (break_on)").arg(breakOn);
    const QString stops = tr("%1 stops the emulator (stop_on)").arg(stopOn);
    if (!breakOn.isEmpty() && !stopOn.isEmpty())
        return tr("On this console, %1 and %2.").arg(halts, stops);
    if (!breakOn.isEmpty())
        return tr("On this console, %1.").arg(halts);
    if (!stopOn.isEmpty())
        return tr("On this console, %1.").arg(stops);
    return {};
}

void ConsoleLink::setGuestState(GuestState state)
{
    const GuestState before = std::exchange(m_guestState, state);
    if (state == GuestState::Active && before != GuestState::Active) {
        // It (re)started: dial now, not when an old backoff says so.
        m_retry.stop();
        m_backoff = m_firstBackoff;
    }
    if (before != state && m_status == Status::GuestStopped)
        Q_EMIT statusChanged(m_status); // same status, other words (stopping -> stopped)
    settle();
}

void ConsoleLink::open()
{
    m_wanted = true;
    m_backoff = m_firstBackoff;
    m_retry.stop();
    settle();
}

void ConsoleLink::close()
{
    m_wanted = false;
    m_retry.stop();
    m_probation.stop();
    m_onProbation = false;
    m_held.clear();
    dropSession();
    m_connector.disconnectFromHost();
    setStatus(Status::Closed);
}

// Decides what to do when nothing is in flight: dial, wait for the guest, or wait for a retry.
void ConsoleLink::settle()
{
    if (!m_wanted || m_session || m_status == Status::Connecting)
        return;
    if (!mayDial(m_guestState)) {
        m_retry.stop();
        setStatus(
            m_guestState == GuestState::Activating ? Status::GuestStarting : Status::GuestStopped);
        return;
    }
    if (m_retry.isActive())
        return;
    const bool retrying = m_status == Status::InUse || m_status == Status::Unreachable;
    if (retrying && !m_autoReconnect)
        return;
    dial();
}

void ConsoleLink::dial()
{
    setStatus(Status::Connecting);
    m_connector.connectToHost(m_host, m_port);
}

void ConsoleLink::scheduleRetry(Status status)
{
    if (m_wanted && m_autoReconnect && mayDial(m_guestState)) {
        m_retry.start(m_backoff);
        m_backoff = std::min(m_backoff * 2, m_maxBackoff);
    }
    m_status = status;
    Q_EMIT statusChanged(status); // even when unchanged: the retry time is news
    if (!mayDial(m_guestState))
        settle();
}

void ConsoleLink::onConnectorState(ConsoleConnector::State state)
{
    using S = ConsoleConnector::State;
    if (m_session || m_status != Status::Connecting)
        return; // an established session reports its end itself
    switch (state) {
    case S::Refused:
    case S::HostNotFound:
    case S::TimedOut:
    case S::Failed:
    case S::ClosedByPeer:
        m_reason = m_connector.describe();
        scheduleRetry(Status::Unreachable);
        break;
    default:
        break;
    }
}

void ConsoleLink::onConnected(QTcpSocket *socket)
{
    auto *session = new TelnetSession(socket, TelnetSession::DeviceOwnership::Borrowed, this);
    m_session = session;
    // Bounded buffering in the socket too: with a reader that pauses, TCP flow control (not
    // our memory) absorbs a flood.
    socket->setReadBufferSize(kSocketBuffer);
    session->setWindowSize(m_windowSize.width(), m_windowSize.height());
    session->setReturnMode(m_returnMode);
    session->setTerminalType(m_terminalType);
    connect(session, &TelnetSession::dataReceived, this, &ConsoleLink::onSessionData);
    connect(session, &TelnetSession::stateChanged, this, &ConsoleLink::onSessionClosed);
    connect(session, &TelnetSession::errorOccurred, session, &TelnetSession::close);
    // A peer that negotiates is a telnet console, not a refusal: no need to wait.
    connect(session, &TelnetSession::optionChanged, this, &ConsoleLink::endProbation);
    m_held.clear();
    m_onProbation = true;
    m_connectedAt.start();
    m_probation.start(std::chrono::milliseconds(m_probationMs));
}

void ConsoleLink::onSessionData(const QByteArray &bytes)
{
    if (!m_onProbation) {
        Q_EMIT dataReceived(bytes);
        return;
    }
    m_held += bytes;
    if (m_held.size() > kMaxRefusalBytes)
        endProbation();
}

void ConsoleLink::endProbation()
{
    if (!m_onProbation)
        return;
    m_onProbation = false;
    m_probation.stop();
    m_backoff = m_firstBackoff;
    m_refusal.clear();
    m_reason.clear();
    setStatus(Status::Connected);
    Q_EMIT sessionStarted();
    if (!m_held.isEmpty())
        Q_EMIT dataReceived(std::exchange(m_held, QByteArray()));
}

void ConsoleLink::onSessionClosed()
{
    if (!m_session || m_session->state() != TelnetSession::State::Closed)
        return;
    dropSession();
    if (m_onProbation) {
        // Hung up before any negotiation: the console belongs to someone else.
        m_onProbation = false;
        m_probation.stop();
        const QByteArray held = std::exchange(m_held, QByteArray());
        if (held.isEmpty() || looksLikeRefusal(held)) {
            m_refusal = QString::fromUtf8(held).trimmed().section(u'\n', 0, 0).trimmed();
            scheduleRetry(Status::InUse);
            return;
        }
        Q_EMIT dataReceived(held);
    } else {
        Q_EMIT sessionEnded();
    }
    m_reason = tr("Connection closed by %1:%2").arg(m_host).arg(m_port);
    scheduleRetry(Status::Unreachable);
}

void ConsoleLink::dropSession()
{
    if (!m_session)
        return;
    m_session->disconnect(this);
    m_session->deleteLater();
    m_session = nullptr;
}

void ConsoleLink::setStatus(Status status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

void ConsoleLink::sendData(const QByteArray &bytes)
{
    if (m_session)
        m_session->sendData(bytes);
}

void ConsoleLink::sendBreak()
{
    if (m_session)
        m_session->sendBreak();
}

void ConsoleLink::setReadingPaused(bool paused)
{
    if (m_session)
        m_session->setReadingPaused(paused);
}

void ConsoleLink::setWindowSize(int columns, int rows)
{
    m_windowSize = QSize(columns, rows);
    if (m_session)
        m_session->setWindowSize(columns, rows);
}

int ConsoleLink::retryInMs() const
{
    return m_retry.isActive() ? m_retry.remainingTime() : -1;
}

QString ConsoleLink::statusText() const
{
    const int retry = retryInMs();
    if (retry < 0 || (m_status != Status::InUse && m_status != Status::Unreachable))
        return stateText();
    return stateText() + u" "_s
        + tr("Retrying in %n s.", nullptr, std::max(1, (retry + 500) / 1000));
}

QString ConsoleLink::stateText() const
{
    const QString where = u"%1:%2"_s.arg(m_host).arg(m_port);
    switch (m_status) {
    case Status::Idle:
        return tr("Not connected");
    case Status::GuestStopped:
        if (m_guestState == GuestState::Deactivating)
            return tr("The guest is stopping.");
        return m_autoReconnect ? tr("The guest is stopped. The console reconnects when it runs.")
                               : tr("The guest is not running.");
    case Status::GuestStarting:
        return tr("The guest is starting. The console connects when it is up.");
    case Status::Connecting:
        return tr("Connecting to %1…").arg(where);
    case Status::Connected:
        return tr("Connected to %1").arg(where);
    case Status::InUse:
        return (m_refusal.isEmpty()
                ? tr("Console in use by another client (the emulator hung up at once).")
                : tr("Console in use by another client: %1.").arg(m_refusal));
    case Status::Unreachable: {
        const bool ended = m_reason.endsWith(u'?') || m_reason.endsWith(u'.');
        return m_reason + (ended ? QString() : u"."_s);
    }
    case Status::Closed:
        return tr("Disconnected from %1").arg(where);
    }
    return {};
}

} // namespace charon::core
