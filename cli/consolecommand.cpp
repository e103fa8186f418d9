// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli/consolecommand.h"

#include "cli/terminalconsole.h"

#include "core/guests/guestsnapshot.h"

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace charon::cli {

QString ConsoleCommand::summary() const
{
    return tr("Connect this terminal to the guest's console (Ctrl-] leaves).");
}

void ConsoleCommand::run(const QCommandLineParser & /*parser*/, const QStringList &args)
{
    if (args.size() > 1) {
        fail(ExitUsage, tr("console takes one guest name"));
        return;
    }
    const QStringList names = namesOrDefault(args);
    if (names.isEmpty() || !checkGuestsExist(names))
        return;
    QString error;
    const auto guest = GuestSnapshot::readFiles(context()->units(), names.first(), &error);
    if (!guest) {
        fail(ExitOther, error);
        return;
    }
    if (guest->config.consolePort <= 0) {
        fail(ExitOther,
            tr("the configuration of %1 (%2) sets no console port")
                .arg(guest->name, guest->configPath));
        return;
    }
    ConsoleOptions options;
    options.guestName = guest->name;
    options.breakOn = guest->config.breakOn;
    options.stopOn = guest->config.stopOn;
    // The console listens on this host (loopback, or more when exposed): dial it locally.
    finish(runConsole(u"127.0.0.1"_s, quint16(guest->config.consolePort), options));
}

} // namespace charon::cli
