// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "sim/guestmachine.h"

#include "sim/consoleserver.h"

using namespace Qt::StringLiterals;

namespace charon::sim {

namespace {
constexpr qsizetype kMaxTypeAhead = 64;
}

GuestMachine::GuestMachine(
    ConsoleServer *console, std::unique_ptr<Persona> persona, int pacePercent, QObject *parent)
    : QObject(parent)
    , m_console(console)
    , m_persona(std::move(persona))
    , m_pacePercent(pacePercent)
{
    m_delay.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, [this] {
        m_delayDone = true;
        playNext();
    });
    connect(m_console, &ConsoleServer::inputReceived, &m_discipline, &LineDiscipline::feed);
    connect(m_console, &ConsoleServer::floodFinished, this, &GuestMachine::onFloodFinished);
    connect(&m_discipline, &LineDiscipline::echoed, m_console, &ConsoleServer::write);
    connect(&m_discipline, &LineDiscipline::lineEntered, this, &GuestMachine::onLine);
    connect(&m_discipline, &LineDiscipline::keyPressed, this, &GuestMachine::onKey);
}

GuestMachine::~GuestMachine() = default;

bool GuestMachine::keyMatches(const QString &setting, ConsoleKey key)
{
    QString normalized = setting.trimmed().toLower();
    normalized.remove(u'-').remove(u'_').remove(u' ');
    switch (key) {
    case ConsoleKey::F6:
        return normalized == u"f6"_s;
    case ConsoleKey::CtrlP:
        return normalized == u"ctrlp"_s || normalized == u"^p"_s;
    case ConsoleKey::CtrlA:
    case ConsoleKey::CtrlC:
        break;
    }
    return false;
}

void GuestMachine::powerOn()
{
    m_off = false;
    play(m_persona->powerOn());
}

bool GuestMachine::isBusy() const
{
    return !m_queue.isEmpty() || m_delay.isActive() || m_waitingForFlood;
}

void GuestMachine::play(const Script &script)
{
    m_queue.append(script.steps());
    syncEcho();
    playNext();
}

void GuestMachine::playNext()
{
    while (!m_off && !m_waitingForFlood && !m_delay.isActive()) {
        if (m_queue.isEmpty()) {
            if (m_typeAhead.isEmpty())
                return;
            m_queue.append(m_persona->line(m_typeAhead.takeFirst()).steps());
            syncEcho();
            continue;
        }
        const int delay = int(qint64(m_queue.first().delayMs) * m_pacePercent / 100);
        if (delay > 0 && !m_delayDone) {
            m_delay.start(delay);
            return;
        }
        m_delayDone = false;
        const ScriptStep step = m_queue.takeFirst();
        if (!step.text.isEmpty())
            m_console->write(step.text);
        switch (step.effect) {
        case Effect::None:
            break;
        case Effect::PowerOff:
            m_off = true;
            m_queue.clear();
            m_typeAhead.clear();
            syncEcho();
            Q_EMIT poweredOff(tr("the guest powered the machine off"));
            return;
        case Effect::LicenseLost:
            Q_EMIT licenseLostRequested();
            break;
        case Effect::LicenseRestored:
            Q_EMIT licenseRestoredRequested();
            break;
        case Effect::Flood:
            // Set before asking: a small flood can finish inside flood() itself.
            m_waitingForFlood = true;
            if (!m_console->flood(step.amount))
                m_waitingForFlood = false;
            break;
        }
    }
}

void GuestMachine::onFloodFinished()
{
    if (!m_waitingForFlood)
        return; // a flood on connect, not one the guest asked for
    m_waitingForFlood = false;
    playNext();
}

void GuestMachine::onLine(const QString &line)
{
    if (m_off)
        return;
    if (isBusy()) {
        if (m_typeAhead.size() < kMaxTypeAhead)
            m_typeAhead.append(line);
        return;
    }
    play(m_persona->line(line));
}

void GuestMachine::onKey(ConsoleKey key)
{
    if (m_off)
        return;
    if (key == ConsoleKey::F6 && keyMatches(m_stopOn, key)) {
        m_off = true;
        m_queue.clear();
        m_delay.stop();
        syncEcho();
        Q_EMIT poweredOff(tr("the stop_on key F6 was pressed on the console"));
        return;
    }
    if (key == ConsoleKey::CtrlP) {
        if (!keyMatches(m_breakOn, key))
            return;
        // A halt interrupts whatever the guest was printing.
        m_queue.clear();
        m_typeAhead.clear();
        m_delay.stop();
        m_delayDone = false;
        play(m_persona->breakIn());
        return;
    }
    play(m_persona->key(key));
}

void GuestMachine::syncEcho()
{
    m_discipline.setEcho(!m_off && m_persona->echoesInput());
}

} // namespace charon::sim
