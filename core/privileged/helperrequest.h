// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// An "add guest" request as it crosses the bus (a{sv}), and the helper's own checks on it before
// anything else runs as root: names by the guest-name rule, paths absolute with no "..", no NUL,
// the emulator and configuration regular files, the working directory a directory. What passes
// then goes through GuestInstaller and its validator, like a request of root's own.

#include "core/guests/guestinstaller.h"

#include <QVariantMap>

namespace charon::core {

class HelperRequest
{
public:
    static QVariantMap toMap(const GuestInstaller::Request &request);
    // The request, or nullopt with *error naming the field and the cause.
    static std::optional<GuestInstaller::Request> fromMap(const QVariantMap &map, QString *error);
    // "" or why `path` (the field `what`) is refused.
    static QString checkPath(const QString &what, const QString &path, bool directory);
};

} // namespace charon::core
