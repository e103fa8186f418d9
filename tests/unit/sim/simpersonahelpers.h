// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Helpers shared by the persona unit tests (tst_simpersona, tst_simshutdown): a booted persona
// of each OS on a small machine, and the login an operator would type.

#include "sim/persona.h"

#include <QStringList>

namespace charon::sim::test {

using namespace Qt::StringLiterals;

inline QString profileFor(const QString &os)
{
    return os == u"hpux"_s || os == u"mpeix"_s ? u"par"_s : u"axp"_s;
}

inline GuestIdentity identityFor(const QString &profile)
{
    GuestIdentity id;
    id.hostname = u"testhost"_s;
    id.profileId = profile;
    id.model = profile == u"par"_s ? u"rp4440"_s
        : profile == u"vax"_s      ? u"VAX_4000_Model_106"_s
                                   : u"AlphaServer_ES40"_s;
    id.cpus = 2;
    id.memoryMB = 2048;
    return id;
}

inline std::unique_ptr<Persona> booted(
    const QString &os, const QString &profile, QByteArray *bootText = nullptr)
{
    std::unique_ptr<Persona> persona = Persona::create(os, identityFor(profile));
    const Script boot = persona->powerOn();
    if (bootText)
        *bootText = boot.text();
    return persona;
}

// Logs in the way an operator would on that OS; returns the text of the last answer.
inline QByteArray logIn(Persona &persona)
{
    if (persona.os() == u"mpeix"_s)
        persona.line(u"HELLO OPERATOR.SYS"_s);
    else
        persona.line(u"operator"_s);
    return persona.line(u"any-password"_s).text();
}

inline Script typeAll(Persona &persona, const QStringList &lines)
{
    Script all;
    for (const QString &line : lines)
        all.append(persona.line(line));
    return all;
}

} // namespace charon::sim::test
