// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The guest operating system the simulator plays on the console: firmware banner, autoboot,
// login, a shell answering a few commands, and the OS's clean shutdown back to the firmware
// (or to power off). A persona is pure logic: it turns console input into Scripts and keeps
// its phase; it has no socket, no timer and no clock other than the wall time it prints.
// Subclasses hold the text of one OS (HpuxPersona, MpeixPersona, OpenvmsPersona, Tru64Persona).

#include "sim/script.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

namespace charon::sim {

// What the persona needs to know about the machine it runs on.
struct GuestIdentity
{
    QString hostname; // node name as the OS shows it
    QString model; // hardware model from the configuration, "" when not set
    QString profileId; // "par", "axp" or "vax"
    int memoryMB = -1;
    int cpus = -1;
};

// Keys that mean something to a console beyond typing a line.
enum class ConsoleKey { CtrlA, CtrlC, CtrlP, F6 };

class Persona
{
public:
    enum class Phase { Firmware, Login, Password, Shell, Halted };

    // nullptr when `os` is not one of operatingSystems() (compared case-insensitively).
    static std::unique_ptr<Persona> create(const QString &os, const GuestIdentity &identity);
    static QStringList operatingSystems();
    // The OS a guest of this profile and model most likely runs.
    static QString defaultOperatingSystem(const QString &profileId, const QString &model);
    // A command line split on blanks.
    static QStringList words(const QString &command);

    virtual ~Persona();
    Persona(const Persona &) = delete;
    Persona &operator=(const Persona &) = delete;

    QString os() const { return m_os; }
    Phase phase() const { return m_phase; }
    const GuestIdentity &identity() const { return m_identity; }
    QString user() const { return m_user; }
    // False while the OS asks for a password: typed characters are not echoed then.
    bool echoesInput() const { return m_phase != Phase::Password; }

    // Power on: firmware banner, autoboot, the OS start-up, the login prompt.
    Script powerOn();
    // One complete input line (without its line end).
    Script line(const QString &text);
    Script key(ConsoleKey key);
    // A console break (Ctrl-P with break_on set): the CPU halts into the firmware, uncleanly.
    virtual Script breakIn();

protected:
    Persona(QString os, GuestIdentity identity);

    void setPhase(Phase phase) { m_phase = phase; }
    void setUser(const QString &user) { m_user = user; }
    QDateTime bootedAt() const { return m_bootedAt; }

    // Firmware power-on text followed by the OS boot, ending at the login prompt.
    virtual Script bootFromPowerOn() = 0;
    // A line typed at the firmware prompt (SRM `>>>`, VAX `>>>`). Default: ignored, for
    // firmware that hands over to the OS or powers off without ever prompting.
    virtual Script firmwareCommand(const QString &command);
    virtual Script shellCommand(const QString &command) = 0;
    virtual QByteArray loginPrompt() const = 0;
    virtual QByteArray passwordPrompt() const = 0;
    virtual QByteArray welcome() const = 0;
    virtual QByteArray shellPrompt() const = 0;

    // Default: any non-empty name asks for a password, an empty line asks again.
    virtual Script loginLine(const QString &text);
    // Default: any password is accepted.
    virtual Script passwordLine(const QString &text);
    // Default: Ctrl-C in the shell cancels the line; other keys do nothing.
    virtual Script consoleKey(ConsoleKey key);

    // Commands every persona understands, for demos and tests: `flood N`, `license-lost`,
    // `license-restored`. Returns an empty script (and *handled false) for anything else.
    Script simulatorCommand(const QString &command, const QByteArray &prompt, bool *handled) const;

private:
    QString m_os;
    GuestIdentity m_identity;
    Phase m_phase = Phase::Firmware;
    QString m_user;
    QDateTime m_bootedAt;
};

} // namespace charon::sim
