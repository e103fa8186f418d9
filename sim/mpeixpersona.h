// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// MPE/iX 7.5 on an HP 3000 (Charon-PAR): PDC, ISL `START`, the MPE launch, an unlogged
// `MPE XL:` prompt that wants `HELLO user.account`, a CI with a few commands, and the clean
// shutdown, either `:SHUTDOWN SYSTEM` or the console command `=SHUTDOWN` (after Ctrl-A).
// Commands are case-insensitive, as in MPE.

#include "sim/persona.h"

namespace charon::sim {

class MpeixPersona : public Persona
{
public:
    explicit MpeixPersona(const GuestIdentity &identity);

protected:
    Script bootFromPowerOn() override;
    Script shellCommand(const QString &command) override;
    Script loginLine(const QString &text) override;
    Script passwordLine(const QString &text) override;
    Script consoleKey(ConsoleKey key) override;
    QByteArray loginPrompt() const override;
    QByteArray passwordPrompt() const override;
    QByteArray welcome() const override;
    QByteArray shellPrompt() const override;

private:
    Script hello(const QStringList &args);
    Script consoleCommand(const QString &command);
    Script showVariable(const QString &name) const;
    Script shutdownSystem();
    QByteArray promptForPhase() const;
    QByteArray host() const;
    QByteArray userName() const;

    bool m_consoleMode = false; // after Ctrl-A: the next line is an operator console command
    QDateTime m_loggedOnAt;
};

} // namespace charon::sim
