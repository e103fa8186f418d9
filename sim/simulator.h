// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// charon-guest-sim as a whole: reads the configuration with the core parser the way the real
// emulator would (refusing one with errors or without a console port), writes the emulator
// log, opens the console port (after the optional start delay, then READY=1 for Type=notify),
// powers the guest on, and ends on SIGTERM (after the optional stop delay), on the guest's
// power off, or by a simulated crash. SIGUSR1 / SIGUSR2 log a license lost / restored line.
// The leak_mb switch makes it grow its memory from start (see MemoryHog).

#include "core/domain/configsummary.h"
#include "sim/simoptions.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace charon::core {
class SignalWatcher;
}

namespace charon::sim {

class ConsoleServer;
class EmulatorLog;
class GuestMachine;
class MemoryHog;

class Simulator : public QObject
{
    Q_OBJECT

public:
    static constexpr int ExitConfigError = 2;
    static constexpr int ExitRuntimeError = 1;

    explicit Simulator(SimOptions options, QObject *parent = nullptr);
    ~Simulator() override;

    // Reads the configuration and sets everything up. 0 when ready to start, otherwise the
    // exit code (an explanation has been printed on stderr).
    int prepare();
    // Starts the emulation; call from the running event loop (it may end it).
    void start();

    const core::ConfigSummary &summary() const { return m_summary; }
    QString operatingSystem() const { return m_os; }

private:
    core::ConfigSummary readConfiguration() const;
    void openConsole();
    void onSignal(int signalNumber);
    void stop(int signalNumber);
    void finish(int exitCode, const QString &reason);
    [[noreturn]] void crash();
    void logLicenseLost();
    void logLicenseRestored();
    QString productName() const;

    SimOptions m_options;
    core::ConfigSummary m_summary;
    QString m_os;
    QString m_licenseKey;
    std::unique_ptr<EmulatorLog> m_log;
    ConsoleServer *m_console = nullptr;
    GuestMachine *m_machine = nullptr;
    core::SignalWatcher *m_signals = nullptr;
    MemoryHog *m_hog = nullptr;
    QTimer m_startDelay;
    QTimer m_stopDelay;
    QTimer m_crashTimer;
    bool m_stopping = false;
    bool m_finished = false;
};

} // namespace charon::sim
