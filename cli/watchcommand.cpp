// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli/watchcommand.h"

#include "core/events/guesteventwatcher.h"
#include "core/guests/gueststore.h"
#include "core/session/guestsession.h"
#include "core/support/signalwatcher.h"
#include "core/support/systemdnotifier.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace charon::cli {

QList<QCommandLineOption> WatchCommand::options() const
{
    return {
        QCommandLineOption(u"json"_s, tr("Print one JSON object per event.")),
        QCommandLineOption(u"exec"_s,
            tr("Run PROGRAM for each event with the arguments KIND SEVERITY GUEST TEXT "
               "(no shell; the event is also in CHARON_EVENT_JSON)."),
            u"PROGRAM"_s),
        QCommandLineOption(u"kinds"_s,
            tr("Only these kinds of event, comma-separated (started, stopped, failed, "
               "restarting, job-failed, manager-lost, manager-back, license-found, license-lost, "
               "license-restored, license-missing, license-expiring, license-expired, "
               "shutdown-warning, os-answers, os-no-answer, os-probe-error)."),
            u"KINDS"_s),
    };
}

QString WatchCommand::summary() const
{
    return tr("Print (or hand to a program) every state, license and guest OS event as it "
              "happens.");
}

QStringList WatchCommand::execArguments(const GuestEvent &e)
{
    return { GuestEvent::kindName(e.kind), GuestEvent::severityName(e.severity), e.guest, e.text };
}

QString WatchCommand::jsonLine(const GuestEvent &e)
{
    const QJsonObject object {
        { u"time"_s, e.when.toString(Qt::ISODateWithMs) },
        { u"kind"_s, GuestEvent::kindName(e.kind) },
        { u"code"_s, GuestEvent::toolkitCode(e.kind) },
        { u"severity"_s, GuestEvent::severityName(e.severity) },
        { u"guest"_s, e.guest },
        { u"text"_s, e.text },
        { u"details"_s, QJsonObject::fromVariantMap(e.details) },
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString WatchCommand::textLine(const GuestEvent &e)
{
    return u"%1 %2 %3 %4 %5"_s.arg(e.when.toString(Qt::ISODate),
        GuestEvent::severityName(e.severity).toUpper(), GuestEvent::toolkitCode(e.kind),
        e.guest.isEmpty() ? u"-"_s : e.guest, e.text);
}

void WatchCommand::run(const QCommandLineParser &parser, const QStringList &args)
{
    for (const QString &name : args) {
        if (!isValidGuestName(name)) {
            fail(ExitUsage, tr("invalid guest name: %1").arg(name));
            return;
        }
    }
    if (!args.isEmpty() && !checkGuestsExist(args))
        return;
    m_names = args;
    m_json = parser.isSet(u"json"_s);
    if (parser.isSet(u"kinds"_s)) {
        for (const QString &word : parser.value(u"kinds"_s).split(u',', Qt::SkipEmptyParts)) {
            GuestEvent::Kind kind;
            if (!GuestEvent::kindFromName(word.trimmed(), &kind)) {
                fail(ExitUsage, tr("unknown kind of event: %1").arg(word.trimmed()));
                return;
            }
            m_kinds.insert(kind);
        }
    }
    if (parser.isSet(u"exec"_s)) {
        m_exec = parser.value(u"exec"_s);
        const QString found
            = m_exec.contains(u'/') ? m_exec : QStandardPaths::findExecutable(m_exec);
        const QFileInfo info(found);
        if (found.isEmpty() || !info.isFile() || !info.isExecutable()) {
            fail(ExitUsage, tr("--exec %1: no such executable program").arg(m_exec));
            return;
        }
        m_exec = info.absoluteFilePath();
    }

    GuestPipeline::Options pipeline = GuestSession::defaultPipelineOptions(context()->scope());
    // Only what events come from: states, license lines and the OS probe.
    pipeline.parts = GuestPipeline::Parts(GuestPipeline::Part::Files) | GuestPipeline::Part::License
        | GuestPipeline::Part::OsProbe;
    pipeline.focus = m_names;
    m_session = new GuestSession(context()->scope(), pipeline, this);
    connect(m_session->events(), &GuestEventWatcher::event, this, &WatchCommand::onEvent);
    // Said once on stderr (stdout stays one event per line): a service's journal shows when
    // watching began, and a script knows from then on nothing is missed.
    connect(m_session, &GuestSession::ready, this, [this] {
        if (std::exchange(m_announced, true))
            return;
        const int n = m_names.isEmpty() ? m_session->store()->count() : int(m_names.size());
        CliContext::error(n == 1 ? tr("watching 1 guest") : tr("watching %1 guests").arg(n));
        // As a Type=notify service: systemd counts it started from here.
        SystemdNotifier::notify("READY=1");
    });
    m_signals = new SignalWatcher({ SIGINT, SIGTERM }, this);
    connect(m_signals, &SignalWatcher::signalReceived, this, [this] { finish(ExitOk); });
    m_session->start();
}

void WatchCommand::onEvent(const GuestEvent &event)
{
    if (!m_names.isEmpty() && !event.guest.isEmpty() && !m_names.contains(event.guest))
        return;
    if (!m_kinds.isEmpty() && !m_kinds.contains(event.kind))
        return;
    CliContext::out(m_json ? jsonLine(event) : textLine(event));
    if (!m_exec.isEmpty())
        runExec(event);
}

void WatchCommand::runExec(const GuestEvent &event)
{
    auto *process = new QProcess(this);
    process->setProgram(m_exec);
    process->setArguments(execArguments(event));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CHARON_EVENT_JSON"_s, jsonLine(event));
    env.insert(u"CHARON_EVENT_CODE"_s, GuestEvent::toolkitCode(event.kind));
    env.insert(u"CHARON_EVENT_TIME"_s, event.when.toString(Qt::ISODateWithMs));
    process->setProcessEnvironment(env);
    process->setStandardInputFile(QProcess::nullDevice());
    process->setProcessChannelMode(QProcess::ForwardedChannels);
    ++m_running;
    const QString what = GuestEvent::kindName(event.kind);
    connect(process, &QProcess::finished, this,
        [this, process, what](int code, QProcess::ExitStatus status) {
            --m_running;
            process->deleteLater();
            if (status != QProcess::NormalExit || code != 0)
                CliContext::error(tr("%1 failed for the %2 event (exit %3)")
                                      .arg(m_exec, what)
                                      .arg(status == QProcess::NormalExit ? code : -1));
        });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        --m_running;
        CliContext::error(tr("cannot run %1: %2").arg(m_exec, process->errorString()));
        process->deleteLater();
    });
    process->start();
}

} // namespace charon::cli
