// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Adding a guest, the part that needs no systemd: from what a person gives (emulator, config,
// maybe a name, a working directory, a family), check everything (GuestValidator: files,
// configuration, name and console-port clashes, the port free on the host, NICs; plus what a
// unit can express and write permission) and only then write the unit, its drop-in and a
// template branch in the stop script. Shared by `charon-vm add` and the GUI's Add Guest
// wizard, which shows prepare()'s report before anything is written; the caller then asks
// systemd to reload (and to enable the unit for auto-boot).
// A new configuration can be written from a family's template (templateText()): give its
// text in Request::configText; it is written (never over an existing file) with the unit.

#include "core/domain/guest.h"
#include "core/stopscript/stopscript.h"
#include "core/units/guestvalidator.h"
#include "core/units/unitfile.h"

namespace charon::core {

class GuestInstaller
{
public:
    struct Request
    {
        QString name; // "" = from the configuration file name
        QString emulator; // relative paths are taken from the current directory
        QString configPath;
        QString workDir; // "" = the configuration file's directory
        QString profileId; // "" = guessed from the configuration
        QString osId; // guest OS for the stop-script template; "" = the profile's first
        bool notify = false; // the emulator speaks sd_notify
        bool acceptConfigErrors = false;
        bool addStopScriptBranch = true;
        bool oomProtect = false; // OOMScoreAdjust in our drop-in
        QByteArray configText; // non-empty: write this new file at configPath (a template copy)
    };
    enum class Outcome { Installed, InvalidRequest, Refused, PermissionDenied, WriteFailed };
    struct Result
    {
        Outcome outcome = Outcome::Refused;
        QString error; // one sentence, "" when installed
        Guest guest; // what was (or would have been) installed
        QStringList notes; // what else happened, e.g. the stop-script branch added
        QStringList warnings; // non-fatal problems (NIC notes, the stop script not written)
        GuestValidator::Report report; // every finding, problems and warnings
        bool ok() const { return outcome == Outcome::Installed; }
    };

    // Everything install() checks, writing nothing: outcome Installed means "would install".
    static Result prepare(const Request &request, const UnitFile &units, const QString &helperPath,
        const QList<Guest> &others);
    // `others`: the installed guests with their parsed configurations (for clash checks).
    static Result install(const Request &request, UnitFile &units, StopScript &stopScript,
        const QString &helperPath, const QList<Guest> &others);

    // The family whose executable names match the file name of `emulator` ("" when none).
    static QString familyForEmulator(const QString &emulator);
    // The configuration template we ship for a family (resources/templates/<id>.cfg) with
    // the guest's name and console port filled in; "" for an unknown family.
    static QByteArray templateText(const QString &profileId, const QString &name, int consolePort);
    // The first console port from 10003 on that no guest uses and the host has free.
    static int suggestConsolePort(const QList<Guest> &others);
};

} // namespace charon::core
