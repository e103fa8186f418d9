// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/config/emulatorprofile.h"

#include "core/support/datapaths.h"
#include "core/config/emulatorprofile_p.h"
#include "core/config/profilejsonreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

// A profile is a few kilobytes; anything this large is not one.
constexpr qint64 MaxProfileBytes = 1024 * 1024;

const EmulatorProfile::Data &emptyData()
{
    static const EmulatorProfile::Data data;
    return data;
}

bool anyMatches(const QList<QRegularExpression> &patterns, const QString &text)
{
    return std::any_of(patterns.cbegin(), patterns.cend(),
        [&](const QRegularExpression &re) { return re.match(text).hasMatch(); });
}

} // namespace

EmulatorProfile::EmulatorProfile() = default;

EmulatorProfile::EmulatorProfile(std::shared_ptr<const Data> data)
    : d(std::move(data))
{ }

bool EmulatorProfile::isValid() const
{
    return d != nullptr;
}

EmulatorProfile EmulatorProfile::fromJson(
    const QByteArray &json, const QString &origin, QString *error)
{
    QString message;
    auto data = ProfileJsonReader::read(json, origin, &message);
    if (error)
        *error = message;
    if (!data)
        return {};
    return EmulatorProfile(std::move(data));
}

QList<EmulatorProfile> EmulatorProfile::loadAll(QStringList *errors)
{
    // Keyed by file name so that ~/.config/.../par.json replaces the built-in par.json; the
    // list keeps reading order so that, should two files claim one id, the later one wins.
    QList<std::pair<QString, EmulatorProfile>> loaded;
    for (const QString &dirPath : DataPaths::searchDirs(u"profiles"_s, "CHARON_PROFILE_DIR")) {
        const QDir dir(dirPath);
        if (!dir.exists())
            continue;
        const QStringList names = dir.entryList({ u"*.json"_s }, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            const QString path = dir.filePath(name);
            QFile file(path);
            QString error;
            EmulatorProfile profile;
            if (!file.open(QIODevice::ReadOnly)) {
                error = QCoreApplication::translate("EmulatorProfile", "%1: cannot read: %2")
                            .arg(path, file.errorString());
            } else if (file.size() > MaxProfileBytes) {
                error = QCoreApplication::translate("EmulatorProfile", "%1: too large").arg(path);
            } else {
                profile = fromJson(file.readAll(), path, &error);
            }
            if (!profile.isValid()) {
                if (errors)
                    errors->append(error);
                continue;
            }
            loaded.removeIf([&](const auto &entry) { return entry.first == name; });
            loaded.append({ name, profile });
        }
    }
    QMap<QString, EmulatorProfile> byId;
    for (const auto &entry : std::as_const(loaded))
        byId.insert(entry.second.id(), entry.second);
    return byId.values();
}

QString EmulatorProfile::id() const
{
    return d ? d->id : QString();
}
QString EmulatorProfile::displayName() const
{
    return d ? d->displayName : QString();
}
QString EmulatorProfile::description() const
{
    return d ? d->description : QString();
}
QString EmulatorProfile::note() const
{
    return d ? d->note : QString();
}
QString EmulatorProfile::origin() const
{
    return d ? d->origin : QString();
}
QString EmulatorProfile::detachedFlag() const
{
    return d ? d->detachedFlag : QString();
}

QList<EmulatorProfile::Executable> EmulatorProfile::executables() const
{
    return d ? d->executables : QList<Executable>();
}

QStringList EmulatorProfile::executableNames() const
{
    QStringList names;
    for (const Executable &e : executables())
        names.append(e.name);
    return names;
}

QList<EmulatorProfile::GuestOs> EmulatorProfile::guestOsChoices() const
{
    return d ? d->guestOs : QList<GuestOs>();
}

std::optional<EmulatorProfile::GuestOs> EmulatorProfile::guestOs(const QString &osId) const
{
    for (const GuestOs &os : guestOsChoices()) {
        if (os.id.compare(osId, Qt::CaseInsensitive) == 0)
            return os;
    }
    return std::nullopt;
}

QString EmulatorProfile::shutdownCommand(const QString &osId) const
{
    const auto os = guestOs(osId);
    return os ? os->shutdownCommand : QString();
}

EmulatorProfile::ConsolePowerOff EmulatorProfile::consolePowerOff() const
{
    return d ? d->consolePowerOff : ConsolePowerOff();
}

QStringList EmulatorProfile::defaultLogFiles() const
{
    return d ? d->defaultLogFiles : QStringList();
}

QList<EmulatorProfile::LogPattern> EmulatorProfile::logPatterns() const
{
    return d ? d->logPatterns : QList<LogPattern>();
}

QList<EmulatorProfile::LogMatch> EmulatorProfile::matchLogLine(const QString &line) const
{
    QList<LogMatch> matches;
    if (!d)
        return matches;
    for (const LogPattern &pattern : d->logPatterns) {
        const QRegularExpressionMatch m = pattern.regex.match(line);
        if (!m.hasMatch())
            continue;
        LogMatch match { pattern.kind, pattern.confirmed, {}, pattern.graceHours };
        for (const QString &group : pattern.regex.namedCaptureGroups()) {
            if (!group.isEmpty() && m.hasCaptured(group))
                match.captures.insert(group, m.captured(group));
        }
        matches.append(match);
    }
    return matches;
}

QList<EmulatorProfile::SettingRule> EmulatorProfile::settings() const
{
    return d ? d->settings : QList<SettingRule>();
}

bool EmulatorProfile::isKnownLine(const QString &line) const
{
    return d && anyMatches(d->known, line);
}

bool EmulatorProfile::hasKeySyntax() const
{
    return d && !d->keyPattern.pattern().isEmpty();
}

QRegularExpression EmulatorProfile::keyPattern() const
{
    return d ? d->keyPattern : QRegularExpression();
}

bool EmulatorProfile::keyRequiresEquals(const QString &key) const
{
    return d && anyMatches(d->requireEquals, key);
}

bool EmulatorProfile::keyForbidsEquals(const QString &key) const
{
    return d && anyMatches(d->forbidEquals, key);
}

bool EmulatorProfile::keyIsRepeatable(const QString &key) const
{
    return d && anyMatches(d->repeatable, key);
}

QRegularExpression EmulatorProfile::consoleListenPattern() const
{
    return (d ? *d : emptyData()).consoleListenPattern;
}

QString EmulatorProfile::bareConsoleListen() const
{
    return d ? d->bareConsoleListen : QString();
}

bool EmulatorProfile::isDisabledConsoleValue(const QString &value) const
{
    return d && d->disabledConsoleValues.contains(value, Qt::CaseInsensitive);
}

QRegularExpression EmulatorProfile::memoryValuePattern() const
{
    return (d ? *d : emptyData()).memoryValuePattern;
}

QString EmulatorProfile::memoryDefaultUnit() const
{
    return (d ? *d : emptyData()).memoryDefaultUnit;
}

int EmulatorProfile::maxNics() const
{
    return d ? d->maxNics : 0;
}

QString EmulatorProfile::defaultNicMappingMode() const
{
    return d ? d->defaultNicMappingMode : QString();
}

QStringList EmulatorProfile::nicMappingModes() const
{
    return d ? d->nicMappingModes : QStringList();
}

QString EmulatorProfile::implicitNicLink(const QString &adapter) const
{
    if (!d || d->implicitNicLink.isEmpty())
        return {};
    return QString(d->implicitNicLink).replace(u"{name}"_s, adapter);
}

int EmulatorProfile::detectScore(const QStringList &lines) const
{
    if (!d)
        return 0;
    int score = 0;
    for (const Data::DetectRule &rule : d->detect) {
        const bool hit = std::any_of(lines.cbegin(), lines.cend(),
            [&](const QString &line) { return rule.regex.match(line).hasMatch(); });
        if (hit)
            score += rule.weight;
    }
    return score;
}

} // namespace charon::core
