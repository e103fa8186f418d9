// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "sim/persona.h"

#include "sim/hpuxpersona.h"
#include "sim/mpeixpersona.h"
#include "sim/openvmspersona.h"
#include "sim/tru64persona.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace charon::sim {

std::unique_ptr<Persona> Persona::create(const QString &os, const GuestIdentity &identity)
{
    const QString name = os.trimmed().toLower();
    if (name == u"hpux"_s)
        return std::make_unique<HpuxPersona>(identity);
    if (name == u"mpeix"_s)
        return std::make_unique<MpeixPersona>(identity);
    if (name == u"openvms"_s)
        return std::make_unique<OpenvmsPersona>(identity);
    if (name == u"tru64"_s)
        return std::make_unique<Tru64Persona>(identity);
    return nullptr;
}

QStringList Persona::operatingSystems()
{
    return { u"hpux"_s, u"mpeix"_s, u"openvms"_s, u"tru64"_s };
}

QString Persona::defaultOperatingSystem(const QString &profileId, const QString &model)
{
    if (profileId.compare(u"par"_s, Qt::CaseInsensitive) != 0)
        return u"openvms"_s;
    // HP 3000 hardware runs MPE/iX: the pa3 template, the 9x7/9x8/9x9 series, A/N-class
    // named "A/N-class" or in the e3000 form A500-200-200 (HP 9000 A-class is "A500-7X").
    static const QRegularExpression hp3000(
        uR"((3000|pa3|mpe|\b9[1-9][789]\b|\b[an][-_ ]?class\b|^[an]\d{3}-\d{3}-\d{3}$))"_s,
        QRegularExpression::CaseInsensitiveOption);
    return hp3000.match(model).hasMatch() ? u"mpeix"_s : u"hpux"_s;
}

Persona::Persona(QString os, GuestIdentity identity)
    : m_os(std::move(os))
    , m_identity(std::move(identity))
{ }

Persona::~Persona() = default;

Script Persona::powerOn()
{
    m_phase = Phase::Firmware;
    m_user.clear();
    m_bootedAt = QDateTime::currentDateTime();
    return bootFromPowerOn();
}

Script Persona::line(const QString &text)
{
    switch (m_phase) {
    case Phase::Firmware:
        return firmwareCommand(text.trimmed());
    case Phase::Login:
        return loginLine(text);
    case Phase::Password:
        return passwordLine(text);
    case Phase::Shell: {
        bool handled = false;
        Script script = simulatorCommand(text.trimmed(), shellPrompt(), &handled);
        return handled ? script : shellCommand(text.trimmed());
    }
    case Phase::Halted:
        break;
    }
    return {};
}

Script Persona::key(ConsoleKey key)
{
    return m_phase == Phase::Halted ? Script() : consoleKey(key);
}

Script Persona::firmwareCommand(const QString &)
{
    return {};
}

Script Persona::breakIn()
{
    return {};
}

Script Persona::loginLine(const QString &text)
{
    const QString name = text.trimmed();
    if (name.isEmpty())
        return Script(loginPrompt());
    m_user = name;
    m_phase = Phase::Password;
    return Script(passwordPrompt());
}

Script Persona::passwordLine(const QString &)
{
    m_phase = Phase::Shell;
    return Script().say("\n" + welcome() + shellPrompt(), 300);
}

Script Persona::consoleKey(ConsoleKey key)
{
    if (key == ConsoleKey::CtrlC && m_phase == Phase::Shell)
        return Script("^C\n" + shellPrompt());
    return {};
}

Script Persona::simulatorCommand(
    const QString &command, const QByteArray &prompt, bool *handled) const
{
    const QStringList w = words(command.toLower());
    *handled = true;
    if (w.size() == 2 && w.first() == u"flood"_s) {
        bool ok = false;
        const qint64 bytes = w.at(1).toLongLong(&ok);
        if (ok && bytes >= 0)
            return Script().then(Effect::Flood, bytes).say(prompt);
        return Script("flood: expected a byte count\n" + prompt);
    }
    if (w.size() == 1 && w.first() == u"license-lost"_s)
        return Script().then(Effect::LicenseLost).say(prompt);
    if (w.size() == 1 && w.first() == u"license-restored"_s)
        return Script().then(Effect::LicenseRestored).say(prompt);
    *handled = false;
    return {};
}

QStringList Persona::words(const QString &command)
{
    static const QRegularExpression blanks(u"\\s+"_s);
    return command.split(blanks, Qt::SkipEmptyParts);
}

} // namespace charon::sim
