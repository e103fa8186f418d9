// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The privileged helper's D-Bus names and polkit action, shared by the service and its clients,
// and by the files in packaging/ (bus policy, activation file, polkit policy) that name them.

#include <QString>

namespace charon::core::HelperProtocol {

inline QString service()
{
    return QStringLiteral("io.github.charon_manager.Helper1");
}
inline QString path()
{
    return QStringLiteral("/io/github/charon_manager/Helper1");
}
inline QString interface()
{
    return QStringLiteral("io.github.charon_manager.Helper1");
}
// The one stop script the helper reads and writes: the system scope's, never a path from its
// environment or its caller (StopScript::defaultPath(UnitScope::System) without
// $CHARON_STOP_SCRIPT).
inline QString stopScriptPath()
{
    return QStringLiteral("/etc/charon-manager/stop-guest.sh");
}

// The polkit actions the methods check, one per kind of change (packaging/polkit: the admin
// group may, without a password; anyone else authenticates as an administrator).
// AddGuest, RemoveGuest:
inline QString manageAction()
{
    return QStringLiteral("io.github.charon_manager.manage-guests");
}
// SetSettings:
inline QString settingsAction()
{
    return QStringLiteral("io.github.charon_manager.change-settings");
}
// ReadStopScript, WriteStopScript:
inline QString stopScriptAction()
{
    return QStringLiteral("io.github.charon_manager.edit-stop-script");
}
// Errors the service replies with (besides org.freedesktop.DBus.Error.AccessDenied).
inline QString invalidArgsError()
{
    return QStringLiteral("org.freedesktop.DBus.Error.InvalidArgs");
}
inline QString failedError()
{
    return QStringLiteral("io.github.charon_manager.Helper1.Failed");
}
// WriteStopScript: the script on disk is no longer the one the caller loaded.
inline QString conflictError()
{
    return QStringLiteral("io.github.charon_manager.Helper1.Conflict");
}

} // namespace charon::core::HelperProtocol
