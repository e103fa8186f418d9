// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// `charon-vm console NAME` (and `vmconsole`): a guest's console in the terminal the command
// runs in, through the same ConsoleLink / TelnetSession code as the console tabs. The terminal
// goes raw (RawTerminal) once connected; keys go to the guest, guest output to stdout, window
// size changes (SIGWINCH) to the guest as NAWS. Ctrl-] (as in telnet) leaves. SIGTERM, SIGINT,
// SIGHUP and SIGQUIT end the session cleanly; SIGTSTP suspends with the terminal restored.
// Messages (the hint, the break warning, why it ended) go to stderr, never into the guest's
// output. No reconnecting: when the console closes, the command ends.

#include "core/console/telnetsession.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <chrono>

namespace charon::core {

struct ConsoleOptions
{
    QString guestName; // for the messages
    // From the guest's configuration: when set, Ctrl-P / Break can halt the guest: warn first.
    QString breakOn;
    QString stopOn;
    char escapeByte = 0x1d; // Ctrl-]
    // The terminal client's preferences (ConsoleSettings): Return and TERMINAL-TYPE.
    TelnetSession::ReturnMode returnMode = TelnetSession::ReturnMode::Auto;
    QByteArray terminalType = QByteArrayLiteral("VT220");
    int inputFd = 0;
    int outputFd = 1;
    int messageFd = 2;
    std::chrono::milliseconds connectTimeout { 10000 };
};

// Exit codes of runConsole().
enum ConsoleExit : int {
    ConsoleExitOk = 0, // left with the escape key, or the guest closed the console
    // The numbers fit charon-vm's exit codes (1 other error, 6 console in use).
    ConsoleExitUnreachable = 1, // refused, timed out, or any other failure to connect
    ConsoleExitInUse = 6, // another client holds the console
    // 128 + N: ended by signal N (SIGTERM, SIGINT, SIGHUP, SIGQUIT)
};

// Runs the console until the user leaves or the connection ends; needs a QCoreApplication
// (runs its own event loop, so it also works from inside a running one).
int runConsole(const QString &host, quint16 port, const ConsoleOptions &options);

// The one-line hint and the warning, as printed (also for tests and the GUI's wording).
QString consoleHint(const ConsoleOptions &options, const QString &host, quint16 port);
QString consoleHaltWarning(const ConsoleOptions &options); // "" when nothing halts the guest

} // namespace charon::core
