// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/editing/scriptsyntaxcheck.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace charon::core {

ScriptSyntaxCheck::ScriptSyntaxCheck(QObject *parent)
    : QObject(parent)
{ }

bool ScriptSyntaxCheck::isRunning() const
{
    return m_process != nullptr;
}

int ScriptSyntaxCheck::lineOf(const QString &bashMessage)
{
    static const QRegularExpression line(u"line (\\d+)"_s);
    const QRegularExpressionMatch m = line.match(bashMessage);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

void ScriptSyntaxCheck::start(const QString &script)
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->deleteLater(); // reaped by QProcess in the event loop
    }
    auto *process = new QProcess(this);
    m_process = process;
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, process, &QProcess::kill);
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart || m_process != process)
            return;
        m_process = nullptr;
        process->deleteLater();
        Q_EMIT finished(false, 0,
            tr("bash could not be started to check the script (%1); it was not saved")
                .arg(process->errorString()));
    });
    connect(process, &QProcess::finished, this,
        [this, process, timer](int code, QProcess::ExitStatus status) {
            if (m_process != process)
                return;
            m_process = nullptr;
            process->deleteLater();
            const QString err = QString::fromUtf8(process->readAllStandardError()).trimmed();
            if (status == QProcess::NormalExit && code == 0) {
                Q_EMIT finished(true, 0, {});
                return;
            }
            if (!timer->isActive() && status != QProcess::NormalExit) {
                Q_EMIT finished(false, 0, tr("bash -n did not answer within 10 s"));
                return;
            }
            const QString first = err.section(u'\n', 0, 0);
            Q_EMIT finished(false, lineOf(first), first);
        });
    process->start(u"bash"_s, { u"-n"_s });
    timer->start(10000);
    process->write(script.toUtf8());
    process->closeWriteChannel();
}

} // namespace charon::core
