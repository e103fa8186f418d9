// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// `charon-vm status [NAME] [--json]`: one guest in detail: state and its cause, dates,
// configuration summary, settings, stop-script status and the four NIC checks.

#include "core/domain/guest.h"

#include "cli/clicommand.h"

namespace charon::cli {

class StatusCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    QList<QCommandLineOption> options() const override;
    QString synopsis() const override { return QStringLiteral("status [--json] [NAME]"); }
    QString summary() const override;
    void run(const QCommandLineParser &parser, const QStringList &args) override;

private:
    void show(const QStringList &names);
    void print(const core::Guest &guest);
    bool m_json = false;
};

} // namespace charon::cli
