// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What `charon-vm stop-script GUEST` (the unit's ExecStop=) does: when the common stop script
// has a customized branch for the guest's configuration (not the untouched template), run it as `/bin/sh SCRIPT CONFIG` (argv, never a
// shell string), then wait for the emulator (systemd's $MAINPID) to exit; all within a
// deadline a little shorter than the unit's stop timeout. Whatever is still running after
// that is ended by systemd (KillSignal=SIGTERM, SIGKILL only after TimeoutStopSec): a power-off.
// Event-driven: a QProcess for the script, a short timer polling /proc for the emulator.

#include "core/stopscript/stopscript.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QTimer>

class QProcess;

namespace charon::core {

class StopScriptRunner : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        StopScriptStatus status = StopScriptStatus::NotFound;
        bool scriptRan = false;
        int scriptExitCode = -1; // -1 when it did not run or did not exit normally
        bool scriptTimedOut = false;
        bool emulatorExited = false; // true as well when there was no emulator to wait for
        QString message; // one line for the journal
    };

    explicit StopScriptRunner(QObject *parent = nullptr);

    // `mainPid` 0 = no emulator running. `extraEnv` is added to the script's environment.
    void start(const StopScript &script, const QString &configPath, qint64 mainPid, int deadlineMs,
        const QProcessEnvironment &extraEnv = {});

    // Whether `pid` is a live process (a zombie counts as exited).
    static bool isAlive(qint64 pid);

Q_SIGNALS:
    void finished(const charon::core::StopScriptRunner::Outcome &outcome);

private:
    void waitForEmulator();
    void finish(const QString &message);

    Outcome m_outcome;
    qint64 m_pid = 0;
    QTimer m_poll;
    QTimer m_deadline;
    QProcess *m_process = nullptr;
};

} // namespace charon::core
