// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// `charon-vm add --emulator PATH --config PATH [--name NAME] [--workdir DIR] [--auto-boot]`:
// checks everything first (paths, configuration, name, console port, what a unit can express)
// and writes nothing unless all is well; then the unit and its drop-in, a template branch in
// the stop script, a daemon-reload, and enabling when --auto-boot.

#include "core/domain/guest.h"
#include "core/guests/guestinstaller.h"

#include "cli/clicommand.h"

namespace charon::cli {

class AddCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    QList<QCommandLineOption> options() const override;
    QString synopsis() const override;
    QString summary() const override;
    void run(const QCommandLineParser &parser, const QStringList &args) override;

private:
    void addThroughHelper(const core::GuestInstaller::Request &request, bool autoBoot);
    void reloaded(const core::Guest &guest, bool autoBoot);
};

} // namespace charon::cli
