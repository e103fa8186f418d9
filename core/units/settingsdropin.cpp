// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/units/settingsdropin.h"

#include "core/domain/guest.h"
#include "core/support/atomicfile.h"
#include "core/units/unitdocument.h"
#include "core/units/unitsyntax.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

const QString kUnit = u"Unit"_s;
const QString kService = u"Service"_s;
const QString kExecStartPre = u"ExecStartPre"_s;

QString tr(const char *text)
{
    return QCoreApplication::translate("charon::core::SettingsDropIn", text);
}

QString readText(const QString &path, bool *ok = nullptr)
{
    QFile file(path);
    const bool opened = file.open(QIODevice::ReadOnly);
    if (ok)
        *ok = opened;
    return opened ? QString::fromUtf8(file.readAll()) : QString();
}

bool isListKey(const QString &key)
{
    return key == u"Before"_s || key == u"After"_s || key == kExecStartPre;
}

// Our `charon-vm [--user|--system] prestart NAME` line (UnitFile writes it first).
bool isHelperLine(const QString &value)
{
    const auto parsed = parseExecLine(value);
    if (!parsed || QFileInfo(parsed->argv.first()).fileName() != u"charon-vm"_s)
        return false;
    const qsizetype at = parsed->argv.indexOf(u"prestart"_s);
    return at == 1 || at == 2;
}

// The admin's pre-start script in an ExecStartPre= list: the first line that is not ours.
qsizetype scriptIndex(const QStringList &list)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isEmpty() && !isHelperLine(list.at(i)))
            return i;
    }
    return -1;
}

QString scriptOf(const QStringList &list)
{
    const qsizetype at = scriptIndex(list);
    if (at < 0)
        return {};
    const auto parsed = parseExecLine(list.at(at));
    return parsed ? parsed->argv.first() : QString();
}

QStringList guestsIn(const QStringList &assignments)
{
    QStringList names;
    for (const QString &value : UnitDocument::effectiveList(assignments)) {
        for (const QString &unit : value.split(u' ', Qt::SkipEmptyParts)) {
            if (const QString name = guestNameFromUnit(unit); !name.isEmpty())
                names << name;
        }
    }
    names.removeDuplicates();
    return names;
}

QStringList unitsFor(const QStringList &guests)
{
    QStringList units;
    for (const QString &name : guests)
        units << unitNameForGuest(name);
    return units.isEmpty() ? QStringList() : QStringList { units.join(u' ') };
}

} // namespace

SettingsDropIn::SettingsDropIn(const UnitFile &units)
    : m_units(units)
{ }

QList<std::pair<QString, QString>> SettingsDropIn::managedKeys()
{
    return { { kUnit, u"Description"_s }, { kUnit, u"Before"_s }, { kUnit, u"After"_s },
        { kUnit, u"StartLimitBurst"_s }, { kUnit, u"StartLimitIntervalSec"_s },
        { kService, u"TimeoutStartSec"_s }, { kService, u"TimeoutStopSec"_s },
        { kService, u"Restart"_s }, { kService, u"RestartSec"_s },
        { kService, u"OOMScoreAdjust"_s }, { kService, kExecStartPre } };
}

std::optional<ServiceSettings> SettingsDropIn::read(const QString &name, QString *error) const
{
    const auto fail = [error](const QString &why) -> std::optional<ServiceSettings> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!isValidGuestName(name))
        return fail(tr("invalid guest name \"%1\"").arg(name));
    bool ok = false;
    const QString unitText = readText(m_units.unitPath(name), &ok);
    if (!ok)
        return fail(
            tr("no guest named \"%1\" (no unit file %2)").arg(name, m_units.unitPath(name)));
    const UnitDocument ours(readText(m_units.dropInPath(name)));
    const MergedUnitDocument merged({ UnitDocument(unitText), ours });

    ServiceSettings s;
    s.description = unescapeSpecifiers(merged.scalar(kUnit, u"Description"_s));
    const auto seconds = [&merged](const QString &section, const QString &key, int fallback) {
        const int sec = parseTimeSpanSec(merged.scalar(section, key));
        return sec < 0 ? fallback : sec;
    };
    // systemd's own defaults where nothing is said (DefaultTimeoutStartSec/StopSec = 90 s).
    s.startTimeoutSec = seconds(kService, u"TimeoutStartSec"_s, 90);
    s.stopTimeoutSec = seconds(kService, u"TimeoutStopSec"_s, 90);
    const QString restart = merged.scalar(kService, u"Restart"_s);
    s.autoRestart = !restart.isEmpty() && restart != u"no"_s;
    s.restartDelaySec = seconds(kService, u"RestartSec"_s, ServiceSettings::DefaultRestartDelaySec);
    bool burstOk = false;
    const int burst = merged.scalar(kUnit, u"StartLimitBurst"_s).toInt(&burstOk);
    s.startLimitBurst = burstOk ? burst : ServiceSettings::DefaultStartLimitBurst;
    s.startLimitIntervalSec
        = seconds(kUnit, u"StartLimitIntervalSec"_s, ServiceSettings::DefaultStartLimitIntervalSec);
    s.oomProtected = merged.scalar(kService, u"OOMScoreAdjust"_s).toInt() == -1000;
    s.preStartScript = scriptOf(merged.list(kService, kExecStartPre));
    s.before = guestsIn(ours.values(kUnit, u"Before"_s));
    s.after = guestsIn(ours.values(kUnit, u"After"_s));
    return s;
}

QString SettingsDropIn::render(
    const ServiceSettings &s, const QString &existing, const QString &unitText)
{
    UnitDocument doc(existing.isEmpty()
            ? u"# Written by Charon Manager: the guest settings its window and "
              "charon-vm manage.\n# Other drop-ins in this directory are left alone.\n"_s
            : existing);
    const UnitDocument unit(unitText);
    if (s.description.isEmpty()
        || s.description == unescapeSpecifiers(unit.value(kUnit, u"Description"_s)))
        doc.remove(kUnit, u"Description"_s);
    else
        doc.setValue(kUnit, u"Description"_s, escapeSpecifiers(s.description));
    doc.setValues(kUnit, u"Before"_s, unitsFor(s.before));
    doc.setValues(kUnit, u"After"_s, unitsFor(s.after));

    const auto span = [](int sec) { return sec == 0 ? u"infinity"_s : QString::number(sec); };
    doc.setValue(kService, u"TimeoutStartSec"_s, span(s.startTimeoutSec));
    doc.setValue(kService, u"TimeoutStopSec"_s, span(s.stopTimeoutSec));
    // -1000 makes the kernel's OOM killer pass the emulator over: losing it is a power cut.
    doc.setValues(
        kService, u"OOMScoreAdjust"_s, s.oomProtected ? QStringList { u"-1000"_s } : QStringList());
    const auto when = [&s](const QString &value) {
        return s.autoRestart ? QStringList { value } : QStringList();
    };
    doc.setValues(kService, u"Restart"_s, when(u"on-failure"_s));
    doc.setValues(kService, u"RestartSec"_s, when(QString::number(s.restartDelaySec)));
    doc.setValues(kUnit, u"StartLimitBurst"_s, when(QString::number(s.startLimitBurst)));
    doc.setValues(
        kUnit, u"StartLimitIntervalSec"_s, when(QString::number(s.startLimitIntervalSec)));

    // The pre-start script: when the unit already runs this one, nothing to say; else the
    // list is reset and re-stated (our prestart helper first, the script, the admin's others).
    const QStringList unitList = UnitDocument::effectiveList(unit.values(kService, kExecStartPre));
    if (scriptOf(unitList) == s.preStartScript) {
        doc.remove(kService, kExecStartPre);
    } else {
        QStringList helpers;
        QStringList others;
        const qsizetype owned = scriptIndex(unitList);
        for (qsizetype i = 0; i < unitList.size(); ++i) {
            if (i == owned)
                continue;
            (isHelperLine(unitList.at(i)) ? helpers : others) << unitList.at(i);
        }
        QStringList list { QString() }; // the reset
        list << helpers;
        if (!s.preStartScript.isEmpty())
            list << formatExecLine({ s.preStartScript });
        list << others;
        doc.setValues(kService, kExecStartPre, list);
    }
    return doc.toString();
}

bool SettingsDropIn::write(
    const QString &name, const ServiceSettings &s, Previous *previous, QString *error) const
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!isValidGuestName(name))
        return fail(tr("invalid guest name \"%1\"").arg(name));
    bool ok = false;
    const QString unitText = readText(m_units.unitPath(name), &ok);
    if (!ok)
        return fail(
            tr("no guest named \"%1\" (no unit file %2)").arg(name, m_units.unitPath(name)));
    const QString path = m_units.dropInPath(name);
    Previous before;
    before.existed = QFile::exists(path);
    if (before.existed) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("cannot read %1: %2").arg(path, file.errorString()));
        before.text = file.readAll();
    }
    if (previous)
        *previous = before;
    const QString existing = QString::fromUtf8(before.text);
    const QString text = render(s, existing, unitText);
    if (before.existed && text == existing)
        return true;
    return writeFileAtomically(path, text.toUtf8(), error);
}

bool SettingsDropIn::restore(const QString &name, const Previous &previous, QString *error) const
{
    const QString path = m_units.dropInPath(name);
    if (previous.existed)
        return writeFileAtomically(path, previous.text, error, /*keepBackup=*/false);
    if (QFile::exists(path) && !QFile::remove(path)) {
        if (error)
            *error = tr("cannot remove %1").arg(path);
        return false;
    }
    return true;
}

QHash<QString, QString> SettingsDropIn::keySources(const QStringList &files)
{
    QList<UnitDocument> docs;
    for (const QString &file : files)
        docs << UnitDocument(readText(file));
    QHash<QString, QString> sources;
    for (const auto &[section, key] : managedKeys()) {
        QString source;
        for (qsizetype i = 0; i < docs.size(); ++i) {
            const QStringList values = docs.at(i).values(section, key);
            if (values.isEmpty())
                continue;
            if (!isListKey(key) || values.contains(QString()) || source.isEmpty())
                source = files.at(i);
        }
        if (!source.isEmpty())
            sources.insert(key, source);
    }
    return sources;
}

QHash<QString, QString> SettingsDropIn::overrides(const QString &ourPath, const QStringList &files)
{
    const qsizetype ours = files.indexOf(ourPath);
    if (ours < 0)
        return {};
    const UnitDocument doc(readText(ourPath));
    const QHash<QString, QString> sources = keySources(files);
    QHash<QString, QString> out;
    for (const auto &[section, key] : managedKeys()) {
        if (!doc.contains(section, key))
            continue;
        const QString source = sources.value(key);
        if (!source.isEmpty() && files.indexOf(source) > ours)
            out.insert(key, source);
    }
    return out;
}

} // namespace charon::core
