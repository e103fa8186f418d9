// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Turns one emulator profile JSON document into EmulatorProfile::Data, checking everything a
// hand-edited override can get wrong (missing keys, bad regular expressions, a pattern without
// the named group the parser needs, unknown field names) and naming the place of the first
// mistake, so a broken override is reported instead of silently parsing nothing.

#include "core/config/emulatorprofile_p.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace charon::core {

class ProfileJsonReader
{
public:
    // nullptr and *error ("origin: where: what") when the document is not a usable profile.
    static std::shared_ptr<EmulatorProfile::Data> read(
        const QByteArray &json, const QString &origin, QString *error);
};

} // namespace charon::core
