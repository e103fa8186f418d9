// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// `charon-vm cfg [NAME] [--force]` (vmcfg): edit a guest's configuration safely. The editor
// ($VISUAL, $EDITOR, else vi; run from argv, never a shell) gets a copy; the copy is checked
// with the product's parser, and replaces the original (atomically, the old one kept as .bak)
// only when it has no errors, or when the user insists (answering "y", or --force). A rejected
// copy is kept, so no edit is lost.

#include <QByteArray>

#include "cli/clicommand.h"

class QSocketNotifier;
class QTemporaryFile;

namespace charon::cli {

class CfgCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    QList<QCommandLineOption> options() const override;
    QString synopsis() const override { return QStringLiteral("cfg [--force] [NAME]"); }
    QString summary() const override;
    void run(const QCommandLineParser &parser, const QStringList &args) override;

private:
    void edited();
    void save();
    void keepCopy(const QString &why);

    QString m_config;
    QString m_profile;
    QByteArray m_original;
    QByteArray m_edited;
    bool m_force = false;
    QTemporaryFile *m_copy = nullptr;
    QSocketNotifier *m_stdin = nullptr;
};

} // namespace charon::cli
