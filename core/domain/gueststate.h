// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The state a guest shows, derived from systemd's view of its unit. systemd's ActiveState is
// the base; for a stopped guest the Result and the timestamps tell WHY it is stopped: REQUESTED
// (stopped by someone, or never started because auto-boot is off) or FAILURE (the emulator
// process failed, was killed by a signal, timed out, or hit the start limit).
// Result=success meaning "requested" rests on the guest unit (docs/guest-units.md): it ends the
// emulator with KillSignal=SIGTERM, which systemd counts as clean, and declares no other signal
// clean, so only a stop systemd carried out (ours, systemctl stop, shutdown) reads REQUESTED;
// an outside kill -9, a crash, an OOM kill or a stop timeout leaves a failure Result.

#include <QString>
#include <QtGlobal>

namespace charon::core {

enum class GuestState { Active, Activating, Inactive, Deactivating, Failed, Unknown };
enum class StopReason { None, Requested, Failure };

// The raw unit properties the derivation needs, as systemd reports them over D-Bus.
struct UnitStatus
{
    QString loadState; // loaded, not-found, bad-setting, error, masked
    QString activeState; // active, reloading, inactive, failed, activating, deactivating
    QString subState; // running, start-pre, stop-sigterm, dead, failed, auto-restart, ...
    QString result; // success, exit-code, signal, core-dump, timeout, start-limit-hit, ...
    QString unitFileState; // enabled, disabled, static, ...
    quint64 activeEnterUs = 0; // ActiveEnterTimestamp, microseconds since the epoch; 0 = never
    quint64 inactiveEnterUs = 0; // InactiveEnterTimestamp
    quint64 stateChangeUs = 0; // StateChangeTimestamp
    int execMainCode = 0; // CLD_EXITED (1), CLD_KILLED (2), CLD_DUMPED (3); 0 = none
    int execMainStatus = 0; // exit status or signal number
    quint32 mainPid = 0;
    friend bool operator==(const UnitStatus &, const UnitStatus &) = default;
};

struct DerivedState
{
    GuestState state = GuestState::Unknown;
    StopReason reason = StopReason::None;
    friend bool operator==(const DerivedState &, const DerivedState &) = default;
};

// Pure function: the whole mapping, covered by a table test.
DerivedState deriveState(const UnitStatus &status);

// Upper-case names as the toolkit shows them: "ACTIVE", "FAILED", ...; reason "REQUESTED", ...
QString stateName(GuestState state);
QString stopReasonName(StopReason reason);
// Translated, human text for the details pane and tooltips (e.g. "killed by signal SEGV").
QString describeResult(const UnitStatus &status);

} // namespace charon::core
