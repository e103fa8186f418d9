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
    // "" or why the stop script at `path` cannot be read or replaced by the helper: it must be
    // absent or a regular file (not a symbolic link, directory, FIFO or device), at an absolute
    // path without "..".
    static QString checkScriptTarget(const QString &path);
    // "" or why `text` cannot be written as a script: a NUL character, binary content, or as
    // large as an editor refuses (EditableFile::MaxBytes).
    static QString checkScriptText(const QByteArray &text);
};

} // namespace charon::core
