#include "cli/addcommand.h"

#include "core/configparser.h"
#include "core/guestvalidator.h"
#include "core/profileregistry.h"
#include "core/systemdclient.h"

#include <QDir>
#include <QFileInfo>

#include "cli/guestloader.h"

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace charon::cli {

namespace {

QString absolute(const QString &path)
{
    return path.isEmpty() ? path : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// Whether the directory (or its first existing ancestor) can be written by us.
bool canWriteUnder(const QString &dir)
{
    QFileInfo info(dir);
    while (!info.exists() && info.absoluteFilePath() != u"/"_s)
        info = QFileInfo(info.absolutePath());
    return info.isDir() && info.isWritable();
}

} // namespace

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
            tr("unexpected argument \"%1\" (options: %2)").arg(args.first(), synopsis()));
        return;
    }
    if (!parser.isSet(u"emulator"_s) || !parser.isSet(u"config"_s)) {
        fail(ExitUsage, tr("add needs --emulator and --config"));
        return;
    }
    Guest g;
    g.emulator = absolute(parser.value(u"emulator"_s));
    g.configPath = absolute(parser.value(u"config"_s));
    g.workDir = parser.isSet(u"workdir"_s) ? absolute(parser.value(u"workdir"_s))
                                           : QFileInfo(g.configPath).absolutePath();
    g.name
        = parser.isSet(u"name"_s) ? parser.value(u"name"_s) : guestNameFromConfigPath(g.configPath);
    if (!isValidGuestName(g.name)) {
        fail(ExitUsage,
            tr("invalid guest name \"%1\": use letters, digits, '-', '_' and '.'").arg(g.name));
        return;
    }
    g.unit = unitNameForGuest(g.name);
    if (context()->units().exists(g.name)) {
        fail(ExitOther,
            tr("a guest named \"%1\" already exists (%2)")
                .arg(g.name, context()->units().unitPath(g.name)));
        return;
    }
    // Files first: a missing emulator or config says more than the parser's complaint would.
    for (const QString &problem : { GuestValidator::checkEmulator(g.emulator),
             GuestValidator::checkConfig(g.configPath), GuestValidator::checkWorkDir(g.workDir) }) {
        if (!problem.isEmpty()) {
            fail(ExitOther, problem);
            return;
        }
    }
    g.profileId = parser.value(u"profile"_s);
    if (g.profileId.isEmpty())
        g.profileId = ConfigParser::parseFile(g.configPath).profileId;
    const auto profile = ProfileRegistry::forId(g.profileId);
    if (!profile) {
        fail(g.profileId.isEmpty() ? ExitOther : ExitUsage,
            g.profileId.isEmpty()
                ? tr("cannot tell the emulator family of %1: give --profile par, axp or vax")
                      .arg(g.configPath)
                : tr("unknown emulator family \"%1\" (known: %2)")
                      .arg(g.profileId, ProfileRegistry::ids().join(u", "_s)));
        return;
    }
    g.config = ConfigParser::parseFile(g.configPath, g.profileId);
    if (g.config.hasErrors() && !parser.isSet(u"force"_s)) {
        for (const ConfigIssue &issue : std::as_const(g.config.issues)) {
            if (issue.severity == ConfigIssue::Severity::Error) {
                fail(ExitOther,
                    tr("configuration has errors (use --force to add it anyway): %1")
                        .arg(issue.toString()));
                return;
            }
        }
    }
    QList<Guest> others;
    for (const QString &name : context()->units().guestNames()) {
        QString ignored;
        if (auto other = GuestLoader::readFiles(context()->units(), name, &ignored))
            others << *other;
    }
    if (const QStringList problems = GuestValidator::problems(g, others); !problems.isEmpty()) {
        fail(ExitOther, problems.join(u"; "_s));
        return;
    }
    const LaunchOptions launch { profile->displayName(), profile->detachedFlag(),
        parser.isSet(u"notify"_s), CliContext::helperPath() };
    if (const QString why = UnitFile::checkExpressible(g, launch); !why.isEmpty()) {
        fail(ExitOther, why);
        return;
    }
    if (!canWriteUnder(context()->units().directory())) {
        fail(ExitPermissionDenied,
            tr("permission denied: cannot write to %1").arg(context()->units().directory()));
        return;
    }
    QString error;
    if (!context()->units().write(g, launch, UnitFile::Mode::Create, &error)) {
        fail(ExitOther, error);
        return;
    }
    CliContext::out(tr("Added guest %1 (%2).").arg(g.name, context()->units().unitPath(g.name)));

    // The stop script branch is a convenience: failing to write it does not undo the guest.
    StopScript &script = context()->stopScript();
    if (!parser.isSet(u"no-stop-branch"_s)
        && !StopScript::hasBranch(script.statusFor(g.configPath))) {
        const QString osId = parser.value(u"os"_s);
        const auto choices = profile->guestOsChoices();
        const EmulatorProfile::GuestOs os = osId.isEmpty()
            ? choices.value(0)
            : profile->guestOs(osId).value_or(EmulatorProfile::GuestOs {});
        if (script.addBranch(g.configPath, os, &error))
            CliContext::out(
                tr("Added a branch to customize in the stop script %1.").arg(script.path()));
        else
            CliContext::error(tr("warning: %1").arg(error));
    }
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

void AddCommand::reloaded(const Guest &guest, bool autoBoot)
{
    if (!autoBoot) {
        finish(ExitOk);
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
