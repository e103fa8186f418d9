// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// One guest as the product knows it: what its unit file and configuration say (static part)
// and what systemd says now (live part). A plain value: GuestStore owns the live copies and
// tells which fields changed, so views update only what moved.

#include "core/domain/configsummary.h"
#include "core/domain/gueststate.h"
#include "core/domain/jobkind.h"

#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

namespace charon::core {

// What the toolkit reports about the common stop script's branch for this guest's config.
enum class StopScriptStatus {
    NotFound,
    ToCustomize,
    CaseNotSet,
    UsingExpect,
    UsingRsh,
    UsingSsh,
    Customized
};

// A host NIC a guest's config uses, with the toolkit's four checks.
struct NicCheck
{
    QString nic; // the emulated adapter, e.g. EWA0
    QString interface; // the host interface, e.g. enp6s0
    bool missing = false; // (1) does not exist on the host
    bool managedByNetworkTool
        = false; // (2) still managed by NetworkManager/ifupdown (should be dedicated)
    QString usedByGuest; // (3) name of another guest using it, "" if none
    QStringList addresses; // (4) IP addresses it has (a dedicated NIC should have none)
    bool hasProblem() const
    {
        return missing || managedByNetworkTool || !usedByGuest.isEmpty() || !addresses.isEmpty();
    }
    friend bool operator==(const NicCheck &, const NicCheck &) = default;
};

// How the guest's license stands, from its emulator log: for the table's icon and for alerts.
enum class LicenseHealth {
    Unknown, // nothing seen (no log, or no license line yet)
    Ok, // a key found or restored
    Warning, // expiring in 2 days or more
    Critical, // lost, missing, expiring in under 2 days or expired, shutdown announced
};

// The guest OS probe's verdict (the optional per-guest probe script, run while the guest runs).
struct OsAnswer
{
    enum class Verdict {
        NotProbed, // no probe branch for this guest, or the guest is not running
        Waiting, // running with a branch, the first probe has not finished yet
        Answers, // exit 0
        NoAnswer, // exit 255: not booted or unreachable
        Error, // any other exit, a timeout, or a probe that cannot run
    };
    Verdict verdict = Verdict::NotProbed;
    QString detail; // the error text or the probe's output (first line), "" when none
    QDateTime checkedAt; // when the last probe finished
    QDateTime answeredAt; // when the guest last answered (exit 0); invalid = never seen
    friend bool operator==(const OsAnswer &, const OsAnswer &) = default;
};

struct Guest
{
    enum class Field : quint32 {
        None = 0,
        Identity = 1 << 0, // name, unit, emulator, profile, config path, work dir
        Config = 1 << 1, // the parsed ConfigSummary (model, CPUs, memory, console, NICs)
        State = 1 << 2, // state, stopReason, unit status
        Dates = 1 << 3, // startedAt, stoppedAt
        Settings = 1 << 4, // timeouts, autoBoot, OOM protection, auto-restart, pre-start script
        Job = 1 << 5, // jobInFlight
        Default = 1 << 6, // isDefault
        StopScript = 1 << 7,
        Nics = 1 << 8,
        License = 1 << 9,
        UnitFiles = 1 << 10, // unitFiles, unitFilesChanged
        OsAnswer = 1 << 11, // osAnswer
    };
    Q_DECLARE_FLAGS(Fields, Field)

    // Identity
    QString name; // hpux-prod
    QString unit; // charon-guest-hpux-prod.service
    QString emulator; // absolute path of the emulator executable
    QString profileId; // par, axp, vax
    QString configPath; // absolute path of the Charon configuration file
    QString workDir; // the emulator's working directory

    ConfigSummary config;

    // Live state from systemd
    UnitStatus unitStatus;
    DerivedState derived;
    QDateTime startedAt; // invalid = never
    QDateTime stoppedAt;

    // Service settings (unit file + our drop-in)
    bool autoBoot = false; // the unit is enabled
    int startTimeoutSec = -1;
    int stopTimeoutSec = -1;
    bool oomProtected = false;
    bool autoRestart = false;
    QString preStartScript; // the admin's optional script, "" when none
    QStringList preStartScriptHead; // its first 3 lines

    JobKind jobInFlight = JobKind::None; // the systemd job running on the unit, if any
    bool isDefault = false;
    StopScriptStatus stopScript = StopScriptStatus::NotFound;
    QList<NicCheck> nicChecks;
    QString licenseStatus; // last license event line, "" when none seen
    LicenseHealth licenseHealth = LicenseHealth::Unknown; // how bad it is, for icons and alerts
    OsAnswer osAnswer; // the guest OS probe's last result
    // The unit file and its drop-ins as systemd loaded them, and whether one of them changed on
    // disk since (systemd's NeedDaemonReload: `systemctl daemon-reload` applies the change).
    QStringList unitFiles;
    bool unitFilesChanged = false;

    // Which fields differ between two versions of the same guest.
    static Fields diff(const Guest &before, const Guest &after);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Guest::Fields)

// charon-guest-<name>.service <-> name. Names: letters, digits, '-', '_', '.'.
QString unitNameForGuest(const QString &name);
QString guestNameFromUnit(const QString &unit); // "" when not one of ours
bool isValidGuestName(const QString &name);
// The default name for a config file: its base name, with invalid characters replaced by '-'.
QString guestNameFromConfigPath(const QString &configPath);

} // namespace charon::core
