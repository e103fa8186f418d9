// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli/removecommand.h"

#include "core/guests/guestremover.h"
#include "core/privileged/helperclient.h"
#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdjob.h"
#include "core/systemd/unitcommandjob.h"

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace charon::cli {

QList<QCommandLineOption> RemoveCommand::options() const
{
    return { QCommandLineOption(u"force"_s, tr("Stop the guest first if it is running.")) };
}

QString RemoveCommand::summary() const
{
    return tr("Remove a guest's unit (its configuration and disks stay).");
}

void RemoveCommand::run(const QCommandLineParser &parser, const QStringList &args)
{
    // Never the default guest implicitly: removing is too consequential for a guess.
    if (args.size() != 1) {
        fail(ExitUsage, tr("remove takes exactly one guest name"));
        return;
    }
    if (context()->needsPrivilegedHelper()) {
        // Not root, system scope: the privileged helper removes the files (after asking polkit)
        // and reloads. It refuses a running guest: --force stops it first, through polkit.
        if (parser.isSet(u"force"_s)) {
            SystemdJob *stop = context()->client()->stopUnit(unitNameForGuest(args.first()));
            connect(
                stop, &SystemdJob::finished, this, [this, name = args.first()](SystemdJob *job) {
                    if (job->isError()) {
                        fail(CliContext::exitCodeFor(job->error().category), job->errorString());
                        return;
                    }
                    removeThroughHelper(name);
                });
            return;
        }
        removeThroughHelper(args.first());
        return;
    }
    auto *remover = new GuestRemover(context()->client(), context()->units(), context()->star(),
        args.first(), parser.isSet(u"force"_s), this);
    connect(remover, &GuestRemover::stopped, this,
        [](const QString &name) { CliContext::out(tr("Stopped %1.").arg(name)); });
    connect(remover, &GuestRemover::finished, this, &RemoveCommand::done);
}

void RemoveCommand::removeThroughHelper(const QString &name)
{
    auto *helper = HelperClient::removeGuest(name, this);
    connect(helper, &HelperClient::finished, this, [this, name](HelperClient *h) {
        if (h->isError()) {
            fail(h->isPermissionDenied()    ? ExitPermissionDenied
                    : h->isInvalidRequest() ? ExitNotFound
                                            : ExitOther,
                h->errorString());
            return;
        }
        CliContext::out(
            tr("Removed guest %1; its configuration and disks are untouched.").arg(name));
        finish(ExitOk);
    });
}

void RemoveCommand::done(const GuestRemover *remover)
{
    using Failure = GuestRemover::Failure;
    switch (remover->failure()) {
    case Failure::None:
        CliContext::out(tr("Removed guest %1; its configuration and disks are untouched.")
                            .arg(remover->name()));
        finish(ExitOk);
        return;
    case Failure::InvalidName:
        fail(ExitUsage, remover->errorString());
        return;
    case Failure::NotFound:
        fail(ExitNotFound, remover->errorString());
        return;
    case Failure::Running:
        // The CLI's own sentence: it names the option that overrides the refusal.
        fail(ExitOther,
            tr("guest %1 is running (%2): stop it first, or use --force")
                .arg(remover->name(), remover->activeState()));
        return;
    case Failure::Systemd:
    case Failure::NotReloaded:
        fail(CliContext::exitCodeFor(remover->systemdError().category), remover->errorString());
        return;
    case Failure::RemoteHost:
    case Failure::Files:
        fail(ExitOther, remover->errorString());
        return;
    }
}

} // namespace charon::cli
