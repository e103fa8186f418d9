// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Turns a guest unit's D-Bus properties into the systemd-derived part of a Guest. Pure: no
// D-Bus, no files, so the whole mapping is unit-tested with hand-made property maps.
//
// How a unit says what it runs: ExecStart is `<emulator> <flag> <config>` where the flag is
// the product's "detached" flag from its EmulatorProfile (-x: Charon-PAR; -d: Charon-AXP or
// Charon-VAX, told apart by the executable's name, else left to the config parser's guess).
// ExecStartPre entries that are not charon-vm's own are the administrator's pre-start script.
// Timeouts of "infinity" are reported as 0 (no limit), as systemd's own 0 means.

#include "core/domain/guest.h"
#include "core/systemd/unitproperties.h"

namespace charon::core {

class GuestBuilder
{
public:
    struct EmulatorCommand
    {
        QString emulator; // argv[0]'s path
        QString flag; // "-x", "-d", "" when none found
        QString configPath; // the argument after the flag
        QString profileId; // "" when the flag and the executable name do not decide
    };
    static EmulatorCommand emulatorCommand(const QList<ExecCommand> &execStart);
    static QString preStartScript(const QList<ExecCommand> &execStartPre);
    static UnitStatus unitStatus(const UnitProperties &properties);

    // Fills what systemd knows into `base` (the guest as it was, or a default one) and returns
    // it. Fields systemd does not know (parsed config, the script's head, the running job,
    // license, NICs...) are left as they are, except that a changed config path or pre-start
    // script clears what was read from the old file.
    static Guest build(const QString &unit, const UnitProperties &properties, Guest base = {});
};

} // namespace charon::core
