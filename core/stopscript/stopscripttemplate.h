// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The branches the stop-script editor offers for one guest: a command over SSH or RSH to the
// guest, or an `expect` session on the guest's console port typing the guest OS's own clean
// shutdown (HP-UX, MPE/iX, OpenVMS, Tru64: the command and console key come from the emulator
// profile, the SRM `power off` too when the family has one). Every template carries the
// "TO CUSTOMIZE" marker (host name, login, password), so it runs nothing until an admin has
// filled it in. Which OS a guest runs is guessed from its family and hardware model (an HP 3000
// model runs MPE/iX, another PA-RISC model HP-UX, an Alpha or VAX OpenVMS).

#include "core/config/emulatorprofile.h"

#include <QCoreApplication>
#include <QString>

namespace charon::core {

class StopScriptTemplate
{
    Q_DECLARE_TR_FUNCTIONS(StopScriptTemplate)

public:
    enum class Method { Ssh, Rsh, Expect };

    // "hpux", "mpeix" or "openvms" for a family ("par", "axp", "vax") and model.
    static QString guessOs(const QString &profileId, const QString &model);
    // The profile's entry for the guessed OS (its first one when the guess is not listed).
    static EmulatorProfile::GuestOs osFor(const EmulatorProfile &profile, const QString &model);

    // A whole branch, label to `;;`. Empty with *error when the path cannot be a label.
    static QString branch(Method method, const QString &configPath,
        const EmulatorProfile::GuestOs &os, const QString &consolePowerOff, QString *error);
};

} // namespace charon::core
