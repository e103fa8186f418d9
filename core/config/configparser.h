// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Reads one Charon configuration file into a ConfigSummary: model (and CPUs from the model
// catalogue), memory, console port and where it listens, log, break_on/stop_on, license ids,
// NICs. Every problem is reported with file and line, as the emulator would meet it: a missing
// or forbidden '=', a bad port, a key set twice (the last one wins), an unterminated quote, a
// line nobody understands (kept, Info). How each family writes its settings is data
// (EmulatorProfile, cached by ProfileRegistry), not code.

#include "core/domain/configsummary.h"

#include <QByteArray>
#include <QString>

namespace charon::core {

class ConfigParser
{
public:
    // profileId "par"/"axp"/"vax"; empty = guess the family from the content.
    static ConfigSummary parseFile(const QString &path, const QString &profileId = {});
    static ConfigSummary parseText(
        const QByteArray &text, const QString &fileName, const QString &profileId = {});
    static constexpr qint64 MaxConfigBytes = 1024 * 1024; // larger files: clear error

    // Whether a console listening on `where` ("lo", "0.0.0.0", "eth0", "" ...) can be reached
    // from other hosts. "" and "lo" mean loopback, "*" all interfaces.
    static bool listensBeyondLocalhost(const QString &where);
};

} // namespace charon::core
