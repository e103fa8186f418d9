// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// `charon-vm stop-script NAME`: internal, the unit's ExecStop=. Runs the common stop script's
// branch for the guest's configuration and waits for the emulator ($MAINPID) to exit, within
// the unit's stop timeout less a margin; always exits 0, so systemd then ends whatever still
// runs with KillSignal=SIGTERM (a clean end to systemd) and the stop counts as requested.

#include "cli/clicommand.h"

namespace charon::cli {

class StopScriptCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    QString synopsis() const override { return QStringLiteral("stop-script NAME"); }
    QString summary() const override;
    void run(const QCommandLineParser &parser, const QStringList &args) override;

    // The runner's deadline for a unit stop timeout (seconds; 0 = none, -1 = systemd default).
    static int deadlineMs(int stopTimeoutSec);
    // How long ago this process started (ms, from /proc/self/stat); 0 when unknown.
    static qint64 processAgeMs();
};

} // namespace charon::cli
