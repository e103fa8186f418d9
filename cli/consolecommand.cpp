// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli/consolecommand.h"

#include "core/console/consolesettings.h"
#include "core/guests/guestsnapshot.h"

#include "cli/terminalconsole.h"

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace charon::cli {

QString ConsoleCommand::summary() const
{
    return tr("Connect this terminal to the guest's console (Ctrl-] leaves).");
}

QList<QCommandLineOption> ConsoleCommand::options() const
{
    return {
        QCommandLineOption(u"return"_s,
            tr("What Return sends: auto (CR LF to telnet, CR to a raw socket), telnet or raw."),
            u"MODE"_s),
        QCommandLineOption(u"identity"_s,
            tr("The terminal type announced to the guest: vt100, vt220 or xterm."), u"TYPE"_s),
        QCommandLineOption(u"save"_s, tr("Remember --return and --identity for this guest.")),
    };
}

void ConsoleCommand::run(const QCommandLineParser &parser, const QStringList &args)
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
    auto returnMode = ConsoleSettings::returnMode(guest->name);
    auto identity = ConsoleSettings::identity(guest->name);
    if (parser.isSet(u"return"_s)) {
        const auto chosen = ConsoleSettings::returnModeFromName(parser.value(u"return"_s));
        if (!chosen) {
            fail(ExitUsage, tr("--return takes auto, telnet or raw"));
            return;
        }
        returnMode = *chosen;
    }
    if (parser.isSet(u"identity"_s)) {
        const auto chosen = ConsoleSettings::identityFromName(parser.value(u"identity"_s));
        if (!chosen) {
            fail(ExitUsage, tr("--identity takes vt100, vt220 or xterm"));
            return;
        }
        identity = *chosen;
    }
    if (parser.isSet(u"save"_s)) {
        if (parser.isSet(u"return"_s))
            ConsoleSettings::setReturnMode(guest->name, returnMode);
        if (parser.isSet(u"identity"_s))
            ConsoleSettings::setIdentity(guest->name, identity);
    }
    ConsoleOptions options;
    options.guestName = guest->name;
    options.returnMode = returnMode;
    options.terminalType = ConsoleSettings::terminalType(identity);
    options.breakOn = guest->config.breakOn;
    options.stopOn = guest->config.stopOn;
    // The console listens on this host (loopback, or more when exposed): dial it locally.
    finish(runConsole(u"127.0.0.1"_s, quint16(guest->config.consolePort), options));
}

} // namespace charon::cli
