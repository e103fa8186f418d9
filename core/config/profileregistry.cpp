// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/config/profileregistry.h"

#include <QMutex>
#include <QMutexLocker>
#include <QThreadPool>

namespace charon::core {

namespace {

struct Cache
{
    QMutex mutex;
    bool loaded = false;
    QList<EmulatorProfile> profiles;
    QStringList errors;

    // Call with the mutex held.
    void ensureLoaded()
    {
        if (loaded)
            return;
        errors.clear();
        profiles = EmulatorProfile::loadAll(&errors);
        loaded = true;
    }
};

Cache &cache()
{
    static Cache instance;
    return instance;
}

} // namespace

void ProfileRegistry::preload()
{
    // The cache first: statics are destroyed in reverse order, so it outlives the pool that
    // waits for this task at exit.
    cache();
    QThreadPool::globalInstance()->start([] {
        QMutexLocker lock(&cache().mutex);
        cache().ensureLoaded();
    });
}

QList<EmulatorProfile> ProfileRegistry::profiles()
{
    QMutexLocker lock(&cache().mutex);
    cache().ensureLoaded();
    return cache().profiles;
}

std::optional<EmulatorProfile> ProfileRegistry::forId(const QString &id)
{
    QMutexLocker lock(&cache().mutex);
    cache().ensureLoaded();
    for (const EmulatorProfile &profile : std::as_const(cache().profiles)) {
        if (profile.id().compare(id, Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

QStringList ProfileRegistry::ids()
{
    QStringList out;
    for (const EmulatorProfile &profile : profiles())
        out.append(profile.id());
    return out;
}

QStringList ProfileRegistry::loadErrors()
{
    QMutexLocker lock(&cache().mutex);
    cache().ensureLoaded();
    return cache().errors;
}

void ProfileRegistry::reload()
{
    QMutexLocker lock(&cache().mutex);
    cache().loaded = false;
    cache().ensureLoaded();
}

} // namespace charon::core
