// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// charon-vm's dispatcher: picks the command from argv[0] (vmlist, vmstart, vmstop, vmcfg are
// links to charon-vm) or from the first word, parses the global options (--user / --system)
// with the command's own, runs it in the event loop and exits with its code.

#include <QObject>
#include <QStringList>

#include "cli/clicontext.h"
#include <memory>

namespace charon::cli {

class CliCommand;

class CliApp : public QObject
{
    Q_OBJECT

public:
    explicit CliApp(QObject *parent = nullptr);
    ~CliApp() override;

    // Parses `arguments` (argv, including argv[0]) and starts the command. Returns -1 when the
    // command runs (the application exits with its code later), else the exit code to use now.
    int start(const QStringList &arguments);

    // The command word for a program name: "vmlist" -> "list"; "" for charon-vm itself.
    static QString aliasCommand(const QString &programName);
    static QStringList commandNames();

private:
    CliCommand *create(const QString &name, CliContext *context);
    QString usage() const;

    CliContext *m_context = nullptr;
};

} // namespace charon::cli
