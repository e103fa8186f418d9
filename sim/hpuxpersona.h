// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// HP-UX 11i v3 on an HP 9000 (Charon-PAR): PDC self-test, ISL, the vmunix boot and rc start-up,
// `Console Login:`, a POSIX shell with a few commands, and `shutdown -h -y 0` down to
// "System has halted", after which the emulated machine powers off.

#include "sim/persona.h"

namespace charon::sim {

class HpuxPersona : public Persona
{
public:
    explicit HpuxPersona(const GuestIdentity &identity);

protected:
    Script bootFromPowerOn() override;
    Script shellCommand(const QString &command) override;
    QByteArray loginPrompt() const override;
    QByteArray passwordPrompt() const override;
    QByteArray welcome() const override;
    QByteArray shellPrompt() const override;

private:
    Script bootKernel();
    Script shutdown(const QStringList &args);
    Script reboot(const QStringList &args);
    Script bringDown(bool reboot, int graceSeconds);
    QByteArray uname(const QStringList &args) const;
    // `ls [-l] [DIR]`: the root directory's entries; any other directory is empty.
    QByteArray listing(const QStringList &args) const;
    QByteArray host() const;

    bool m_confirmingShutdown = false;
    bool m_pendingReboot = false;
    int m_pendingGrace = 0;
};

} // namespace charon::sim
