// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The terminal client's preferences for a guest's console, like a saved session in PuTTY: how
// Return travels (auto / telnet / raw), which terminal it claims to be (VT100, VT220, xterm:
// the DA answers and TERMINAL-TYPE), and how a 132-column screen fits the view (smaller font
// or horizontal scrolling). They belong to whoever runs the console, not to the guest's
// service, so they live in the application's settings (QSettings), never in a unit file or a
// Charon configuration: a global default, and an override per guest name. The console tab and
// `charon-vm console` read and write the same keys.

#include "core/console/telnetsession.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <optional>

namespace charon::core {

class ConsoleSettings
{
    Q_GADGET

public:
    // The same order as terminal::TerminalEngine::Identity.
    enum class Identity : quint8 { Vt100, Vt220, Xterm };
    Q_ENUM(Identity)
    enum class WideFit : quint8 { ShrinkFont, Scroll };
    Q_ENUM(WideFit)
    using ReturnMode = TelnetSession::ReturnMode;

    // Values for a guest: its override when set, otherwise the global default. An empty guest
    // name means the global default itself.
    static ReturnMode returnMode(const QString &guest = {});
    static Identity identity(const QString &guest = {});
    static WideFit wideFit(const QString &guest = {});
    static void setReturnMode(const QString &guest, ReturnMode mode);
    static void setIdentity(const QString &guest, Identity identity);
    static void setWideFit(const QString &guest, WideFit fit);
    // True when the guest has an override of its own for that key.
    static bool hasOverride(const QString &guest, const char *key);
    static void clearOverrides(const QString &guest);

    // The names used on the command line and in the settings file.
    static QString returnModeName(ReturnMode mode);
    static std::optional<ReturnMode> returnModeFromName(const QString &name);
    static QString identityName(Identity identity);
    static std::optional<Identity> identityFromName(const QString &name);
    // The telnet TERMINAL-TYPE that matches an identity (RFC 1091 names, upper case).
    static QByteArray terminalType(Identity identity);

    static constexpr const char *kReturnKey = "returnMode";
    static constexpr const char *kIdentityKey = "identity";
    static constexpr const char *kWideFitKey = "wideFit";
};

} // namespace charon::core
