// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/console/consolesettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

// [console] holds the defaults, [console-guest/NAME] a guest's overrides. Guest names are
// unit-name safe ([A-Za-z0-9_.-]), so they need no escaping as a group name.
QString groupOf(const QString &guest)
{
    return guest.isEmpty() ? u"console"_s : u"console-guest/"_s + guest;
}

// Always the GUI's settings file (organisation and application "charon-manager"), also
// from charon-vm, whose application name differs.
QString read(const QString &guest, const char *key)
{
    const QSettings settings(u"charon-manager"_s, u"charon-manager"_s);
    const QString own = settings.value(groupOf(guest) + u'/' + QLatin1StringView(key)).toString();
    if (!own.isEmpty() || guest.isEmpty())
        return own;
    return settings.value(groupOf({}) + u'/' + QLatin1StringView(key)).toString();
}

void write(const QString &guest, const char *key, const QString &value)
{
    QSettings(u"charon-manager"_s, u"charon-manager"_s)
        .setValue(groupOf(guest) + u'/' + QLatin1StringView(key), value);
}

} // namespace

ConsoleSettings::ReturnMode ConsoleSettings::returnMode(const QString &guest)
{
    return returnModeFromName(read(guest, kReturnKey)).value_or(ReturnMode::Auto);
}

ConsoleSettings::Identity ConsoleSettings::identity(const QString &guest)
{
    return identityFromName(read(guest, kIdentityKey)).value_or(Identity::Vt220);
}

ConsoleSettings::WideFit ConsoleSettings::wideFit(const QString &guest)
{
    return read(guest, kWideFitKey) == "scroll"_L1 ? WideFit::Scroll : WideFit::ShrinkFont;
}

void ConsoleSettings::setReturnMode(const QString &guest, ReturnMode mode)
{
    write(guest, kReturnKey, returnModeName(mode));
}

void ConsoleSettings::setIdentity(const QString &guest, Identity identity)
{
    write(guest, kIdentityKey, identityName(identity));
}

void ConsoleSettings::setWideFit(const QString &guest, WideFit fit)
{
    write(guest, kWideFitKey, fit == WideFit::Scroll ? u"scroll"_s : u"shrink"_s);
}

bool ConsoleSettings::hasOverride(const QString &guest, const char *key)
{
    return !guest.isEmpty()
        && QSettings(u"charon-manager"_s, u"charon-manager"_s)
               .contains(groupOf(guest) + u'/' + QLatin1StringView(key));
}

void ConsoleSettings::clearOverrides(const QString &guest)
{
    if (!guest.isEmpty())
        QSettings(u"charon-manager"_s, u"charon-manager"_s).remove(groupOf(guest));
}

QString ConsoleSettings::returnModeName(ReturnMode mode)
{
    switch (mode) {
    case ReturnMode::Telnet:
        return u"telnet"_s;
    case ReturnMode::Raw:
        return u"raw"_s;
    case ReturnMode::Auto:
        break;
    }
    return u"auto"_s;
}

std::optional<ConsoleSettings::ReturnMode> ConsoleSettings::returnModeFromName(const QString &name)
{
    for (const ReturnMode mode : { ReturnMode::Auto, ReturnMode::Telnet, ReturnMode::Raw }) {
        if (name.compare(returnModeName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

QString ConsoleSettings::identityName(Identity identity)
{
    switch (identity) {
    case Identity::Vt100:
        return u"vt100"_s;
    case Identity::Xterm:
        return u"xterm"_s;
    case Identity::Vt220:
        break;
    }
    return u"vt220"_s;
}

std::optional<ConsoleSettings::Identity> ConsoleSettings::identityFromName(const QString &name)
{
    for (const Identity identity : { Identity::Vt100, Identity::Vt220, Identity::Xterm }) {
        if (name.compare(identityName(identity), Qt::CaseInsensitive) == 0)
            return identity;
    }
    return std::nullopt;
}

QByteArray ConsoleSettings::terminalType(Identity identity)
{
    switch (identity) {
    case Identity::Vt100:
        return QByteArrayLiteral("VT100");
    case Identity::Xterm:
        return QByteArrayLiteral("XTERM-256COLOR");
    case Identity::Vt220:
        break;
    }
    return QByteArrayLiteral("VT220");
}

} // namespace charon::core
