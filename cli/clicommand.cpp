// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli/clicommand.h"

#include "core/domain/guest.h"
#include "core/privileged/helperclient.h"
#include "core/systemd/systemdclient.h"

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace charon::cli {

CliCommand::CliCommand(CliContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

void CliCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    QMetaObject::invokeMethod(
        this, [this, exitCode] { Q_EMIT finished(exitCode); }, Qt::QueuedConnection);
}

void CliCommand::fail(int exitCode, const QString &message)
{
    if (m_finished)
        return;
    CliContext::error(message);
    finish(exitCode);
}

void CliCommand::failFromHelper(const core::HelperClient *helper)
{
    fail(helper->isPermissionDenied()    ? ExitPermissionDenied
            : helper->isInvalidRequest() ? ExitUsage
                                         : ExitOther,
        helper->errorString());
}

QStringList CliCommand::namesOrDefault(const QStringList &args)
{
    if (!args.isEmpty())
        return args;
    const QString star = m_context->star().name();
    if (star.isEmpty()) {
        fail(
            ExitUsage, tr("no guest named and no default guest set (see: charon-vm default NAME)"));
        return {};
    }
    return { star };
}

void CliCommand::whenManagerReachable(std::function<void()> next)
{
    ManagerCheckJob *check = m_context->client()->checkManager();
    connect(check, &SystemdJob::finished, this, [this, next = std::move(next)](SystemdJob *job) {
        if (!job->isError()) {
            next();
            return;
        }
        fail(job->error().category == SystemdError::Category::PermissionDenied
                ? ExitPermissionDenied
                : ExitUnreachable,
            job->errorString());
    });
}

bool CliCommand::checkGuestsExist(const QStringList &names)
{
    // Every bad name is reported, not only the first: a script fixes its list in one go.
    // Invalid names (usage, 2) decide the exit code before unknown ones (3).
    int code = ExitOk;
    for (const QString &name : names) {
        if (!isValidGuestName(name)) {
            CliContext::error(tr("invalid guest name \"%1\"").arg(name));
            code = ExitUsage;
        } else if (!m_context->units().exists(name)) {
            CliContext::error(tr("no guest named \"%1\"").arg(name));
            if (code == ExitOk)
                code = ExitNotFound;
        }
    }
    if (code == ExitOk)
        return true;
    finish(code);
    return false;
}

int CliCommand::combinedExitCode(const QStringList &names, const QHash<QString, int> &codes)
{
    bool nothingToDo = false;
    for (const QString &name : names) {
        const int code = codes.value(name);
        if (code == ExitNothingToDo)
            nothingToDo = true;
        else if (code != ExitOk)
            return code;
    }
    return nothingToDo ? ExitNothingToDo : ExitOk;
}

} // namespace charon::cli
