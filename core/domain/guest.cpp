// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/domain/guest.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {
const QString kUnitPrefix = u"charon-guest-"_s;
const QString kUnitSuffix = u".service"_s;
} // namespace

Guest::Fields Guest::diff(const Guest &a, const Guest &b)
{
    Fields f;
    if (a.name != b.name || a.unit != b.unit || a.emulator != b.emulator
        || a.profileId != b.profileId || a.configPath != b.configPath || a.workDir != b.workDir)
        f |= Field::Identity;
    if (a.config != b.config)
        f |= Field::Config;
    if (a.unitStatus != b.unitStatus || a.derived != b.derived)
        f |= Field::State;
    if (a.startedAt != b.startedAt || a.stoppedAt != b.stoppedAt)
        f |= Field::Dates;
    if (a.autoBoot != b.autoBoot || a.startTimeoutSec != b.startTimeoutSec
        || a.stopTimeoutSec != b.stopTimeoutSec || a.oomProtected != b.oomProtected
        || a.autoRestart != b.autoRestart || a.preStartScript != b.preStartScript
        || a.preStartScriptHead != b.preStartScriptHead)
        f |= Field::Settings;
    if (a.jobInFlight != b.jobInFlight)
        f |= Field::Job;
    if (a.isDefault != b.isDefault)
        f |= Field::Default;
    if (a.stopScript != b.stopScript)
        f |= Field::StopScript;
    if (a.nicChecks != b.nicChecks)
        f |= Field::Nics;
    if (a.licenseStatus != b.licenseStatus || a.licenseHealth != b.licenseHealth)
        f |= Field::License;
    if (a.osAnswer != b.osAnswer)
        f |= Field::OsAnswer;
    if (a.unitFiles != b.unitFiles || a.unitFilesChanged != b.unitFilesChanged)
        f |= Field::UnitFiles;
    return f;
}

bool isValidGuestName(const QString &name)
{
    static const QRegularExpression valid(u"^[A-Za-z0-9_.-]{1,64}$"_s);
    // "." and ".." would make odd unit names and directories; a leading '-' reads as an option.
    return valid.match(name).hasMatch() && name != u"."_s && name != u".."_s
        && !name.startsWith(u'-');
}

QString unitNameForGuest(const QString &name)
{
    return kUnitPrefix + name + kUnitSuffix;
}

QString guestNameFromUnit(const QString &unit)
{
    if (!unit.startsWith(kUnitPrefix) || !unit.endsWith(kUnitSuffix))
        return {};
    const QString name
        = unit.mid(kUnitPrefix.size(), unit.size() - kUnitPrefix.size() - kUnitSuffix.size());
    return isValidGuestName(name) ? name : QString();
}

QString guestNameFromConfigPath(const QString &configPath)
{
    QString base = configPath.section(u'/', -1);
    const qsizetype dot = base.lastIndexOf(u'.');
    if (dot > 0)
        base.truncate(dot);
    static const QRegularExpression invalid(u"[^A-Za-z0-9_.-]+"_s);
    base.replace(invalid, u"-"_s);
    while (base.startsWith(u'-') || base.startsWith(u'.'))
        base.remove(0, 1);
    return base.left(64);
}

} // namespace charon::core
