// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// `charon-vm set NAME [--start-timeout S] [--stop-timeout S] [--auto-restart on|off ...]
// [--oom-protect on|off] [--description TEXT] [--before GUEST] [--after GUEST]
// [--pre-start PATH] [--auto-boot on|off]`: the Service Settings dialog on the command line,
// through the same core (ServiceSettingsValidator, SettingsDropIn, ServiceSettingsApplier).
// Options not given keep their value. Then prints the values systemd applies after the
// reload and warns about each of ours an admin's own drop-in overrides. Without options it
// only prints them. Bad values: the validator's sentences, nothing written, exit 2.

#include "cli/clicommand.h"

namespace charon::core {
struct AppliedSettings;
}

namespace charon::cli {

class SetCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    QList<QCommandLineOption> options() const override;
    QString synopsis() const override;
    QString summary() const override;
    void run(const QCommandLineParser &parser, const QStringList &args) override;

    // The lines printed for `applied` (guest `name`): label, value, and "set by FILE" marks.
    static QStringList describe(const QString &name, const core::AppliedSettings &applied);

private:
    // Prints what systemd applies now and the overrides, then exits 0.
    void report(const QString &name, const core::AppliedSettings &applied);
};

} // namespace charon::cli
