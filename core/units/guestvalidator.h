// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What must hold on the host before a guest is added (or its launch changed): the emulator
// exists and is executable, the configuration is readable, the working directory exists, and
// nothing clashes with the guests already installed (name, configuration file, console port).
// Checks the filesystem only; whether values can be written to a unit is UnitFile's business.
// Each problem is one translated sentence naming the path or guest at fault.

#include "core/domain/guest.h"

#include <QList>
#include <QStringList>

namespace charon::core {

class GuestValidator
{
public:
    // Every reason `guest` (with its parsed config in guest.config) cannot sit next to
    // `others`, the installed guests (a guest of the same name in `others` is a clash).
    static QStringList problems(const Guest &guest, const QList<Guest> &others);

    static QString checkEmulator(const QString &path);
    static QString checkConfig(const QString &path);
    static QString checkWorkDir(const QString &path);
    // "" or the sentence naming the other guest using the same console port.
    static QString consolePortClash(const Guest &guest, const QList<Guest> &others);
};

} // namespace charon::core
