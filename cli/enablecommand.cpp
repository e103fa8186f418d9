// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli/enablecommand.h"

#include "core/domain/guest.h"
#include "core/privileged/helperclient.h"
#include "core/systemd/systemdclient.h"

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace charon::cli {

EnableCommand::EnableCommand(bool enable, CliContext *context, QObject *parent)
    : CliCommand(context, parent)
    , m_enable(enable)
{ }

QString EnableCommand::synopsis() const
{
    return m_enable ? u"enable [NAME...]"_s : u"disable [NAME...]"_s;
}

QString EnableCommand::summary() const
{
    return m_enable ? tr("Turn auto-boot on (start with the host).") : tr("Turn auto-boot off.");
}

void EnableCommand::run(const QCommandLineParser &, const QStringList &args)
{
    const QStringList asked = namesOrDefault(args);
    if (asked.isEmpty())
        return;
    whenManagerReachable([this, asked] { send(asked); });
}

void EnableCommand::send(QStringList names)
{
    if (!checkGuestsExist(names))
        return;
    names.removeDuplicates();
    if (context()->needsPrivilegedHelper()) {
        // Not root, system scope: systemd's own polkit action for unit files is not the admin
        // group's; the privileged helper enables or disables each guest (change-settings).
        auto pending = std::make_shared<qsizetype>(names.size());
        auto failure = std::make_shared<std::pair<int, QString>>(ExitOk, QString());
        for (const QString &name : std::as_const(names)) {
            auto *helper = HelperClient::setAutoBoot(name, m_enable, this);
            connect(helper, &HelperClient::finished, this,
                [this, name, pending, failure](HelperClient *h) {
                    if (h->isError()) {
                        CliContext::error(h->errorString());
                        failure->first = h->isPermissionDenied() ? ExitPermissionDenied : ExitOther;
                    } else {
                        CliContext::out(
                            (m_enable ? tr("Auto-boot on for %1.") : tr("Auto-boot off for %1."))
                                .arg(name));
                    }
                    if (--*pending == 0)
                        finish(failure->first);
                });
        }
        return;
    }
    QStringList units;
    for (const QString &name : std::as_const(names))
        units << unitNameForGuest(name);
    SystemdClient *client = context()->client();
    UnitFilesJob *job = m_enable ? client->enableUnitFiles(units) : client->disableUnitFiles(units);
    connect(job, &SystemdJob::finished, this, [this, names](SystemdJob *j) {
        if (j->isError()) {
            fail(CliContext::exitCodeFor(j->error().category), j->errorString());
            return;
        }
        for (const QString &name : names)
            CliContext::out(
                (m_enable ? tr("Auto-boot on for %1.") : tr("Auto-boot off for %1.")).arg(name));
        finish(ExitOk);
    });
}

} // namespace charon::cli
