// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli/unitcommand.h"

#include "core/domain/guest.h"
#include "core/guests/guestsnapshot.h"
#include "core/systemd/systemdcalljob.h"
#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdconnection.h"

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace charon::cli {

UnitCommand::UnitCommand(UnitCommandJob::Operation operation, CliContext *context, QObject *parent)
    : CliCommand(context, parent)
    , m_operation(operation)
{ }

QList<QCommandLineOption> UnitCommand::options() const
{
    return { QCommandLineOption(
        u"no-wait"_s, tr("Return once systemd has queued the job, without its result.")) };
}

QString UnitCommand::synopsis() const
{
    switch (m_operation) {
    case UnitCommandJob::Operation::Start:
        return u"start [--no-wait] [NAME...]"_s;
    case UnitCommandJob::Operation::Stop:
        return u"stop [--no-wait] [NAME...]"_s;
    case UnitCommandJob::Operation::Restart:
        break;
    }
    return u"restart [--no-wait] [NAME...]"_s;
}

QString UnitCommand::summary() const
{
    switch (m_operation) {
    case UnitCommandJob::Operation::Start:
        return tr("Start guests, in parallel (alias: vmstart).");
    case UnitCommandJob::Operation::Stop:
        return tr(
            "Stop guests: clean shutdown by the stop script, else power-off (alias: vmstop).");
    case UnitCommandJob::Operation::Restart:
        break;
    }
    return tr("Stop then start guests.");
}

void UnitCommand::run(const QCommandLineParser &parser, const QStringList &args)
{
    m_names = namesOrDefault(args);
    if (m_names.isEmpty() || !checkGuestsExist(m_names))
        return;
    m_names.removeDuplicates();
    const bool wait = !parser.isSet(u"no-wait"_s);
    if (m_operation == UnitCommandJob::Operation::Restart) {
        send(m_names, wait);
        return;
    }
    // start / stop: first one look at the states, so a guest already there is said to be
    // ("hpux-prod is already running", exit 7) and the others are still acted on.
    GuestSnapshot *snapshot = context()->snapshot(GuestPipeline::Part::Files, this);
    connect(snapshot, &GuestSnapshot::ready, this, [this, snapshot, wait] {
        QHash<QString, GuestState> states;
        for (const Guest &g : snapshot->guests())
            states.insert(g.name, g.derived.state);
        snapshot->deleteLater();
        QStringList act;
        for (const QString &name : std::as_const(m_names)) {
            const auto it = states.constFind(name);
            const bool there = it != states.constEnd()
                && (m_operation == UnitCommandJob::Operation::Start
                        ? *it == GuestState::Active
                        : (*it == GuestState::Inactive || *it == GuestState::Failed));
            if (there) {
                CliContext::error(m_operation == UnitCommandJob::Operation::Start
                        ? tr("%1 is already running").arg(name)
                        : tr("%1 is already stopped").arg(name));
                m_codes.insert(name, ExitNothingToDo);
            } else {
                act << name;
            }
        }
        if (act.isEmpty())
            finishWithCodes();
        else
            send(act, wait);
    });
    snapshot->load(m_names, GuestSnapshot::Detail::Summary);
}

void UnitCommand::send(const QStringList &names, bool wait)
{
    SystemdClient *client = context()->client();
    for (const QString &name : names) {
        const QString unit = unitNameForGuest(name);
        ++m_pending;
        SystemdJob *job = nullptr;
        if (wait) {
            switch (m_operation) {
            case UnitCommandJob::Operation::Start:
                job = client->startUnit(unit);
                break;
            case UnitCommandJob::Operation::Stop:
                job = client->stopUnit(unit);
                break;
            case UnitCommandJob::Operation::Restart:
                job = client->restartUnit(unit);
                break;
            }
        } else {
            static const char *const methods[] = { "StartUnit", "StopUnit", "RestartUnit" };
            const QString method = QString::fromLatin1(methods[int(m_operation)]);
            job = new SystemdCallJob(client->connection(),
                SystemdConnection::managerCall(method, { unit, u"replace"_s }),
                UnitCommandJob::failureLead(m_operation, name), this);
        }
        connect(job, &SystemdJob::finished, this,
            [this, name, wait](SystemdJob *j) { done(name, j, wait); });
    }
}

void UnitCommand::finishWithCodes()
{
    // The first guest, in the order given, that failed decides the exit code; "nothing to do"
    // (7) only when no guest failed.
    bool nothingToDo = false;
    for (const QString &n : std::as_const(m_names)) {
        const int code = m_codes.value(n);
        if (code == ExitNothingToDo) {
            nothingToDo = true;
        } else if (code != ExitOk) {
            finish(code);
            return;
        }
    }
    finish(nothingToDo ? ExitNothingToDo : ExitOk);
}

void UnitCommand::done(const QString &name, const SystemdJob *job, bool waited)
{
    --m_pending;
    if (job->isError()) {
        CliContext::error(job->errorString());
        m_codes.insert(name, CliContext::exitCodeFor(job->error().category));
    } else {
        static const char *const doneText[]
            = { QT_TR_NOOP("Started %1."), QT_TR_NOOP("Stopped %1."), QT_TR_NOOP("Restarted %1.") };
        static const char *const queuedText[] = { QT_TR_NOOP("Start of %1 queued."),
            QT_TR_NOOP("Stop of %1 queued."), QT_TR_NOOP("Restart of %1 queued.") };
        const char *text = (waited ? doneText : queuedText)[int(m_operation)];
        CliContext::out(tr(text).arg(name));
        m_codes.insert(name, ExitOk);
    }
    if (m_pending > 0)
        return;
    finishWithCodes();
}

} // namespace charon::cli
