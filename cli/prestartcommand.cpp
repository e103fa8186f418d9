// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli/prestartcommand.h"

#include "core/host/niccheck.h"
#include "core/host/nicoffload.h"

#include "core/guests/guestsnapshot.h"

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace charon::cli {

QString PrestartCommand::summary() const
{
    return tr("Internal (ExecStartPre=): check the guest and its NICs before it starts.");
}

void PrestartCommand::run(const QCommandLineParser &, const QStringList &args)
{
    if (args.size() != 1) {
        fail(ExitUsage, tr("prestart takes one guest name"));
        return;
    }
    if (!checkGuestsExist(args))
        return;
    QString error;
    const auto guest = GuestSnapshot::readFiles(context()->units(), args.first(), &error);
    if (!guest) {
        fail(ExitOther, error);
        return;
    }
    if (guest->config.hasErrors()) {
        for (const ConfigIssue &issue : guest->config.issues) {
            if (issue.severity == ConfigIssue::Severity::Error)
                CliContext::error(issue.toString());
        }
        fail(ExitOther, tr("%1 not started: its configuration has errors").arg(guest->name));
        return;
    }
    QList<Guest> all;
    for (const QString &name : context()->units().guestNames()) {
        QString ignored;
        if (auto other = GuestSnapshot::readFiles(context()->units(), name, &ignored))
            all << *other;
    }
    auto *checker = new NicChecker(this);
    auto *offload = new NicOffload(this);
    connect(offload, &NicOffload::finished, this,
        [this](const QString &, bool ok, const QString &message) {
            if (ok)
                CliContext::out(message);
            else
                CliContext::error(tr("warning: %1").arg(message));
            if (--m_pending == 0)
                finish(ExitOk);
        });
    connect(checker, &NicChecker::finished, this,
        [this, offload](const QString &name, const QList<NicCheck> &checks) {
            for (const NicCheck &c : checks) {
                QStringList problems;
                if (c.missing)
                    problems << tr("(1) does not exist");
                if (c.managedByNetworkTool)
                    problems << tr("(2) is managed by the network configuration tool");
                if (!c.usedByGuest.isEmpty())
                    problems << tr("(3) is also used by guest %1").arg(c.usedByGuest);
                if (!c.addresses.isEmpty())
                    problems << tr("(4) has an IP address");
                if (!problems.isEmpty())
                    CliContext::error(tr("warning: %1 NIC %2 (%3): %4")
                                          .arg(name, c.nic, c.interface, problems.join(u", "_s)));
            }
            for (const NicCheck &c : checks) {
                if (!c.missing) {
                    ++m_pending;
                    offload->disable(c.interface);
                }
            }
            if (m_pending == 0)
                finish(ExitOk);
        });
    checker->check(*guest, all);
}

} // namespace charon::cli
