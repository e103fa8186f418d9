// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "sim/script.h"

#include <algorithm>

namespace charon::sim {

Script &Script::say(const QByteArray &text, int delayMs)
{
    m_steps.append(ScriptStep { delayMs, text, Effect::None, 0 });
    return *this;
}

Script &Script::then(Effect effect, qint64 amount)
{
    m_steps.append(ScriptStep { 0, {}, effect, amount });
    return *this;
}

Script &Script::append(const Script &other)
{
    m_steps.append(other.m_steps);
    return *this;
}

QByteArray Script::text() const
{
    QByteArray all;
    for (const ScriptStep &step : m_steps)
        all += step.text;
    return all;
}

bool Script::hasEffect(Effect effect) const
{
    return std::any_of(m_steps.cbegin(), m_steps.cend(),
        [effect](const ScriptStep &step) { return step.effect == effect; });
}

int Script::totalDelayMs() const
{
    int total = 0;
    for (const ScriptStep &step : m_steps)
        total += step.delayMs;
    return total;
}

} // namespace charon::sim
