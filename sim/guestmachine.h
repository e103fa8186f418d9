// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The emulated machine as seen on its console: plays the persona's scripts on the console at
// a believable pace, feeds typed input through the line discipline to the persona (holding
// lines typed while the guest is still printing, like a type-ahead buffer), and turns the
// console keys configured as break_on / stop_on into a halt or an emulator stop.
// Effects that concern the emulator (power off, license events) leave as signals.

#include "sim/linediscipline.h"
#include "sim/persona.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace charon::sim {

class ConsoleServer;

class GuestMachine : public QObject
{
    Q_OBJECT

public:
    GuestMachine(ConsoleServer *console, std::unique_ptr<Persona> persona, int pacePercent,
        QObject *parent = nullptr);
    ~GuestMachine() override;

    // Console key settings from the configuration ("Ctrl-P", "F6", ...; "" = none).
    void setBreakOn(const QString &key) { m_breakOn = key; }
    void setStopOn(const QString &key) { m_stopOn = key; }

    void powerOn();
    const Persona &persona() const { return *m_persona; }
    bool isBusy() const;

    // True when a break_on / stop_on setting names this key.
    static bool keyMatches(const QString &setting, ConsoleKey key);

Q_SIGNALS:
    // The guest powered the machine off, or the stop_on key was pressed: the emulator ends.
    void poweredOff(const QString &reason);
    void licenseLostRequested();
    void licenseRestoredRequested();

private:
    void play(const Script &script);
    void playNext();
    void onLine(const QString &line);
    void onKey(ConsoleKey key);
    void onFloodFinished();
    void syncEcho();

    ConsoleServer *m_console;
    std::unique_ptr<Persona> m_persona;
    LineDiscipline m_discipline;
    QTimer m_delay;
    QList<ScriptStep> m_queue;
    QStringList m_typeAhead;
    QString m_breakOn;
    QString m_stopOn;
    int m_pacePercent;
    bool m_delayDone = false;
    bool m_waitingForFlood = false;
    bool m_off = false;
};

} // namespace charon::sim
