// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Raw mode for the terminal `charon-vm console` runs in: every key goes to the guest as typed
// (no line editing, no echo, Ctrl-C and Ctrl-Z are bytes, not signals). The previous settings
// come back on every way out: the destructor, exit(), and a fatal signal (the handler restores
// the terminal, then lets the signal take its course). Only one RawTerminal may be active at
// a time: the signal handlers need one place to find the saved settings.

#include <QSize>

#include <termios.h>

namespace charon::core {

class RawTerminal
{
public:
    // Switches `fd` to raw mode when it is a terminal; otherwise does nothing (isActive false).
    explicit RawTerminal(int fd);
    ~RawTerminal();
    RawTerminal(const RawTerminal &) = delete;
    RawTerminal &operator=(const RawTerminal &) = delete;

    bool isActive() const { return m_active; }
    // Puts the saved settings back (idempotent); reapply() enters raw mode again (after a stop).
    void restore();
    void reapply();

    // The window size of the terminal on `fd` (columns x rows); invalid when it is no terminal.
    static QSize windowSize(int fd);

    // Restores whatever terminal is raw right now; async-signal-safe. For signal handlers.
    static void restoreFromSignal();

private:
    int m_fd;
    termios m_saved {};
    termios m_raw {};
    bool m_active = false;
    bool m_owner = false; // this object registered itself for the signal handlers
};

} // namespace charon::core
