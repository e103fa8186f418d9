// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// `charon-vm enable|disable [NAME...]`: auto-boot on or off, i.e. the unit's [Install]
// WantedBy= link, then a daemon-reload so systemd reports it at once.

#include "cli/clicommand.h"

namespace charon::cli {

class EnableCommand : public CliCommand
{
    Q_OBJECT

public:
    EnableCommand(bool enable, CliContext *context, QObject *parent = nullptr);
    QString synopsis() const override;
    QString summary() const override;
    void run(const QCommandLineParser &parser, const QStringList &args) override;

private:
    void send(QStringList names);

private:
    bool m_enable;
};

} // namespace charon::cli
