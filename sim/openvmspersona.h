// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// OpenVMS on an AlphaServer (Charon-AXP, SRM console) or a VAX (Charon-VAX): firmware, boot and
// start-up messages, `Username:`/`Password:`, DCL with a few commands (abbreviations allowed,
// case-insensitive), and @SYS$SYSTEM:SHUTDOWN with its parameters, or its questions when the
// parameters are missing, down to the `>>>` prompt where `power off` (AXP) or F6 ends it all.

#include "sim/persona.h"

namespace charon::sim {

class OpenvmsPersona : public Persona
{
public:
    explicit OpenvmsPersona(const GuestIdentity &identity);

    Script breakIn() override;

protected:
    Script bootFromPowerOn() override;
    Script firmwareCommand(const QString &command) override;
    Script shellCommand(const QString &command) override;
    Script consoleKey(ConsoleKey key) override;
    Script loginLine(const QString &text) override;
    QByteArray loginPrompt() const override;
    QByteArray passwordPrompt() const override;
    QByteArray welcome() const override;
    QByteArray shellPrompt() const override;

private:
    bool isVax() const;
    QByteArray node() const;
    QByteArray osName() const;
    Script bootOperatingSystem();
    Script show(const QStringList &args);
    Script startShutdown(const QStringList &parameters);
    Script nextShutdownQuestion();
    Script performShutdown();
    QByteArray haltedToConsole(bool byOperator) const;

    // SHUTDOWN.COM's seven parameters (P1..P7); empty ones are asked for, in order.
    QStringList m_shutdownAnswers;
    int m_question = -1; // index of the parameter being asked, -1 when not shutting down
};

} // namespace charon::sim
