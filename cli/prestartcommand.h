// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// `charon-vm prestart NAME`: internal, the unit's first ExecStartPre=. Refuses the start (exit
// 1, the reasons in the journal) when the configuration is missing or has errors, since the
// emulator would fail less clearly; reports NIC problems (the four checks) as warnings; turns
// every offload feature of the guest's host NICs off (ethtool), as the toolkit does.

#include "cli/clicommand.h"

namespace charon::cli {

class PrestartCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    QString synopsis() const override { return QStringLiteral("prestart NAME"); }
    QString summary() const override;
    void run(const QCommandLineParser &parser, const QStringList &args) override;

private:
    int m_pending = 0;
};

} // namespace charon::cli
