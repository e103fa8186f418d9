// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/units/unitenablement.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {
const QString kEnabled = u"enabled"_s;
const QString kEnabledRuntime = u"enabled-runtime"_s;
const QString kMasked = u"masked"_s;
const QString kMaskedRuntime = u"masked-runtime"_s;

QString runtimeDir()
{
    const QString dir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return dir.isEmpty() ? u"/run/user/%1"_s.arg(getuid()) : dir;
}

bool isDependencyDir(const QString &name)
{
    return name.endsWith(u".wants"_s) || name.endsWith(u".requires"_s)
        || name.endsWith(u".upholds"_s);
}
} // namespace

UnitEnablement::UnitEnablement(UnitScope scope)
{
    if (scope == UnitScope::System) {
        m_persistent = { u"/etc/systemd/system"_s };
        m_runtime = { u"/run/systemd/system"_s };
    } else {
        // The user's own configuration, then the administrator's for every user (--global).
        m_persistent = { UnitFile::defaultDirectory(UnitScope::User), u"/etc/systemd/user"_s };
        m_runtime = { runtimeDir() + u"/systemd/user"_s, u"/run/systemd/user"_s };
    }
}

UnitEnablement::UnitEnablement(const QStringList &persistentDirs, const QStringList &runtimeDirs)
    : m_persistent(persistentDirs)
    , m_runtime(runtimeDirs)
{ }

void UnitEnablement::scan(const QString &unitPattern)
{
    m_states.clear();
    // Directories in systemd's order of precedence: persistent configuration before runtime.
    // The first one holding an entry of a unit's name decides whether it is masked: a mask
    // below the unit's own file is shadowed by it (systemctl says "disabled" then).
    QSet<QString> decided;
    for (const QString &dir : std::as_const(m_persistent))
        scanMasks(dir, false, unitPattern, &decided);
    for (const QString &dir : std::as_const(m_runtime))
        scanMasks(dir, true, unitPattern, &decided);
    // Links: persistent ones say "enabled" whatever /run adds; runtime ones alone say
    // "enabled-runtime". A mask wins over both.
    for (const QString &dir : std::as_const(m_persistent))
        scanLinks(dir, false, unitPattern);
    for (const QString &dir : std::as_const(m_runtime))
        scanLinks(dir, true, unitPattern);
}

void UnitEnablement::scanMasks(
    const QString &dir, bool runtime, const QString &unitPattern, QSet<QString> *decided)
{
    const QDir top(dir);
    const QFileInfoList entries = top.entryInfoList({ unitPattern }, QDir::Files | QDir::System);
    for (const QFileInfo &entry : entries) {
        if (decided->contains(entry.fileName()))
            continue;
        decided->insert(entry.fileName());
        if (entry.isSymLink() && entry.symLinkTarget() == u"/dev/null"_s)
            m_states.insert(entry.fileName(), runtime ? kMaskedRuntime : kMasked);
    }
}

void UnitEnablement::scanLinks(const QString &dir, bool runtime, const QString &unitPattern)
{
    // <dir>/<target>.wants/<unit>: a link; its name is what counts.
    const QDir top(dir);
    for (const QString &sub : top.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!isDependencyDir(sub))
            continue;
        const QDir deps(top.filePath(sub));
        for (const QString &unit : deps.entryList({ unitPattern }, QDir::Files | QDir::System)) {
            if (!m_states.contains(unit))
                m_states.insert(unit, runtime ? kEnabledRuntime : kEnabled);
        }
    }
}

QString UnitEnablement::state(const QString &unit) const
{
    return m_states.value(unit, u"disabled"_s);
}

} // namespace charon::core
