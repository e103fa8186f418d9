// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/probe/osproberun.h"

#include <QFileInfo>
#include <QProcess>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace charon::core {

OsProbeRun::OsProbeRun(
    const QString &script, const QString &configPath, const Limits &limits, QObject *parent)
    : QObject(parent)
    , m_script(script)
    , m_configPath(configPath)
    , m_limits(limits)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &OsProbeRun::onTimeout);
}

OsProbeRun::~OsProbeRun()
{
    killGroup();
}

OsAnswer::Verdict OsProbeRun::verdictForExit(int exitCode)
{
    if (exitCode == 0)
        return OsAnswer::Verdict::Answers;
    if (exitCode == 255)
        return OsAnswer::Verdict::NoAnswer;
    return OsAnswer::Verdict::Error;
}

void OsProbeRun::start()
{
    const QFileInfo info(m_script);
    // Said before trying, so the admin reads what to fix rather than errno's words.
    QString refusal;
    if (!info.exists())
        refusal = tr("the probe script %1 does not exist").arg(m_script);
    else if (!info.isFile())
        refusal = tr("the probe script %1 is not a regular file").arg(m_script);
    else if (!info.isExecutable())
        refusal = tr("the probe script %1 is not executable (chmod +x)").arg(m_script);
    if (!refusal.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, refusal] { finish(OsAnswer::Verdict::Error, refusal); },
            Qt::QueuedConnection);
        return;
    }
    m_process = new QProcess(this);
    m_process->setProgram(m_script);
    m_process->setArguments({ m_configPath });
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // Its own process group, so a timeout also ends the ssh or expect it started.
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
    connect(m_process, &QProcess::readyRead, this, &OsProbeRun::onReadyRead);
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        onFinished(code, status != QProcess::NormalExit);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(OsAnswer::Verdict::Error,
                tr("cannot run the probe script %1: %2").arg(m_script, m_process->errorString()));
    });
    m_timeout.start(m_limits.timeoutMs);
    m_process->start();
}

void OsProbeRun::onReadyRead()
{
    const QByteArray chunk = m_process->readAll();
    const qint64 room = m_limits.outputCap - m_output.size();
    if (room > 0)
        m_output.append(chunk.left(room));
}

void OsProbeRun::onFinished(int exitCode, bool crashed)
{
    onReadyRead();
    m_timeout.stop();
    const QString firstLine
        = QString::fromUtf8(m_output).trimmed().section(u'\n', 0, 0).trimmed().left(200);
    if (crashed) {
        finish(OsAnswer::Verdict::Error,
            firstLine.isEmpty() ? tr("the probe script was killed") : firstLine);
        return;
    }
    const OsAnswer::Verdict verdict = verdictForExit(exitCode);
    QString detail = firstLine;
    if (verdict == OsAnswer::Verdict::Error)
        detail = firstLine.isEmpty() ? tr("the probe script exited with code %1").arg(exitCode)
                                     : tr("exit %1: %2").arg(exitCode).arg(firstLine);
    finish(verdict, detail);
}

void OsProbeRun::onTimeout()
{
    killGroup();
    finish(OsAnswer::Verdict::Error,
        tr("the probe script did not finish within %1 s").arg(m_limits.timeoutMs / 1000.0));
}

void OsProbeRun::killGroup()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->disconnect(this);
    if (const qint64 pid = m_process->processId(); pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
    // Reaped when its end is noticed, in the event loop: nothing waits for it here (QProcess
    // would wait in its destructor if it were deleted with us while still running).
    QProcess *process = std::exchange(m_process, nullptr);
    process->setParent(nullptr);
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->kill();
}

void OsProbeRun::finish(OsAnswer::Verdict verdict, const QString &detail)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    m_verdict = verdict;
    m_detail = detail;
    Q_EMIT finished();
}

} // namespace charon::core
