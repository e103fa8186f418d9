// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli/defaultcommand.h"

using namespace Qt::StringLiterals;

namespace charon::cli {

QList<QCommandLineOption> DefaultCommand::options() const
{
    return { QCommandLineOption(u"clear"_s, tr("Have no default guest.")) };
}

QString DefaultCommand::summary() const
{
    return tr("Show or set the default guest (the star).");
}

void DefaultCommand::run(const QCommandLineParser &parser, const QStringList &args)
{
    const bool clear = parser.isSet(u"clear"_s);
    if (args.size() > 1 || (clear && !args.isEmpty())) {
        fail(ExitUsage, tr("usage: charon-vm %1").arg(synopsis()));
        return;
    }
    QString error;
    if (clear) {
        if (!context()->star().setName({}, &error)) {
            fail(ExitOther, error);
            return;
        }
        CliContext::out(tr("No default guest."));
        finish(ExitOk);
        return;
    }
    if (args.isEmpty()) {
        const QString star = context()->star().name();
        if (star.isEmpty()) {
            fail(ExitNotFound, tr("no default guest set"));
            return;
        }
        CliContext::out(star);
        finish(ExitOk);
        return;
    }
    if (!checkGuestsExist(args))
        return;
    if (!context()->star().setName(args.first(), &error)) {
        fail(ExitOther, error);
        return;
    }
    CliContext::out(tr("Default guest: %1.").arg(args.first()));
    finish(ExitOk);
}

} // namespace charon::cli
