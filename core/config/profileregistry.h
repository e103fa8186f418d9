// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The emulator profiles the application uses, read once (EmulatorProfile::loadAll) and kept:
// parsing hundreds of configurations must not re-read and re-compile the JSON patterns each
// time. Thread-safe; reload() after an administrator edits a profile (and in tests).

#include "core/config/emulatorprofile.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace charon::core {

class ProfileRegistry
{
public:
    static QList<EmulatorProfile> profiles(); // sorted by id
    static std::optional<EmulatorProfile> forId(const QString &id);
    static QStringList ids();
    // Problems met by the last load (broken override files), for the user to see.
    static QStringList loadErrors();
    static void reload();
    // Starts reading them on a pool thread, for a caller that will need them soon: the window's
    // first guest needs them to name its emulator, and reading them (JSON, 16 ms of compiling
    // patterns) then held the GUI thread while the list from systemd waited.
    static void preload();
};

} // namespace charon::core
