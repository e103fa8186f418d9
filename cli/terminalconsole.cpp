// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli/terminalconsole.h"

#include "core/console/consolelink.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSocketNotifier>

#include "cli/rawterminal.h"
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <iterator>
#include <memory>
#include <poll.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

constexpr int kHandledSignals[] = { SIGWINCH, SIGTSTP, SIGTERM, SIGINT, SIGHUP, SIGQUIT };
int g_signalPipe[2] = { -1, -1 };

void onSignal(int signal)
{
    const int saved = errno;
    const char byte = char(signal);
    [[maybe_unused]] const ssize_t ignored = ::write(g_signalPipe[1], &byte, 1);
    errno = saved;
}

bool writeAll(int fd, const char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN) {
            pollfd wait { fd, POLLOUT, 0 };
            ::poll(&wait, 1, 1000);
            continue;
        }
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

// One run of the console: the event loop's state and everything that must be undone after.
class TerminalConsole
{
    // The context the free functions below look up literally; declared here, lupdate files the
    // members' strings under it too (a tr() helper would leave them under the class name).
    Q_DECLARE_TR_FUNCTIONS(TerminalConsole)

public:
    TerminalConsole(const QString &host, quint16 port, const ConsoleOptions &options)
        : m_options(options)
        , m_host(host)
        , m_port(port)
    { }

    int run();

private:
    void message(const QString &text)
    {
        const QByteArray bytes = text.toLocal8Bit() + '\n';
        writeAll(m_options.messageFd, bytes.constData(), bytes.size());
    }
    void installSignals();
    void removeSignals();
    void onStatus(ConsoleLink::Status status);
    void onInput();
    void onSignalByte();
    void updateWindowSize();
    void finish(int exitCode, const QString &why = {});

    ConsoleOptions m_options;
    QString m_host;
    quint16 m_port;
    QEventLoop m_loop;
    ConsoleLink m_link;
    std::unique_ptr<RawTerminal> m_raw;
    std::unique_ptr<QSocketNotifier> m_input;
    std::unique_ptr<QSocketNotifier> m_signals;
    struct sigaction m_previous[std::size(kHandledSignals)] {};
    QString m_farewell;
    int m_exit = ConsoleExitOk;
    bool m_wasConnected = false;
    bool m_done = false;
};

int TerminalConsole::run()
{
    const QString warning = consoleHaltWarning(m_options);
    if (!warning.isEmpty())
        message(warning);
    installSignals();
    m_link.setEndpoint(m_host, m_port);
    m_link.setAutoReconnect(false);
    m_link.setReturnMode(m_options.returnMode);
    m_link.setTerminalType(m_options.terminalType);
    m_link.setConnectTimeout(m_options.connectTimeout);
    QObject::connect(&m_link, &ConsoleLink::statusChanged, &m_loop,
        [this](ConsoleLink::Status status) { onStatus(status); });
    QObject::connect(&m_link, &ConsoleLink::dataReceived, &m_loop, [this](const QByteArray &bytes) {
        if (!writeAll(m_options.outputFd, bytes.constData(), bytes.size()))
            finish(ConsoleExitOk, tr("Output closed."));
    });
    m_link.open();
    if (!m_done)
        m_loop.exec();
    m_input.reset();
    m_link.close();
    m_raw.reset(); // the terminal is itself again before the last words
    removeSignals();
    if (!m_farewell.isEmpty()) {
        // A failure is an error of charon-vm like any other: it carries the prefix.
        const bool failed = m_exit == ConsoleExitUnreachable || m_exit == ConsoleExitInUse;
        message((m_wasConnected ? u"\n"_s : QString()) + (failed ? u"charon-vm: "_s : QString())
            + m_farewell);
    }
    return m_exit;
}

void TerminalConsole::installSignals()
{
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    for (size_t i = 0; i < std::size(kHandledSignals); ++i) {
        struct sigaction action
        { };
        action.sa_handler = &onSignal;
        action.sa_flags = SA_RESTART;
        sigemptyset(&action.sa_mask);
        ::sigaction(kHandledSignals[i], &action, &m_previous[i]);
    }
    m_signals = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(
        m_signals.get(), &QSocketNotifier::activated, &m_loop, [this] { onSignalByte(); });
}

void TerminalConsole::removeSignals()
{
    if (g_signalPipe[0] < 0)
        return;
    for (size_t i = 0; i < std::size(kHandledSignals); ++i)
        ::sigaction(kHandledSignals[i], &m_previous[i], nullptr);
    m_signals.reset();
    ::close(g_signalPipe[0]);
    ::close(g_signalPipe[1]);
    g_signalPipe[0] = g_signalPipe[1] = -1;
}

void TerminalConsole::onStatus(ConsoleLink::Status status)
{
    using S = ConsoleLink::Status;
    switch (status) {
    case S::Connected:
        m_wasConnected = true;
        message(consoleHint(m_options, m_host, m_port));
        m_raw = std::make_unique<RawTerminal>(m_options.inputFd);
        updateWindowSize();
        m_input = std::make_unique<QSocketNotifier>(m_options.inputFd, QSocketNotifier::Read);
        QObject::connect(
            m_input.get(), &QSocketNotifier::activated, &m_loop, [this] { onInput(); });
        break;
    case S::InUse:
        finish(ConsoleExitInUse, m_link.statusText());
        break;
    case S::Unreachable:
        if (m_wasConnected)
            finish(ConsoleExitOk, tr("The console was closed by the guest's side."));
        else
            finish(ConsoleExitUnreachable, m_link.statusText());
        break;
    default:
        break;
    }
}

void TerminalConsole::onInput()
{
    char buffer[4096];
    const ssize_t n = ::read(m_options.inputFd, buffer, sizeof buffer);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n <= 0) {
        finish(
            ConsoleExitOk, n == 0 ? QString() : tr("Input error: %1").arg(qt_error_string(errno)));
        return;
    }
    const void *escape = std::memchr(buffer, m_options.escapeByte, size_t(n));
    const qsizetype keep = escape ? static_cast<const char *>(escape) - buffer : n;
    if (keep > 0)
        m_link.sendData(QByteArray(buffer, keep));
    if (escape)
        finish(ConsoleExitOk, tr("Left the console."));
}

void TerminalConsole::onSignalByte()
{
    char byte = 0;
    while (::read(g_signalPipe[0], &byte, 1) == 1) {
        const int signal = byte;
        if (signal == SIGWINCH) {
            updateWindowSize();
        } else if (signal == SIGTSTP) {
            // Suspend like any program: the shell gets its terminal back as it was.
            if (m_raw)
                m_raw->restore();
            ::signal(SIGTSTP, SIG_DFL);
            ::raise(SIGTSTP);
            // ... continued (SIGCONT): raw again, and the window may have changed meanwhile.
            struct sigaction action
            { };
            action.sa_handler = &onSignal;
            action.sa_flags = SA_RESTART;
            sigemptyset(&action.sa_mask);
            ::sigaction(SIGTSTP, &action, nullptr);
            if (m_raw)
                m_raw->reapply();
            updateWindowSize();
        } else {
            finish(128 + signal,
                tr("Ended by signal %1.").arg(QString::fromLocal8Bit(::strsignal(signal))));
        }
    }
}

void TerminalConsole::updateWindowSize()
{
    QSize size = RawTerminal::windowSize(m_options.outputFd);
    if (!size.isValid())
        size = RawTerminal::windowSize(m_options.inputFd);
    if (size.isValid())
        m_link.setWindowSize(size.width(), size.height());
}

void TerminalConsole::finish(int exitCode, const QString &why)
{
    if (m_done)
        return;
    m_done = true;
    m_exit = exitCode;
    m_farewell = why;
    m_loop.quit();
}

} // namespace

QString consoleHint(const ConsoleOptions &options, const QString &host, quint16 port)
{
    const char escape = char(options.escapeByte + '@'); // 0x1d -> ']'
    const QString who = options.guestName.isEmpty()
        ? u"%1:%2"_s.arg(host).arg(port)
        : u"%1 (%2:%3)"_s.arg(options.guestName, host).arg(port);
    return QCoreApplication::translate(
        "TerminalConsole", "Connected to the console of %1. Press Ctrl-%2 to leave.")
        .arg(who, QString(QLatin1Char(escape)));
}

QString consoleHaltWarning(const ConsoleOptions &options)
{
    const QString warning = ConsoleLink::haltWarning(options.breakOn, options.stopOn);
    return warning.isEmpty()
        ? QString()
        : QCoreApplication::translate("TerminalConsole", "Warning: %1").arg(warning);
}

int runConsole(const QString &host, quint16 port, const ConsoleOptions &options)
{
    TerminalConsole console(host, port, options);
    return console.run();
}

} // namespace charon::core
