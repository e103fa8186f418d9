// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli/killcommand.h"

#include "core/domain/guest.h"
#include "core/guests/guestsnapshot.h"
#include "core/systemd/systemdclient.h"

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace charon::cli {

QString KillCommand::synopsis() const
{
    return u"kill [NAME...]"_s;
}

QString KillCommand::summary() const
{
    return tr("Power guests off at once (SIGKILL, like Force Stop): no clean shutdown.");
}

void KillCommand::run(const QCommandLineParser &, const QStringList &args)
{
    m_names = namesOrDefault(args);
    if (m_names.isEmpty() || !checkGuestsExist(m_names))
        return;
    m_names.removeDuplicates();
    GuestSnapshot *snapshot = context()->snapshot(GuestPipeline::Part::Files, this);
    connect(snapshot, &GuestSnapshot::ready, this, [this, snapshot] {
        QHash<QString, GuestState> states;
        for (const Guest &g : snapshot->guests())
            states.insert(g.name, g.derived.state);
        snapshot->deleteLater();
        QStringList act;
        for (const QString &name : std::as_const(m_names)) {
            const auto it = states.constFind(name);
            if (it != states.constEnd()
                && (*it == GuestState::Inactive || *it == GuestState::Failed)) {
                CliContext::error(tr("%1 is already stopped").arg(name));
                m_codes.insert(name, ExitNothingToDo);
            } else {
                act << name;
            }
        }
        constexpr int sigkill = 9;
        for (const QString &name : std::as_const(act)) {
            ++m_pending;
            SystemdJob *job
                = context()->client()->killUnit(unitNameForGuest(name), sigkill, u"all"_s);
            connect(job, &SystemdJob::finished, this, [this, name](SystemdJob *j) {
                if (j->isError()) {
                    CliContext::error(j->errorString());
                    m_codes.insert(name, CliContext::exitCodeFor(j->error().category));
                } else {
                    CliContext::out(tr("Killed %1.").arg(name));
                    m_codes.insert(name, ExitOk);
                }
                if (--m_pending == 0)
                    finishWithCodes();
            });
        }
        if (m_pending == 0)
            finishWithCodes();
    });
    snapshot->load(m_names, GuestSnapshot::Detail::Summary);
}

void KillCommand::finishWithCodes()
{
    finish(combinedExitCode(m_names, m_codes)); // as `stop`
}

} // namespace charon::cli
