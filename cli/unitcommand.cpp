// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli/unitcommand.h"

#include "core/domain/guest.h"
#include "core/guests/guestsnapshot.h"
#include "core/journal/invocationoutput.h"
#include "core/systemd/systemdcalljob.h"
#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdconnection.h"

#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace charon::cli {

UnitCommand::UnitCommand(UnitCommandJob::Operation operation, CliContext *context, QObject *parent)
    : CliCommand(context, parent)
    , m_operation(operation)
{ }

QList<QCommandLineOption> UnitCommand::options() const
{
    QList<QCommandLineOption> options { QCommandLineOption(
        u"no-wait"_s, tr("Return once systemd has queued the job, without its result.")) };
    if (m_operation != UnitCommandJob::Operation::Start)
        options << QCommandLineOption(u"yes"_s,
            tr("Do not ask before powering off a guest whose stop script has no shutdown "
               "commands (never asked when stdin is not a terminal)."));
    return options;
}

QString UnitCommand::synopsis() const
{
    switch (m_operation) {
    case UnitCommandJob::Operation::Start:
        return u"start [--no-wait] [NAME...]"_s;
    case UnitCommandJob::Operation::Stop:
        return u"stop [--no-wait] [--yes] [NAME...]"_s;
    case UnitCommandJob::Operation::Restart:
        break;
    }
    return u"restart [--no-wait] [--yes] [NAME...]"_s;
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
    if (m_names.isEmpty())
        return;
    const bool wait = !parser.isSet(u"no-wait"_s);
    const bool yes = m_operation != UnitCommandJob::Operation::Start && parser.isSet(u"yes"_s);
    whenManagerReachable([this, wait, yes] { act(wait, yes); });
}

void UnitCommand::act(bool wait, bool yes)
{
    if (!checkGuestsExist(m_names))
        return;
    m_names.removeDuplicates();
    // First one look at the states, so a guest already there is said to be ("hpux-prod is
    // already running", exit 7) and the others are still acted on; and, for stop and restart,
    // at the stop-script status, so a power-off is said before it happens.
    GuestPipeline::Parts parts = GuestPipeline::Part::Files;
    if (m_operation != UnitCommandJob::Operation::Start)
        parts |= GuestPipeline::Part::StopScript;
    GuestSnapshot *snapshot = context()->snapshot(parts, this);
    connect(snapshot, &GuestSnapshot::ready, this, [this, snapshot, wait, yes] {
        QHash<QString, GuestState> states;
        const QList<Guest> guests = snapshot->guests();
        for (const Guest &g : guests)
            states.insert(g.name, g.derived.state);
        snapshot->deleteLater();
        QStringList act;
        QList<Guest> acted;
        for (const QString &name : std::as_const(m_names)) {
            const auto it = states.constFind(name);
            const bool there = m_operation != UnitCommandJob::Operation::Restart
                && it != states.constEnd()
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
                for (const Guest &g : guests) {
                    if (g.name == name)
                        acted << g;
                }
            }
        }
        if (!act.isEmpty() && m_operation != UnitCommandJob::Operation::Start
            && !acceptPowerOff(acted, yes)) {
            fail(ExitOther, tr("nothing stopped"));
            return;
        }
        if (act.isEmpty())
            finishWithCodes();
        else
            send(act, wait);
    });
    snapshot->load(m_names, GuestSnapshot::Detail::Summary);
}

bool UnitCommand::acceptPowerOff(const QList<Guest> &guests, bool yes)
{
    QStringList unsafe;
    for (const Guest &g : guests) {
        // A guest already stopped is not powered off (systemd has nothing to do).
        if (g.derived.state == GuestState::Inactive || g.derived.state == GuestState::Failed)
            continue;
        if (!StopScript::runsCommands(g.stopScript))
            unsafe << tr("%1 (stop script: %2)").arg(g.name, StopScript::statusName(g.stopScript));
    }
    if (unsafe.isEmpty())
        return true;
    CliContext::error(tr("warning: no shutdown commands in the stop script for %1: the emulator "
                         "is ended, a power-off for the guest OS")
                          .arg(unsafe.join(u", "_s)));
    // Scripts are never prompted: the warning line is their record.
    if (yes || !::isatty(STDIN_FILENO) || !::isatty(STDERR_FILENO))
        return true;
    const QByteArray prompt = tr("Power off anyway? [y/N] ").toUtf8();
    std::fwrite(prompt.constData(), 1, size_t(prompt.size()), stderr);
    std::fflush(stderr);
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    // The English letters always work; a translation may add its own word for "yes".
    return answer == u"y"_s || answer == u"yes"_s || answer == tr("y") || answer == tr("yes");
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
    finish(combinedExitCode(m_names, m_codes));
}

void UnitCommand::done(const QString &name, const SystemdJob *job, bool waited)
{
    // A start that failed in the pre-start step or the emulator: the command's own last line
    // from the journal of that run says why ("…/bad.cfg: no such file"), in the same message.
    const auto *command = qobject_cast<const UnitCommandJob *>(job);
    if (job->error().category == SystemdError::Category::JobFailed && command
        && m_operation != UnitCommandJob::Operation::Stop && !command->invocationId().isEmpty()
        && context()->client()->connection()->isLocal()) {
        InvocationOutput::Request request;
        request.userScope = context()->scope() == UnitScope::User;
        request.unit = command->unit();
        request.invocationId = command->invocationId();
        request.pids = command->runPids();
        auto *output = new InvocationOutput(this);
        const QString message = job->errorString();
        const int code = CliContext::exitCodeFor(job->error().category);
        connect(output, &InvocationOutput::ready, this,
            [this, output, name, message, code](const QStringList &lines) {
                output->deleteLater();
                CliContext::error(InvocationOutput::withCause(message, lines));
                m_codes.insert(name, code);
                if (--m_pending == 0)
                    finishWithCodes();
            });
        output->start(request);
        return;
    }
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
