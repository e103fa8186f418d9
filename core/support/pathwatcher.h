// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Tells when files named by path change, the way an admin edits them: written in place, or
// replaced by a rename (what editors and atomic writers do), deleted and created again. A
// plain QFileSystemWatcher forgets a file once it is replaced; this one also watches each
// file's directory and takes the new file back under watch. Woken by inotify, never polled.
// A path that does not exist yet is watched through its directory (when that exists), so
// creating it is seen too.

#include "core/support/watchset.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace charon::core {

class PathWatcher : public QObject
{
    Q_OBJECT

public:
    explicit PathWatcher(QObject *parent = nullptr);

    // Paths are compared as given (absolute paths expected). Adding a path again takes its
    // folder and file under watch if they have appeared since (a folder missing at the first
    // add cannot be watched yet); removing an unwatched path does nothing.
    void add(const QString &path);
    void remove(const QString &path);
    // Keeps exactly `paths` under watch.
    void setPaths(const QSet<QString> &paths);
    QSet<QString> paths() const { return m_paths; }

Q_SIGNALS:
    // The file at `path` was written, replaced, created or removed.
    void changed(const QString &path);

private:
    void onFileChanged(const QString &path);
    void onDirectoryChanged(const QString &directory);
    void watchFile(const QString &path);
    static QString directoryOf(const QString &path);

    WatchSet m_watcher;
    QSet<QString> m_paths;
    QHash<QString, int> m_directoryUsers; // directory -> watched paths in it
    QHash<QString, QString> m_stamps; // path -> what it looked like (inode, size, mtime)
};

} // namespace charon::core
