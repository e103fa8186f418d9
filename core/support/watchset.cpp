// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/support/watchset.h"

#include <QDir>
#include <QFile>
#include <QFileSystemWatcher>
#include <QHash>
#include <QPointer>

#include <memory>

namespace charon::core {

// The one QFileSystemWatcher of a thread, shared by its WatchSets, alive while any set is.
class WatchHub : public QObject
{
public:
    WatchHub()
    {
        connect(&m_watcher, &QFileSystemWatcher::fileChanged, this,
            [this](const QString &path) { dispatch(path, false); });
        connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            [this](const QString &path) { dispatch(path, true); });
    }

    bool add(WatchSet *set, const QString &path)
    {
        if (set->m_files.contains(path) || set->m_directories.contains(path))
            return true;
        if (!m_users.contains(path)) {
            if (!m_watcher.addPath(path))
                return false;
        }
        m_users[path].insert(set);
        if (m_watcher.directories().contains(path))
            set->m_directories.insert(path);
        else
            set->m_files.insert(path);
        return true;
    }

    bool remove(WatchSet *set, const QString &path)
    {
        if (!set->m_files.remove(path) && !set->m_directories.remove(path))
            return false;
        auto it = m_users.find(path);
        if (it == m_users.end())
            return true;
        it->remove(set);
        if (it->isEmpty()) {
            m_users.erase(it);
            m_watcher.removePath(path);
        }
        return true;
    }

    void removeAll(WatchSet *set)
    {
        const QSet<QString> paths = set->m_files + set->m_directories;
        for (const QString &path : paths)
            remove(set, path);
    }

private:
    void dispatch(const QString &path, bool directory)
    {
        const QSet<WatchSet *> users = m_users.value(path);
        // Gone from inotify (deleted or renamed away): gone from every set, as from a
        // QFileSystemWatcher, so that adding it again really watches it again.
        const bool gone = directory ? !m_watcher.directories().contains(path)
                                    : !m_watcher.files().contains(path);
        if (gone) {
            m_users.remove(path);
            for (WatchSet *set : users) {
                set->m_files.remove(path);
                set->m_directories.remove(path);
            }
        }
        // A listener may delete a set, or this hub with the last set: guarded pointers only.
        QList<QPointer<WatchSet>> targets;
        for (WatchSet *set : users)
            targets << set;
        for (const QPointer<WatchSet> &set : std::as_const(targets)) {
            if (!set)
                continue;
            if (directory)
                Q_EMIT set->directoryChanged(path);
            else
                Q_EMIT set->fileChanged(path);
        }
    }

    QFileSystemWatcher m_watcher;
    QHash<QString, QSet<WatchSet *>> m_users;
};

namespace {
thread_local std::unique_ptr<WatchHub> t_hub;
thread_local int t_sets = 0;
} // namespace

WatchSet::WatchSet(QObject *parent)
    : QObject(parent)
{
    if (t_sets++ == 0)
        t_hub = std::make_unique<WatchHub>();
}

WatchSet::~WatchSet()
{
    t_hub->removeAll(this);
    // The last set may be deleted by a listener while the hub is delivering a change: the hub
    // goes once control is back in the event loop, not under its own feet.
    if (--t_sets == 0)
        t_hub.release()->deleteLater();
}

bool WatchSet::addPath(const QString &path)
{
    return !path.isEmpty() && t_hub->add(this, path);
}

QStringList WatchSet::addPaths(const QStringList &paths)
{
    QStringList failed;
    for (const QString &path : paths) {
        if (!addPath(path))
            failed << path;
    }
    return failed;
}

bool WatchSet::removePath(const QString &path)
{
    return t_hub->remove(this, path);
}

QStringList WatchSet::removePaths(const QStringList &paths)
{
    QStringList failed;
    for (const QString &path : paths) {
        if (!removePath(path))
            failed << path;
    }
    return failed;
}

QStringList WatchSet::files() const
{
    return QStringList(m_files.cbegin(), m_files.cend());
}

QStringList WatchSet::directories() const
{
    return QStringList(m_directories.cbegin(), m_directories.cend());
}

int WatchSet::inotifyInstancesInProcess()
{
    int count = 0;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot)) {
        if (QFile::symLinkTarget(fds.filePath(fd)).contains(QStringLiteral("inotify")))
            ++count;
    }
    return count;
}

} // namespace charon::core
