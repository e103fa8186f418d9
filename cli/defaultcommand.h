// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// `charon-vm default [NAME | --clear]`: shows or sets the star, the guest the other commands
// (and the vm* aliases) use when none is named.

#include "cli/clicommand.h"

namespace charon::cli {

class DefaultCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    QList<QCommandLineOption> options() const override;
    QString synopsis() const override { return QStringLiteral("default [NAME | --clear]"); }
    QString summary() const override;
    void run(const QCommandLineParser &parser, const QStringList &args) override;
};

} // namespace charon::cli
