// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli/addcommand.h"

#include "core/guests/guestinstaller.h"
#include "core/guests/guestsnapshot.h"
#include "core/privileged/helperclient.h"
#include "core/systemd/systemdclient.h"

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace charon::cli {

QList<QCommandLineOption> AddCommand::options() const
{
    return {
        QCommandLineOption(
            u"name"_s, tr("Guest name (default: from the configuration file name)."), u"NAME"_s),
        QCommandLineOption(u"emulator"_s, tr("The Charon emulator executable."), u"PATH"_s),
        QCommandLineOption(u"config"_s, tr("The guest's Charon configuration file."), u"PATH"_s),
        QCommandLineOption(u"workdir"_s,
            tr("The emulator's working directory (default: the config's)."), u"DIR"_s),
        QCommandLineOption(
            u"profile"_s, tr("Emulator family: par, axp or vax (default: guessed)."), u"ID"_s),
        QCommandLineOption(u"os"_s,
            tr("Guest OS for the stop script template (hpux, mpeix, "
               "openvms, tru64)."),
            u"ID"_s),
        QCommandLineOption(u"auto-boot"_s, tr("Start the guest when the host boots.")),
        QCommandLineOption(
            u"notify"_s, tr("The emulator reports readiness to systemd (sd_notify).")),
        QCommandLineOption(
            u"no-stop-branch"_s, tr("Do not add a template branch to the stop script.")),
        QCommandLineOption(u"force"_s, tr("Accept a configuration the parser finds errors in.")),
    };
}

QString AddCommand::synopsis() const
{
    return u"add --emulator PATH --config PATH [--name NAME] [--workdir DIR] [--auto-boot]"_s;
}

QString AddCommand::summary() const
{
    return tr("Add a guest: write its systemd unit.");
}

void AddCommand::run(const QCommandLineParser &parser, const QStringList &args)
{
    if (!args.isEmpty()) {
        fail(ExitUsage,
            tr("unexpected argument \"%1\" (usage: charon-vm %2)").arg(args.first(), synopsis()));
        return;
    }
    if (!parser.isSet(u"emulator"_s) || !parser.isSet(u"config"_s)) {
        fail(ExitUsage, tr("add needs --emulator and --config"));
        return;
    }
    GuestInstaller::Request request;
    request.name = parser.value(u"name"_s);
    request.emulator = parser.value(u"emulator"_s);
    request.configPath = parser.value(u"config"_s);
    request.workDir = parser.value(u"workdir"_s);
    request.profileId = parser.value(u"profile"_s);
    request.osId = parser.value(u"os"_s);
    request.notify = parser.isSet(u"notify"_s);
    request.acceptConfigErrors = parser.isSet(u"force"_s);
    request.addStopScriptBranch = !parser.isSet(u"no-stop-branch"_s);
    if (context()->needsPrivilegedHelper()) {
        addThroughHelper(request, parser.isSet(u"auto-boot"_s));
        return;
    }
    QList<Guest> others;
    for (const QString &name : context()->units().guestNames()) {
        QString ignored;
        if (auto other = GuestSnapshot::readFiles(context()->units(), name, &ignored))
            others << *other;
    }
    const GuestInstaller::Result result = GuestInstaller::install(
        request, context()->units(), context()->stopScript(), CliContext::helperPath(), others);
    switch (result.outcome) {
    case GuestInstaller::Outcome::Installed:
        break;
    case GuestInstaller::Outcome::InvalidRequest:
        fail(ExitUsage, result.error);
        return;
    case GuestInstaller::Outcome::PermissionDenied:
        fail(ExitPermissionDenied, result.error);
        return;
    case GuestInstaller::Outcome::Refused:
    case GuestInstaller::Outcome::WriteFailed:
        fail(ExitOther,
            result.error
                + (result.error.startsWith(u"configuration has errors"_s)
                        ? tr(" (--force adds it anyway)")
                        : QString()));
        return;
    }
    const Guest g = result.guest;
    CliContext::out(tr("Added guest %1 (%2).").arg(g.name, context()->units().unitPath(g.name)));
    for (const QString &note : result.notes)
        CliContext::out(note);
    for (const QString &warning : result.warnings)
        CliContext::error(tr("warning: %1").arg(warning));
    const bool autoBoot = parser.isSet(u"auto-boot"_s);
    SystemdJob *job = context()->client()->reload();
    connect(job, &SystemdJob::finished, this, [this, g, autoBoot](SystemdJob *j) {
        if (j->isError()) {
            fail(CliContext::exitCodeFor(j->error().category),
                tr("guest added, but systemd did not reload: %1").arg(j->errorString()));
            return;
        }
        reloaded(g, autoBoot);
    });
}

// Not root, system scope: the privileged helper writes the unit (after asking polkit) and
// reloads; the same installer and validator run there, so its refusals read the same.
void AddCommand::addThroughHelper(const GuestInstaller::Request &request, bool autoBoot)
{
    auto *helper = HelperClient::addGuest(request, this);
    connect(helper, &HelperClient::finished, this, [this, autoBoot](HelperClient *h) {
        if (h->isError()) {
            failFromHelper(h);
            return;
        }
        Guest guest;
        guest.unit = h->unitPath().section(u'/', -1);
        guest.name = guestNameFromUnit(guest.unit);
        CliContext::out(tr("Added guest %1 (%2).").arg(guest.name, h->unitPath()));
        for (const QString &note : h->notes())
            CliContext::out(note);
        reloaded(guest, autoBoot);
    });
}

void AddCommand::reloaded(const Guest &guest, bool autoBoot)
{
    if (!autoBoot) {
        finish(ExitOk);
        return;
    }
    if (context()->needsPrivilegedHelper()) {
        // Enabling a unit is not the admin group's through systemd's own polkit action: the
        // helper does it (our change-settings action).
        auto *helper = HelperClient::setAutoBoot(guest.name, true, this);
        connect(helper, &HelperClient::finished, this, [this, guest](HelperClient *h) {
            if (h->isError()) {
                fail(h->isPermissionDenied() ? ExitPermissionDenied : ExitOther,
                    tr("guest added, but auto-boot could not be turned on: %1")
                        .arg(h->errorString()));
                return;
            }
            CliContext::out(tr("Auto-boot on for %1.").arg(guest.name));
            finish(ExitOk);
        });
        return;
    }
    SystemdJob *job = context()->client()->enableUnitFiles({ guest.unit });
    connect(job, &SystemdJob::finished, this, [this, guest](SystemdJob *j) {
        if (j->isError()) {
            fail(CliContext::exitCodeFor(j->error().category),
                tr("guest added, but auto-boot could not be turned on: %1").arg(j->errorString()));
            return;
        }
        CliContext::out(tr("Auto-boot on for %1.").arg(guest.name));
        finish(ExitOk);
    });
}

} // namespace charon::cli
