// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A guest's service settings as they cross the bus to the privileged helper (SetSettings,
// a{sv}), and the helper's own checks on them before anything runs as root: only the known
// keys, each with its D-Bus type (i, b, s, as), no NUL in a string, and the pre-start script a
// regular file at an absolute path without "..". A map may hold some keys only: they are laid
// over the guest's current settings. What passes then goes through ServiceSettingsValidator and
// ServiceSettingsApplier, like a change of root's own.

#include "core/units/servicesettings.h"

#include <QVariantMap>

namespace charon::core {

class SettingsRequest
{
public:
    static QVariantMap toMap(const ServiceSettings &settings);
    // `base` with the values of `map` laid over it, or nullopt with *error naming the key and
    // the cause.
    static std::optional<ServiceSettings> apply(
        const ServiceSettings &base, const QVariantMap &map, QString *error);
};

} // namespace charon::core
