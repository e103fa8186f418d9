// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli/rawterminal.h"

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <iterator>
#include <sys/ioctl.h>
#include <unistd.h>

namespace charon::core {

namespace {

// What a signal handler needs, set while a RawTerminal is active. Plain data: handlers may
// only read it.
std::atomic<int> g_fd { -1 };
termios g_saved {};

constexpr int kFatalSignals[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT };
struct sigaction g_previous[std::size(kFatalSignals)];

void onFatalSignal(int signal)
{
    RawTerminal::restoreFromSignal();
    // SA_RESETHAND made the action the default again: the signal now does what it would have.
    ::raise(signal);
}

void restoreAtExit()
{
    RawTerminal::restoreFromSignal();
}

} // namespace

void RawTerminal::restoreFromSignal()
{
    const int fd = g_fd.load();
    if (fd >= 0)
        ::tcsetattr(fd, TCSAFLUSH, &g_saved);
}

RawTerminal::RawTerminal(int fd)
    : m_fd(fd)
{
    if (!::isatty(fd) || ::tcgetattr(fd, &m_saved) != 0 || g_fd.load() >= 0)
        return;
    m_raw = m_saved;
    ::cfmakeraw(&m_raw);
    // Output processing stays as it was: the guest sends CR LF itself, and a message we print
    // after leaving raw mode must not depend on it either way.
    m_raw.c_oflag = m_saved.c_oflag;
    m_raw.c_cc[VMIN] = 1;
    m_raw.c_cc[VTIME] = 0;
    g_saved = m_saved;
    g_fd.store(fd);
    m_owner = true;
    static const bool atExitInstalled = std::atexit(&restoreAtExit) == 0;
    Q_UNUSED(atExitInstalled);
    for (size_t i = 0; i < std::size(kFatalSignals); ++i) {
        struct sigaction action
        { };
        action.sa_handler = &onFatalSignal;
        action.sa_flags = SA_RESETHAND;
        sigemptyset(&action.sa_mask);
        ::sigaction(kFatalSignals[i], &action, &g_previous[i]);
    }
    reapply();
}

RawTerminal::~RawTerminal()
{
    restore();
    if (!m_owner)
        return;
    g_fd.store(-1);
    for (size_t i = 0; i < std::size(kFatalSignals); ++i)
        ::sigaction(kFatalSignals[i], &g_previous[i], nullptr);
}

void RawTerminal::restore()
{
    if (!m_active)
        return;
    ::tcsetattr(m_fd, TCSAFLUSH, &m_saved);
    m_active = false;
}

void RawTerminal::reapply()
{
    if (!m_owner)
        return;
    m_active = ::tcsetattr(m_fd, TCSAFLUSH, &m_raw) == 0;
}

QSize RawTerminal::windowSize(int fd)
{
    winsize size {};
    if (::ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_col == 0 || size.ws_row == 0)
        return {};
    return QSize(size.ws_col, size.ws_row);
}

} // namespace charon::core
