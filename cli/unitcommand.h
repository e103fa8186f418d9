// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// `charon-vm start|stop|restart [NAME...]` (vmstart, vmstop): one systemd job per guest, all
// sent at once (guests start in parallel, as at boot), each waited for to its result unless
// --no-wait, in which case the command ends once systemd has queued the jobs. `start` of a
// running guest and `stop` of a stopped one are not sent: the command says so and exits 7
// (ExitNothingToDo) unless another guest failed; the other guests are still acted on.
// `stop` and `restart` of a guest whose stop-script branch holds no shutdown commands (Not
// found, To customize, Case not set) power the guest OS off: a warning line on stderr names
// them, always. A script (stdin not a terminal) is never prompted and goes on; at a terminal
// the command asks "[y/N]" first, unless --yes; a "no" sends nothing and exits 1.

#include "core/systemd/unitcommandjob.h"

#include "cli/clicommand.h"

namespace charon::cli {

class UnitCommand : public CliCommand
{
    Q_OBJECT

public:
    UnitCommand(
        core::UnitCommandJob::Operation operation, CliContext *context, QObject *parent = nullptr);
    QList<QCommandLineOption> options() const override;
    QString synopsis() const override;
    QString summary() const override;
    void run(const QCommandLineParser &parser, const QStringList &args) override;

private:
    void act(bool wait, bool yes);
    void send(const QStringList &names, bool wait);
    // Warns about (and at a terminal asks for) the guests of `guests` a stop powers off.
    // False: the admin said no.
    bool acceptPowerOff(const QList<core::Guest> &guests, bool yes);
    void finishWithCodes();
    void done(const QString &name, const core::SystemdJob *job, bool waited);

    core::UnitCommandJob::Operation m_operation;
    QStringList m_names;
    QHash<QString, int> m_codes;
    int m_pending = 0;
};

} // namespace charon::cli
