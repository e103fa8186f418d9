// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/support/signalwatcher.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace charon::core {

namespace {
volatile sig_atomic_t g_writeFd = -1;
}

void SignalWatcher::handle(int signalNumber)
{
    const int savedErrno = errno;
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    if (g_writeFd >= 0) [[maybe_unused]]
        const ssize_t written = ::write(g_writeFd, &byte, 1);
    errno = savedErrno;
}

SignalWatcher::SignalWatcher(const QList<int> &watched, QObject *parent)
    : QObject(parent)
    , m_watched(watched)
{
    if (::pipe2(m_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        qWarning("charon-guest-sim: cannot create the signal pipe: %s", strerror(errno));
        return;
    }
    g_writeFd = m_pipe[1];
    m_notifier = new QSocketNotifier(m_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::drain);
    struct sigaction action = {};
    action.sa_handler = &SignalWatcher::handle;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signalNumber : m_watched)
        ::sigaction(signalNumber, &action, nullptr);
}

SignalWatcher::~SignalWatcher()
{
    for (const int signalNumber : m_watched)
        ::signal(signalNumber, SIG_DFL);
    g_writeFd = -1;
    if (m_notifier)
        m_notifier->setEnabled(false); // it must not watch the descriptor closed below
    for (const int fd : m_pipe) {
        if (fd >= 0)
            ::close(fd);
    }
}

void SignalWatcher::drain()
{
    unsigned char buffer[64];
    ssize_t n;
    while ((n = ::read(m_pipe[0], buffer, sizeof buffer)) > 0) {
        for (ssize_t i = 0; i < n; ++i)
            Q_EMIT signalReceived(buffer[i]);
    }
}

} // namespace charon::core
