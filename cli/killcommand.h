// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// `charon-vm kill [NAME...]`: SIGKILL to every process of each guest's unit through systemd's
// KillUnit, the last step of the window's Force Stop: a power-off, recorded by systemd as
// Result=signal. Refuses like `stop`: an unknown guest exits 3, a stopped one is said to be and
// exits 7 (ExitNothingToDo) unless another guest failed; the others are still killed.

#include "cli/clicommand.h"

namespace charon::core {
class SystemdJob;
}

namespace charon::cli {

class KillCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    QString synopsis() const override;
    QString summary() const override;
    void run(const QCommandLineParser &parser, const QStringList &args) override;

private:
    void finishWithCodes();

    QStringList m_names;
    QHash<QString, int> m_codes;
    int m_pending = 0;
};

} // namespace charon::cli
