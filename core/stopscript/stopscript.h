// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The toolkit's common stop script: one shell script with a `case "$1" in` branch per guest
// configuration file, holding the admin's clean shutdown commands (ssh / rsh / expect on the
// console). This class reads it to tell, per configuration, the status the toolkit shows
// (Not found / To customize / Case not set / Using EXPECT|RSH|SSH / Customized), and adds a
// template branch for a new guest. Running a branch is StopScriptRunner's job.
// Location: $CHARON_STOP_SCRIPT, else /etc/charon-manager/stop-guest.sh (system scope) or
// $XDG_CONFIG_HOME/charon-manager/stop-guest.sh (user scope). The toolkit's own path could not
// be confirmed, so it is not assumed. Shutdown commands come from the emulator profiles.

#include "core/config/emulatorprofile.h"
#include "core/domain/guest.h"
#include "core/support/shellcase.h"
#include "core/units/unitfile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace charon::core {

class StopScript
{
public:
    explicit StopScript(const QString &path);
    static QString defaultPath(UnitScope scope);
    QString path() const { return m_path; }
    bool exists() const;

    StopScriptStatus statusFor(const QString &configPath) const;
    // The same on a script's text (tests, previews).
    static StopScriptStatus statusIn(const QString &scriptText, const QString &configPath);
    // The same on the script's branches, parsed once (parseShellCaseBranches) for many guests.
    static StopScriptStatus statusIn(
        const QList<ShellCaseBranch> &branches, const QString &configPath);
    // Whether the script has a branch for this config (possibly still the template).
    static bool hasBranch(StopScriptStatus status)
    {
        return status != StopScriptStatus::NotFound && status != StopScriptStatus::CaseNotSet;
    }
    // Whether that branch holds the admin's commands: only then is it run and the emulator
    // waited for. A template branch does nothing, so the guest is powered off at once.
    static bool runsCommands(StopScriptStatus status)
    {
        return hasBranch(status) && status != StopScriptStatus::ToCustomize;
    }

    // A branch for `configPath` whose body says what to write (the guest OS's clean shutdown
    // command from its profile, commented out; a default-constructed `os` for a generic hint)
    // and carries the "TO CUSTOMIZE" marker. Empty with *error when the path cannot be written
    // in the script (a line break in it).
    static QString branchTemplate(
        const QString &configPath, const EmulatorProfile::GuestOs &os, QString *error = nullptr);
    // A whole new script holding just that branch.
    static QString scriptTemplate(const QString &branch);
    // Adds the template branch to the script (creating it, mode 0755), atomically with a .bak.
    // Refuses when the config already has a branch.
    bool addBranch(const QString &configPath, const EmulatorProfile::GuestOs &os, QString *error);

    static QString statusName(StopScriptStatus status); // "Not found", "Using SSH", ...

    static QString customizeMarker() { return QStringLiteral("TO CUSTOMIZE"); }

private:
    QString m_path;
};

} // namespace charon::core
