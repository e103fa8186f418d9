// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// `charon-vm remove NAME [--force]`: core::GuestRemover (the same removal as the GUI's) with
// the CLI's exit codes and lines. Removes the guest's unit and our drop-in (kept as .bak)
// after disabling it; never touches its configuration or disks. Refuses while the guest runs,
// unless --force, which stops it first (a clean stop through the stop script).

#include "cli/clicommand.h"

namespace charon::core {
class GuestRemover;
} // namespace charon::core

namespace charon::cli {

class RemoveCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    QList<QCommandLineOption> options() const override;
    QString synopsis() const override { return QStringLiteral("remove [--force] NAME"); }
    QString summary() const override;
    void run(const QCommandLineParser &parser, const QStringList &args) override;

private:
    void removeThroughHelper(const QString &name);
    void done(const core::GuestRemover *remover);
};

} // namespace charon::cli
