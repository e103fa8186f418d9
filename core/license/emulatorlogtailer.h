// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Follows one emulator log as `tail -F` would, woken by inotify (a WatchSet: one inotify instance
// shared by every tailer) rather than by a timer: it watches the file and its directory (or the
// nearest existing parent while the directory is missing), reads only the bytes appended since the
// last offset, starts over when the file shrinks or is replaced (rotation), and hands complete
// lines to the listener. Charon-PAR writes a new `charon-par.<date-time>-0000.log` per start in its
// working directory: followNewest() follows the newest file matching the profile's globs there.
// Memory stays bounded whatever the file holds: a line is capped, each wake-up reads at most
// a chunk, and a backlog too large to be worth reading is skipped down to its tail.

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace charon::core {

class WatchSet;

class EmulatorLogTailer : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 initialTailBytes = 256 * 1024; // read of a file that existed before we started
        int maxLineBytes = 64 * 1024; // longer lines are cut, the rest is dropped
        qint64 maxReadPerWake = 1024 * 1024; // the rest is read on the next event-loop turn
        qint64 maxBacklogBytes = 16 * 1024 * 1024; // more unread: skip to initialTailBytes
    };

    explicit EmulatorLogTailer(QObject *parent = nullptr);
    ~EmulatorLogTailer() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    Limits limits() const { return m_limits; }

    // Follows `path`, which may not exist yet. An existing file is read from its last
    // initialTailBytes; a file that appears later is read from its start.
    void followFile(const QString &path);
    // Follows the newest file in `directory` whose name matches one of `nameGlobs`, switching
    // when a newer one appears (after reading what is left of the old one).
    void followNewest(const QString &directory, const QStringList &nameGlobs);
    void stop();

    QString currentFile() const; // "" when no file is open
    qint64 position() const { return m_offset; } // bytes of currentFile() consumed so far
    // True while lines() carries text that was in the file before following began (the
    // initial tail), false for text written since.
    bool isReplaying() const { return m_replaying; }
    QStringList watchedPaths() const;

Q_SIGNALS:
    void lines(const QStringList &lines);
    // A file is being read from now on. `fresh`: it (or its content) is new since following
    // began: created, rotated or truncated; false for the file found at start.
    void fileOpened(const QString &path, bool fresh);
    // `bytes` of unread text were not read because there was too much of it.
    void skipped(qint64 bytes);

private:
    enum class Mode { Idle, File, Newest };

    void begin();
    void onFileChanged(const QString &path);
    void checkTarget();
    QString resolveTarget() const;
    bool isCurrentFile(const QString &path) const;
    bool openFile(const QString &path, bool fresh);
    void closeFile();
    void readAvailable();
    bool readChunk(); // true when more is waiting
    void scheduleRead();
    void skipTo(qint64 offset);
    QStringList split(const QByteArray &data);
    void flushPartial();
    void deliver(const QStringList &batch, bool replay);
    void rewatch();

    WatchSet *m_watcher = nullptr; // one shared inotify instance for all tailers
    Limits m_limits;
    Mode m_mode = Mode::Idle;
    QString m_target; // the file (Mode::File) or the directory (Mode::Newest)
    QList<QRegularExpression> m_globs; // the name globs, compiled
    bool m_started = false; // the first look is over: files seen from now on are fresh

    QFile m_file;
    QString m_path; // of m_file, which is opened by descriptor
    quint64 m_generation = 0; // bumped when a file is opened or closed
    quint64 m_device = 0;
    quint64 m_inode = 0;
    qint64 m_offset = 0;
    qint64 m_replayEnd = 0; // bytes before this offset are the initial tail
    QByteArray m_partial; // the start of a line whose end has not been written yet
    bool m_discarding = false; // dropping bytes up to the next newline
    bool m_readScheduled = false;
    bool m_replaying = false;
};

} // namespace charon::core
