// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The files and directories one object watches, with QFileSystemWatcher's interface, but all
// sets of a thread share ONE QFileSystemWatcher, so one inotify instance. Linux allows 128
// inotify instances per user (fs.inotify.max_user_instances) across all of that user's
// processes; one QFileSystemWatcher per guest log would exhaust it at a hundred guests, and Qt
// then silently falls back to polling every file once a second. Paths are reference-counted
// between sets: a set that stops watching a path does not blind another set watching it.
// Signals reach only the sets that watch the path. As with QFileSystemWatcher, a file or
// directory that is deleted or renamed away leaves every set (after its change signal).

#include <QObject>
#include <QSet>
#include <QStringList>

namespace charon::core {

class WatchSet : public QObject
{
    Q_OBJECT

public:
    explicit WatchSet(QObject *parent = nullptr);
    ~WatchSet() override;

    // False when the path does not exist (or cannot be watched).
    bool addPath(const QString &path);
    QStringList addPaths(const QStringList &paths); // returns the paths not added
    bool removePath(const QString &path);
    QStringList removePaths(const QStringList &paths); // returns the paths not removed
    QStringList files() const;
    QStringList directories() const;
    // The same as files().contains(path), without copying the set (callers ask per path).
    bool watchesFile(const QString &path) const { return m_files.contains(path); }
    bool watchesDirectory(const QString &path) const { return m_directories.contains(path); }

    // inotify instances this process holds (tests: it stays at one however many sets exist).
    static int inotifyInstancesInProcess();

Q_SIGNALS:
    void fileChanged(const QString &path);
    void directoryChanged(const QString &path);

private:
    friend class WatchHub;
    QSet<QString> m_files;
    QSet<QString> m_directories;
};

} // namespace charon::core
