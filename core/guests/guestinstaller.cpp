// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/guests/guestinstaller.h"

#include "core/config/configparser.h"
#include "core/config/profileregistry.h"
#include "core/stopscript/stopscripttemplate.h"
#include "core/units/guestvalidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

using Check = GuestValidator::Check;

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

// A configuration file to be written from a template: it must be new, in a writable folder.
QString checkNewConfig(const QString &path)
{
    if (QFileInfo::exists(path))
        return tr("configuration file %1 already exists: use it as it is, or choose another name")
            .arg(path);
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir())
        return tr("folder for the new configuration does not exist: %1")
            .arg(folder.absoluteFilePath());
    if (!folder.isWritable())
        return tr("folder for the new configuration is not writable: %1")
            .arg(folder.absoluteFilePath());
    return {};
}

bool writeNewFile(const QString &path, const QByteArray &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        *error = tr("cannot write the configuration file %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

QString GuestInstaller::familyForEmulator(const QString &emulator)
{
    const QString file = QFileInfo(emulator).fileName();
    if (file.isEmpty())
        return {};
    for (const EmulatorProfile &profile : ProfileRegistry::profiles()) {
        for (const QString &name : profile.executableNames()) {
            if (file.compare(name, Qt::CaseInsensitive) == 0)
                return profile.id();
        }
    }
    return {};
}

QByteArray GuestInstaller::templateText(const QString &profileId, const QString &name, int port)
{
    QFile file(u":/charon/templates/%1.cfg"_s.arg(profileId));
    if (profileId.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    QByteArray text = file.readAll();
    text.replace("@NAME@", name.toUtf8());
    text.replace("@CONSOLE_PORT@", QByteArray::number(port));
    return text;
}

int GuestInstaller::suggestConsolePort(const QList<Guest> &others)
{
    for (int port = 10003; port < 10100; ++port) {
        bool used = false;
        for (const Guest &other : others)
            used = used || other.config.consolePort == port;
        if (!used && GuestValidator::checkPortFree(port).isEmpty())
            return port;
    }
    return 10003;
}

GuestInstaller::Result GuestInstaller::prepare(const Request &request, const UnitFile &units,
    const QString &helperPath, const QList<Guest> &others)
{
    Result result;
    auto &report = result.report;
    const auto finish = [&result, &report] {
        if (report.ok()) {
            result.outcome = Outcome::Installed;
            result.error.clear();
        } else {
            result.error = report.problems().join(u"; "_s);
        }
        result.warnings = report.warnings();
        return result;
    };
    const auto stop = [&](Outcome outcome, Check check, const QString &error) {
        report.addProblem(check, error);
        result.outcome = outcome;
        result.error = error;
        result.warnings = report.warnings();
        return result;
    };
    Guest &g = result.guest;
    g.emulator = absolute(request.emulator);
    g.configPath = absolute(request.configPath);
    if (g.emulator.isEmpty())
        return stop(Outcome::InvalidRequest, Check::Emulator, GuestValidator::checkEmulator({}));
    g.profileId = request.profileId.isEmpty() ? familyForEmulator(g.emulator) : request.profileId;
    if (g.configPath.isEmpty())
        return stop(Outcome::InvalidRequest, Check::Config, GuestValidator::checkConfig({}));
    g.workDir = request.workDir.isEmpty() ? QFileInfo(g.configPath).absolutePath()
                                          : absolute(request.workDir);
    g.name = request.name.isEmpty() ? guestNameFromConfigPath(g.configPath) : request.name;
    g.oomProtected = request.oomProtect;
    if (const QString why = GuestValidator::checkName(g.name); !why.isEmpty())
        return stop(Outcome::InvalidRequest, Check::Name, why);
    g.unit = unitNameForGuest(g.name);
    const bool newConfig = !request.configText.isEmpty();

    // The family: as asked, else from the emulator's name (above), else from the configuration.
    const bool configReadable = newConfig || GuestValidator::checkConfig(g.configPath).isEmpty();
    if (g.profileId.isEmpty() && configReadable)
        g.profileId = newConfig
            ? ConfigParser::parseText(request.configText, g.configPath).profileId
            : ConfigParser::parseFile(g.configPath).profileId;
    const auto profile = ProfileRegistry::forId(g.profileId);
    if (!profile && !g.profileId.isEmpty())
        return stop(Outcome::InvalidRequest, Check::Family,
            tr("unknown emulator family \"%1\" (known: %2)")
                .arg(g.profileId, ProfileRegistry::ids().join(u", "_s)));
    if (configReadable)
        g.config = newConfig
            ? ConfigParser::parseText(request.configText, g.configPath, g.profileId)
            : ConfigParser::parseFile(g.configPath, g.profileId);

    // Every check of the validator, as the wizard shows them.
    report = GuestValidator::validate(g, others);
    if (newConfig) { // the file is ours to write: it must not exist yet
        report.remove(Check::Config);
        report.addProblem(Check::Config, checkNewConfig(g.configPath));
    }
    if (request.acceptConfigErrors) { // --force: the parser's complaints, and what they cost
        report.remove(Check::ConfigSyntax);
        const QString noPort = GuestValidator::checkConsolePortSet(g.config);
        report.findings.removeIf([&noPort](const GuestValidator::Finding &f) {
            return !noPort.isEmpty() && f.text == noPort;
        });
    }
    if (!profile && configReadable)
        report.addProblem(Check::Family,
            tr("cannot tell the emulator family of %1: name it (par, axp or vax)")
                .arg(g.configPath));
    if (GuestValidator::checkNameUnused(g.name, others).isEmpty() && units.exists(g.name))
        report.addProblem(Check::Name,
            tr("a guest named \"%1\" already exists (%2)").arg(g.name, units.unitPath(g.name)));
    if (!report.ok())
        return finish();
    const LaunchOptions launch { profile->displayName(), profile->detachedFlag(), request.notify,
        helperPath };
    report.addProblem(Check::Unit, UnitFile::checkExpressible(g, launch));
    if (!report.ok())
        return finish();
    if (!canWriteUnder(units.directory()))
        return stop(Outcome::PermissionDenied, Check::Unit,
            tr("permission denied: cannot write to %1").arg(units.directory()));
    return finish();
}

GuestInstaller::Result GuestInstaller::install(const Request &request, UnitFile &units,
    StopScript &stopScript, const QString &helperPath, const QList<Guest> &others)
{
    Result result = prepare(request, units, helperPath, others);
    if (!result.ok()) {
        if (result.outcome == Outcome::Installed)
            result.outcome = Outcome::Refused;
        return result;
    }
    Guest &g = result.guest;
    const auto profile = ProfileRegistry::forId(g.profileId);
    const LaunchOptions launch { profile->displayName(), profile->detachedFlag(), request.notify,
        helperPath };
    QString error;
    const auto failed = [&result, &error] {
        result.outcome = Outcome::WriteFailed;
        result.error = error;
        return result;
    };
    const bool newConfig = !request.configText.isEmpty();
    if (newConfig && !writeNewFile(g.configPath, request.configText, &error))
        return failed();
    if (!units.write(g, launch, UnitFile::Mode::Create, &error)) {
        if (newConfig) // ours, written a moment ago: no half-added guest stays behind
            QFile::remove(g.configPath);
        return failed();
    }
    if (newConfig)
        result.notes << tr("Wrote the configuration %1 from the %2 template.")
                            .arg(g.configPath, profile->displayName());

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
