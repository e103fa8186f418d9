// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
//
// One run of the guest OS probe for one guest: the script executed directly (argv, no shell)
// with the configuration path, stdin from /dev/null, in its own process group so a timeout ends
// what it started too. Output beyond a cap is read and dropped, so a probe that floods cannot
// grow our memory; only the first line is kept for people.
#pragma once

#include "core/domain/guest.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

class QProcess;

namespace charon::core {

class OsProbeRun : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int timeoutMs = 20000;
        qint64 outputCap = 4096; // bytes of output kept
    };

    OsProbeRun(const QString &script, const QString &configPath, const Limits &limits,
        QObject *parent = nullptr);
    ~OsProbeRun() override;

    void start();
    // The verdict once finished() has been emitted.
    OsAnswer::Verdict verdict() const { return m_verdict; }
    QString detail() const { return m_detail; }

    // The verdict for an exit code (0 answers, 255 no answer, other error).
    static OsAnswer::Verdict verdictForExit(int exitCode);

Q_SIGNALS:
    void finished();

private:
    void onReadyRead();
    void onFinished(int exitCode, bool crashed);
    void onTimeout();
    void finish(OsAnswer::Verdict verdict, const QString &detail);
    void killGroup();

    QString m_script;
    QString m_configPath;
    Limits m_limits;
    QProcess *m_process = nullptr;
    QTimer m_timeout;
    QByteArray m_output;
    bool m_done = false;
    OsAnswer::Verdict m_verdict = OsAnswer::Verdict::Waiting;
    QString m_detail;
};

} // namespace charon::core
