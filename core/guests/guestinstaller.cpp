// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/guests/guestinstaller.h"

#include "core/config/configparser.h"
#include "core/units/guestvalidator.h"
#include "core/config/profileregistry.h"
#include "core/stopscript/stopscripttemplate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charon::core::GuestInstaller", text);
}

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

GuestInstaller::Result GuestInstaller::install(const Request &request, UnitFile &units,
    StopScript &stopScript, const QString &helperPath, const QList<Guest> &others)
{
    Result result;
    const auto stop = [&result](Outcome outcome, const QString &error) {
        result.outcome = outcome;
        result.error = error;
        return result;
    };
    Guest &g = result.guest;
    g.emulator = absolute(request.emulator);
    g.configPath = absolute(request.configPath);
    if (g.emulator.isEmpty() || g.configPath.isEmpty())
        return stop(Outcome::InvalidRequest, tr("an emulator and a configuration file are needed"));
    g.workDir = request.workDir.isEmpty() ? QFileInfo(g.configPath).absolutePath()
                                          : absolute(request.workDir);
    g.name = request.name.isEmpty() ? guestNameFromConfigPath(g.configPath) : request.name;
    if (!isValidGuestName(g.name))
        return stop(Outcome::InvalidRequest,
            tr("invalid guest name \"%1\": use letters, digits, '-', '_' and '.' (at most "
               "64)")
                .arg(g.name));
    g.unit = unitNameForGuest(g.name);
    if (units.exists(g.name))
        return stop(Outcome::Refused,
            tr("a guest named \"%1\" already exists (%2)").arg(g.name, units.unitPath(g.name)));
    // Files first: a missing emulator or config says more than the parser's complaint would.
    for (const QString &problem : { GuestValidator::checkEmulator(g.emulator),
             GuestValidator::checkConfig(g.configPath), GuestValidator::checkWorkDir(g.workDir) }) {
        if (!problem.isEmpty())
            return stop(Outcome::Refused, problem);
    }
    g.profileId = request.profileId;
    if (g.profileId.isEmpty())
        g.profileId = ConfigParser::parseFile(g.configPath).profileId;
    const auto profile = ProfileRegistry::forId(g.profileId);
    if (!profile) {
        if (g.profileId.isEmpty())
            return stop(Outcome::Refused,
                tr("cannot tell the emulator family of %1: name it (par, axp or vax)")
                    .arg(g.configPath));
        return stop(Outcome::InvalidRequest,
            tr("unknown emulator family \"%1\" (known: %2)")
                .arg(g.profileId, ProfileRegistry::ids().join(u", "_s)));
    }
    g.config = ConfigParser::parseFile(g.configPath, g.profileId);
    if (g.config.hasErrors() && !request.acceptConfigErrors) {
        for (const ConfigIssue &issue : std::as_const(g.config.issues)) {
            if (issue.severity == ConfigIssue::Severity::Error)
                return stop(
                    Outcome::Refused, tr("configuration has errors: %1").arg(issue.toString()));
        }
    }
    if (const QStringList problems = GuestValidator::problems(g, others); !problems.isEmpty())
        return stop(Outcome::Refused, problems.join(u"; "_s));
    const LaunchOptions launch { profile->displayName(), profile->detachedFlag(), request.notify,
        helperPath };
    if (const QString why = UnitFile::checkExpressible(g, launch); !why.isEmpty())
        return stop(Outcome::Refused, why);
    if (!canWriteUnder(units.directory()))
        return stop(Outcome::PermissionDenied,
            tr("permission denied: cannot write to %1").arg(units.directory()));
    QString error;
    if (!units.write(g, launch, UnitFile::Mode::Create, &error))
        return stop(Outcome::WriteFailed, error);
    result.outcome = Outcome::Installed;

    // The stop-script branch is a convenience: failing to write it does not undo the guest.
    if (request.addStopScriptBranch && !StopScript::hasBranch(stopScript.statusFor(g.configPath))) {
        // Without --os, the OS the hardware model runs (an HP 3000 model: MPE/iX, not HP-UX).
        const EmulatorProfile::GuestOs os = request.osId.isEmpty()
            ? StopScriptTemplate::osFor(*profile, g.config.model)
            : profile->guestOs(request.osId).value_or(EmulatorProfile::GuestOs {});
        if (stopScript.addBranch(g.configPath, os, &error))
            result.notes
                << tr("Added a branch to customize in the stop script %1.").arg(stopScript.path());
        else
            result.warnings << error;
    }
    g.stopScript = stopScript.statusFor(g.configPath);
    return result;
}

} // namespace charon::core
