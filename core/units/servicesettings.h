// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The service settings of one guest that the Service Settings dialog and `charon-vm set` edit:
// what our drop-in (50-charon-manager.conf) says, plus auto-boot (the unit's enablement).
// Times are whole seconds; 0 means "no limit" (systemd's infinity) for the two timeouts.
// Before/After name other guests (not units). The restart values apply only with autoRestart.

#include <QString>
#include <QStringList>

namespace charon::core {

struct ServiceSettings
{
    // The toolkit's values for auto-restart: 30 s between tries, at most 2 starts in 600 s.
    static constexpr int DefaultRestartDelaySec = 30;
    static constexpr int DefaultStartLimitBurst = 2;
    static constexpr int DefaultStartLimitIntervalSec = 600;
    static constexpr int MaxTimeoutSec = 86400; // a day: longer reads as a typing mistake

    QString description; // "" = the unit's own Description=
    int startTimeoutSec = 90;
    int stopTimeoutSec = 300;
    bool autoBoot = false;
    bool autoRestart = false;
    int restartDelaySec = DefaultRestartDelaySec;
    int startLimitBurst = DefaultStartLimitBurst;
    int startLimitIntervalSec = DefaultStartLimitIntervalSec;
    bool oomProtected = false; // OOMScoreAdjust=-1000
    QString preStartScript; // absolute path, "" for none
    QStringList before; // guests this one starts before (and stops after)
    QStringList after; // guests this one starts after (and stops before)

    friend bool operator==(const ServiceSettings &, const ServiceSettings &) = default;
};

} // namespace charon::core
