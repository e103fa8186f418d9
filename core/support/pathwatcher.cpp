// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/support/pathwatcher.h"

#include <QDateTime>
#include <QFileInfo>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

// What a directory event may have done to a file: a rename over it changes the inode, a write
// the size or time. Empty when the file does not exist.
QString stampOf(const QString &path)
{
    struct stat st
    { };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QString::number(st.st_ino) + u':' + QString::number(st.st_size) + u':'
        + QString::number(st.st_mtim.tv_sec) + u'.' + QString::number(st.st_mtim.tv_nsec);
}

} // namespace

PathWatcher::PathWatcher(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &WatchSet::fileChanged, this, &PathWatcher::onFileChanged);
    connect(&m_watcher, &WatchSet::directoryChanged, this, &PathWatcher::onDirectoryChanged);
}

QString PathWatcher::directoryOf(const QString &path)
{
    return QFileInfo(path).absolutePath();
}

void PathWatcher::add(const QString &path)
{
    if (path.isEmpty())
        return;
    const QString dir = directoryOf(path);
    if (m_paths.contains(path)) {
        // Already asked for: its folder (or the file) may exist by now where it did not before.
        if (!m_watcher.watchesDirectory(dir) && QFileInfo::exists(dir)) {
            m_watcher.addPath(dir);
            m_stamps.insert(path, stampOf(path));
        }
        watchFile(path);
        return;
    }
    m_paths.insert(path);
    if (m_directoryUsers[dir]++ == 0 && QFileInfo::exists(dir))
        m_watcher.addPath(dir);
    m_stamps.insert(path, stampOf(path));
    watchFile(path);
}

void PathWatcher::remove(const QString &path)
{
    if (!m_paths.remove(path))
        return;
    m_stamps.remove(path);
    if (m_watcher.watchesFile(path))
        m_watcher.removePath(path);
    const QString dir = directoryOf(path);
    if (--m_directoryUsers[dir] <= 0) {
        m_directoryUsers.remove(dir);
        if (m_watcher.watchesDirectory(dir))
            m_watcher.removePath(dir);
    }
}

void PathWatcher::setPaths(const QSet<QString> &paths)
{
    const QSet<QString> gone = m_paths - paths;
    for (const QString &path : gone)
        remove(path);
    for (const QString &path : paths)
        add(path);
}

void PathWatcher::watchFile(const QString &path)
{
    if (!m_watcher.watchesFile(path) && QFileInfo::exists(path))
        m_watcher.addPath(path);
}

void PathWatcher::onFileChanged(const QString &path)
{
    if (!m_paths.contains(path))
        return;
    m_stamps.insert(path, stampOf(path));
    // A file replaced by a rename left the watch; the new one is taken back (if there).
    watchFile(path);
    Q_EMIT changed(path);
}

void PathWatcher::onDirectoryChanged(const QString &directory)
{
    // Something in the directory was created, removed or renamed: only the watched paths whose
    // file is not what it was count as changed.
    const QSet<QString> paths = m_paths;
    for (const QString &path : paths) {
        if (directoryOf(path) != directory)
            continue;
        const QString stamp = stampOf(path);
        if (stamp == m_stamps.value(path))
            continue;
        m_stamps.insert(path, stamp);
        watchFile(path);
        Q_EMIT changed(path);
    }
}

} // namespace charon::core
