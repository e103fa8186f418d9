// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Tru64 UNIX 5.1B on an AlphaServer (Charon-AXP): SRM console, the vmunix boot, `login:`, a
// shell with a few commands, and `/sbin/init 0` or `shutdown -h now` down to the SRM `>>>`
// prompt, where `power off` ends the emulator.

#include "sim/persona.h"

namespace charon::sim {

class Tru64Persona : public Persona
{
public:
    explicit Tru64Persona(const GuestIdentity &identity);

    Script breakIn() override;

protected:
    Script bootFromPowerOn() override;
    Script firmwareCommand(const QString &command) override;
    Script shellCommand(const QString &command) override;
    Script consoleKey(ConsoleKey key) override;
    QByteArray loginPrompt() const override;
    QByteArray passwordPrompt() const override;
    QByteArray welcome() const override;
    QByteArray shellPrompt() const override;

private:
    Script bootOperatingSystem();
    Script bringDown(bool reboot, const QByteArray &how);
    Script shutdown(const QStringList &args);
    QByteArray uname(const QStringList &args) const;
    QByteArray host() const;
};

} // namespace charon::sim
