// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// `charon-vm console [NAME]` (and `vmconsole`): connects the terminal it runs in to the guest's
// console (core/terminalconsole: raw mode, Ctrl-] leaves). The console port and the halt keys
// (break_on / stop_on, warned about first) come from the guest's configuration; no systemd
// call is needed. --return and --identity choose how Return travels and which terminal type
// is announced (default: the guest's console settings, shared with the console tabs);
// --save keeps the choice for the guest. Ends with runConsole()'s exit code.

#include "cli/clicommand.h"

namespace charon::cli {

class ConsoleCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    QString synopsis() const override { return QStringLiteral("console [NAME]"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(const QCommandLineParser &parser, const QStringList &args) override;
};

} // namespace charon::cli
