// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What the guest says in answer to one event (power on, a typed line, a key): a list of steps,
// each a piece of console text shown after a short pause, optionally followed by an effect on
// the emulator (power off, license event, flood). Personas build scripts without any I/O or
// timers, so they can be tested line by line; GuestMachine plays them on the console.

#include <QByteArray>
#include <QList>

namespace charon::sim {

enum class Effect {
    None,
    PowerOff, // the emulator process ends cleanly (exit 0)
    LicenseLost, // log the product's "license lost" line
    LicenseRestored, // log the "license restored" line
    Flood, // send `amount` bytes of console output as fast as the client drains
};

struct ScriptStep
{
    int delayMs = 0; // pause before this step, at normal pace
    QByteArray text; // console text, "\n" line ends (the telnet layer makes them CR LF)
    Effect effect = Effect::None;
    qint64 amount = 0;
};

class Script
{
public:
    Script() = default;
    explicit Script(const QByteArray &text) { say(text); }

    Script &say(const QByteArray &text, int delayMs = 0);
    Script &then(Effect effect, qint64 amount = 0);
    Script &append(const Script &other);

    const QList<ScriptStep> &steps() const { return m_steps; }
    bool isEmpty() const { return m_steps.isEmpty(); }
    // All the text, joined: what a reader of the console would see.
    QByteArray text() const;
    bool hasEffect(Effect effect) const;
    int totalDelayMs() const;

private:
    QList<ScriptStep> m_steps;
};

} // namespace charon::sim
