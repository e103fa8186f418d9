// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// `charon-vm list` (vmlist): the host header and one row per guest, or --json.

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
};

} // namespace charon::cli
