// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
//
// One thing that happened to a guest (or to the host's manager) that an admin may want to be told
// about: a start, a stop nobody asked for, a license lost... The same value feeds the window's
// notifications, the tray and `charon-vm watch` (text, JSON, or argv of an --exec command), so
// its names are stable: kindName() and severityName() are part of the CLI's contract.
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace charon::core {

struct GuestEvent
{
    enum class Kind {
        Started, // the unit became active
        Stopped, // it stopped because someone asked (REQUESTED)
        Failed, // it stopped on its own: FAILURE, with systemd's Result (the toolkit's ABORTED)
        Restarting, // systemd scheduled an automatic restart after a failure
        JobFailed, // a start/stop/restart job ended other than "done"
        ManagerLost, // the host's systemd cannot be reached any more (guest is empty)
        ManagerBack,
        LicenseFound, // a license key found (nothing was wrong before)
        LicenseLost,
        LicenseRestored, // the key came back after a loss
        LicenseMissing, // no valid license
        LicenseExpiring, // with the toolkit's level in details["level"]
        LicenseExpired,
        ShutdownWarning, // the emulator announced it will stop, details["minutes"]
        OsAnswers, // the guest OS probe answers again
        OsNoAnswer, // the probe says not booted / unreachable (exit 255)
        OsProbeError, // the probe failed (other exit, timeout, cannot run)
    };
    enum class Severity { Info, Warning, Critical };

    Kind kind = Kind::Started;
    Severity severity = Severity::Info;
    QString guest; // "" for the manager events
    QString text; // one sentence for people, translated
    QDateTime when;
    QVariantMap details; // machine-readable extras: result, jobType, level, minutes, line...

    // "started", "failed", "license-lost", ... (stable, for scripts)
    static QString kindName(Kind kind);
    // The toolkit's alert vocabulary where it has a word ("ABORTED" for a stop nobody asked
    // for), else the kind in capitals.
    static QString toolkitCode(Kind kind);
    static QString severityName(Severity severity); // "info", "warning", "critical"
    static bool kindFromName(const QString &name, Kind *kind);
    static QList<Kind> allKinds();

    // Whether this kind is about the license (the tray and notification groups use it).
    static bool isLicenseKind(Kind kind);
};

} // namespace charon::core

Q_DECLARE_METATYPE(charon::core::GuestEvent)
