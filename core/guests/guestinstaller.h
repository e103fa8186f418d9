// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Adding a guest, the part that needs no systemd: from what a person gives (emulator, config,
// maybe a name, a working directory, a family), check everything (files, configuration,
// name and console-port clashes, what a unit can express, write permission) and only then
// write the unit, its drop-in and a template branch in the stop script. Shared by `charon-vm
// add` and the GUI's add dialog; the caller then asks systemd to reload (and to enable the
// unit for auto-boot).

#include "core/domain/guest.h"
#include "core/stopscript/stopscript.h"
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
    };
    enum class Outcome { Installed, InvalidRequest, Refused, PermissionDenied, WriteFailed };
    struct Result
    {
        Outcome outcome = Outcome::Refused;
        QString error; // one sentence, "" when installed
        Guest guest; // what was (or would have been) installed
        QStringList notes; // what else happened, e.g. the stop-script branch added
        QStringList warnings; // non-fatal problems (the stop script could not be written)
        bool ok() const { return outcome == Outcome::Installed; }
    };

    // `others`: the installed guests with their parsed configurations (for clash checks).
    static Result install(const Request &request, UnitFile &units, StopScript &stopScript,
        const QString &helperPath, const QList<Guest> &others);
};

} // namespace charon::core
