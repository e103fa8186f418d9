// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli/clicommand.h"

#include "core/domain/guest.h"

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

bool CliCommand::checkGuestsExist(const QStringList &names)
{
    for (const QString &name : names) {
        if (!isValidGuestName(name)) {
            fail(ExitUsage, tr("invalid guest name \"%1\"").arg(name));
            return false;
        }
        if (!m_context->units().exists(name)) {
            fail(ExitNotFound, tr("no guest named \"%1\"").arg(name));
            return false;
        }
    }
    return true;
}

} // namespace charon::cli
