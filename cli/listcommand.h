// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// `charon-vm list` (vmlist): the host header and one row per guest, or --json. On a terminal
// the table fits its width (long CONFIG / EMULATOR values elided in the middle); piped, every
// value is printed in full.

#include "cli/clicommand.h"

namespace charon::cli {

class ListCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    QList<QCommandLineOption> options() const override;
    QString synopsis() const override { return QStringLiteral("list [--json]"); }
    QString summary() const override;
    void run(const QCommandLineParser &parser, const QStringList &args) override;
    // Columns of the terminal on stdout; 0 when stdout is not a terminal.
    static int terminalWidth();

private:
    void showWhenBoth(bool json);

    core::GuestSnapshot *m_snapshot = nullptr;
    bool m_reachable = false; // the manager answered the check
    bool m_ready = false; // the snapshot is complete
};

} // namespace charon::cli
