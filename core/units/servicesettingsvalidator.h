// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What must hold before a guest's service settings are written: the one check the Service
// Settings dialog and `charon-vm set` share, so both refuse the same things with the same
// words. Like GuestValidator, each problem is one translated sentence naming the value at
// fault and the cause. Nothing is written while problems() is not empty.

#include "core/units/servicesettings.h"

#include <QStringList>

namespace charon::core {

class ServiceSettingsValidator
{
public:
    // Every reason `settings` cannot be written for guest `name`; `otherGuests` are the names
    // of the installed guests (Before=/After= may only name those, never `name` itself).
    static QStringList problems(
        const QString &name, const ServiceSettings &settings, const QStringList &otherGuests);

    // One field each; "" when fine.
    static QString checkDescription(const QString &description);
    static QString checkStartTimeout(int seconds);
    static QString checkStopTimeout(int seconds);
    static QString checkRestartDelay(int seconds);
    static QString checkStartLimitBurst(int count);
    static QString checkStartLimitInterval(int seconds);
    static QString checkPreStartScript(const QString &path);
    static QString checkOrdering(const QString &name, const QStringList &before,
        const QStringList &after, const QStringList &otherGuests);
};

} // namespace charon::core
