// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/stopscript/stopscriptrunner.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace charon::core {

StopScriptRunner::StopScriptRunner(QObject *parent)
    : QObject(parent)
{
    m_poll.setInterval(200);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (!isAlive(m_pid)) {
            m_outcome.emulatorExited = true;
            finish(tr("the emulator exited"));
        }
    });
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_outcome.scriptTimedOut = true;
            // The whole group: an ssh or expect the script started must not outlive it.
            if (const qint64 pid = m_process->processId(); pid > 0)
                ::kill(-pid_t(pid), SIGKILL);
            m_process->kill();
            finish(tr("the stop script did not finish in time; the emulator will be killed"));
            return;
        }
        finish(tr("the emulator is still running at the deadline; it will be killed"));
    });
}

bool StopScriptRunner::isAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    // "pid (comm) S ...": the state follows the last ')' (comm may contain anything).
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0 || close + 2 >= text.size())
        return false;
    const char state = text.at(close + 2);
    return state != 'Z' && state != 'X';
}

void StopScriptRunner::start(const StopScript &script, const QString &configPath, qint64 mainPid,
    int deadlineMs, const QProcessEnvironment &extraEnv)
{
    m_outcome = {};
    m_pid = mainPid;
    m_deadline.start(qMax(0, deadlineMs));
    m_outcome.status = script.statusFor(configPath);
    if (!isAlive(m_pid)) {
        m_outcome.emulatorExited = true;
        QMetaObject::invokeMethod(
            this, [this] { finish(tr("the emulator is not running; nothing to stop")); },
            Qt::QueuedConnection);
        return;
    }
    if (!StopScript::runsCommands(m_outcome.status)) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish(tr("no stop script branch for this configuration (%1): powering off")
                           .arg(StopScript::statusName(m_outcome.status)));
            },
            Qt::QueuedConnection);
        return;
    }
    m_process = new QProcess(this);
    m_process->setProgram(u"/bin/sh"_s);
    m_process->setArguments({ script.path(), configPath });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(extraEnv);
    m_process->setProcessEnvironment(env);
    m_process->setStandardInputFile(QProcess::nullDevice());
    // Its own process group, so the deadline can end everything the script started.
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
    // Its output belongs in the unit's journal, which is where ours goes.
    m_process->setProcessChannelMode(QProcess::ForwardedChannels);
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        m_outcome.scriptRan = true;
        m_outcome.scriptExitCode = status == QProcess::NormalExit ? code : -1;
        if (m_outcome.scriptTimedOut)
            return;
        waitForEmulator();
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(tr("cannot run the stop script: %1").arg(m_process->errorString()));
    });
    m_process->start();
}

void StopScriptRunner::waitForEmulator()
{
    if (!isAlive(m_pid)) {
        m_outcome.emulatorExited = true;
        finish(tr("stop script done (exit %1); the emulator exited").arg(m_outcome.scriptExitCode));
        return;
    }
    m_poll.start();
}

void StopScriptRunner::finish(const QString &message)
{
    if (!m_outcome.message.isEmpty())
        return; // already reported
    m_poll.stop();
    m_deadline.stop();
    m_outcome.message = message;
    Q_EMIT finished(m_outcome);
}

} // namespace charon::core
