// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/units/guestunitscan.h"

#include "core/domain/guest.h"
#include "core/units/unitdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSet>

#include <cstdlib>
#include <limits>
#include <systemd/sd-path.h>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {
const QString kService = u"Service"_s;
const QString kDevNull = u"/dev/null"_s;
const QString kPattern = u"charon-guest-*.service"_s;

QString tr(const char *text)
{
    return QCoreApplication::translate("charon::core::GuestUnitScan", text);
}

bool isMask(const QFileInfo &entry)
{
    return entry.isSymLink() && entry.symLinkTarget() == kDevNull;
}

// A time span as systemd stores it: "infinity" (and 0) mean no limit.
quint64 timeSpanUs(const QString &text, quint64 fallback)
{
    if (text.trimmed().isEmpty())
        return fallback;
    const int seconds = parseTimeSpanSec(text);
    if (seconds < 0)
        return fallback;
    if (seconds == 0)
        return std::numeric_limits<quint64>::max();
    return quint64(seconds) * 1'000'000;
}
} // namespace

QStringList GuestUnitScan::searchPath(UnitScope scope)
{
    char **paths = nullptr;
    const uint64_t kind = scope == UnitScope::User ? SD_PATH_SYSTEMD_SEARCH_USER_UNIT
                                                   : SD_PATH_SYSTEMD_SEARCH_SYSTEM_UNIT;
    if (sd_path_lookup_strv(kind, nullptr, &paths) < 0 || !paths)
        return {};
    QStringList out;
    for (char **p = paths; *p; ++p) {
        out << QFile::decodeName(*p);
        std::free(*p);
    }
    std::free(paths);
    return out;
}

QStringList GuestUnitScan::dropInDirectoryNames(const QString &unit)
{
    const qsizetype dot = unit.lastIndexOf(u'.');
    if (dot <= 0)
        return { unit + u".d"_s };
    const QString type = unit.mid(dot + 1);
    const QString prefix = unit.left(dot);
    QStringList names { type + u".d"_s };
    // "a-b-c.service": "a-.service.d", "a-b-.service.d", then "a-b-c.service.d".
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (prefix.at(i) == u'-' && i > 0)
            names << prefix.left(i + 1) + u'.' + type + u".d"_s;
    }
    names << unit + u".d"_s;
    return names;
}

QList<ScannedGuestUnit> GuestUnitScan::scan(
    const QStringList &searchPath, UnitEnablement enablement, const QStringList &only)
{
    const QSet<QString> wanted(only.cbegin(), only.cend());
    // The first entry of a name in the path wins, as in systemd's unit name map.
    QMap<QString, ScannedGuestUnit> units;
    // The drop-in directories each directory of the path holds ("*.d"), listed once: most
    // units have none, and looking for each of them in every directory costs more than this.
    QHash<QString, QSet<QString>> dropInDirs;
    for (const QString &dir : searchPath) {
        const QStringList subdirs
            = QDir(dir).entryList({ u"*.d"_s }, QDir::Dirs | QDir::NoDotAndDotDot);
        dropInDirs.insert(dir, QSet<QString>(subdirs.cbegin(), subdirs.cend()));
        const QFileInfoList entries
            = QDir(dir).entryInfoList({ kPattern }, QDir::Files | QDir::System, QDir::Name);
        for (const QFileInfo &entry : entries) {
            const QString unit = entry.fileName();
            if (units.contains(unit) || guestNameFromUnit(unit).isEmpty()
                || (!wanted.isEmpty() && !wanted.contains(unit)))
                continue;
            ScannedGuestUnit scanned;
            scanned.unit = unit;
            scanned.path = entry.filePath();
            scanned.masked = isMask(entry);
            // systemd names a mask's link as the fragment (and still lists the drop-ins).
            scanned.fragmentPath
                = entry.isSymLink() && !scanned.masked ? entry.symLinkTarget() : entry.filePath();
            units.insert(unit, scanned);
        }
    }
    if (units.isEmpty())
        return {};
    enablement.scan();
    // Drop-in directories that exist, read once for all units.
    QHash<QString, QStringList> confsIn; // directory -> its *.conf entries
    const auto confs = [&confsIn](const QString &dir) -> const QStringList & {
        auto it = confsIn.find(dir);
        if (it == confsIn.end())
            it = confsIn.insert(
                dir, QDir(dir).entryList({ u"*.conf"_s }, QDir::Files | QDir::System, QDir::Name));
        return *it;
    };
    QList<ScannedGuestUnit> out;
    for (ScannedGuestUnit &u : units) {
        u.unitFileState = enablement.state(u.unit);
        {
            // systemd's order of lookup: per directory of the path the unit's own and prefix
            // directories, then the type's directory in every directory; the first file of a
            // name wins (a mask shadows it too), applied in file-name order.
            const QStringList names = dropInDirectoryNames(u.unit);
            QStringList dirs;
            for (const QString &base : searchPath) {
                const QSet<QString> &present = dropInDirs[base];
                for (qsizetype i = names.size() - 1; i >= 1; --i) {
                    if (present.contains(names.at(i)))
                        dirs << base + u'/' + names.at(i);
                }
            }
            for (const QString &base : searchPath) {
                if (dropInDirs[base].contains(names.first()))
                    dirs << base + u'/' + names.first();
            }
            QMap<QString, QString> byName; // file name -> path ("" when masked)
            for (const QString &dir : std::as_const(dirs)) {
                for (const QString &file : confs(dir)) {
                    if (byName.contains(file))
                        continue;
                    const QString path = dir + u'/' + file;
                    byName.insert(file, isMask(QFileInfo(path)) ? QString() : path);
                }
            }
            for (const QString &path : std::as_const(byName)) {
                if (!path.isEmpty())
                    u.dropInPaths << path;
            }
            if (!u.masked)
                readSettings(u);
        }
        out << u;
    }
    return out;
}

void GuestUnitScan::readSettings(ScannedGuestUnit &u)
{
    const auto readText = [](const QString &path, bool *ok) {
        QFile f(path);
        *ok = f.open(QIODevice::ReadOnly);
        return *ok ? QString::fromUtf8(f.readAll()) : QString();
    };
    bool ok = false;
    QList<UnitDocument> docs { UnitDocument(readText(u.fragmentPath, &ok)) };
    if (!ok) {
        u.error = tr("cannot read %1").arg(u.fragmentPath);
        return;
    }
    // No [Install] rules in the unit's own file: systemd calls a unit without links "static".
    bool installable = false;
    for (const QString &key : { u"WantedBy"_s, u"RequiredBy"_s, u"UpheldBy"_s, u"Alias"_s,
             u"Also"_s, u"DefaultInstance"_s })
        installable = installable || !docs.first().values(u"Install"_s, key).isEmpty();
    if (!installable && u.unitFileState == u"disabled"_s)
        u.unitFileState = u"static"_s;
    for (const QString &path : std::as_const(u.dropInPaths))
        docs << UnitDocument(readText(path, &ok));
    const MergedUnitDocument merged(docs);

    QString why;
    const auto start = parseExecLine(merged.scalar(kService, u"ExecStart"_s), &why);
    if (!start || start->argv.isEmpty()) {
        u.error = start ? tr("no ExecStart=") : why;
        return;
    }
    u.execStart = *start;
    for (const QString &line : merged.list(kService, u"ExecStartPre"_s)) {
        const auto pre = parseExecLine(line, &why);
        if (!pre) {
            u.error = why;
            return;
        }
        if (!pre->argv.isEmpty())
            u.execStartPre << *pre;
    }
    u.workingDirectory = unescapeSpecifiers(merged.scalar(kService, u"WorkingDirectory"_s));
    // TimeoutSec= sets both; the specific settings, wherever they come, override it.
    const quint64 both = timeSpanUs(merged.scalar(kService, u"TimeoutSec"_s), DefaultTimeoutUs);
    u.timeoutStartUs = timeSpanUs(merged.scalar(kService, u"TimeoutStartSec"_s), both);
    u.timeoutStopUs = timeSpanUs(merged.scalar(kService, u"TimeoutStopSec"_s), both);
    const QString oom = merged.scalar(kService, u"OOMScoreAdjust"_s).trimmed();
    u.oomScoreAdjust = oom.toInt(&ok);
    if (!ok)
        u.oomScoreAdjust = 0;
    u.restart = merged.scalar(kService, u"Restart"_s).trimmed();
    if (u.restart.isEmpty())
        u.restart = u"no"_s;
    u.readable = true;
}

} // namespace charon::core
