// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// An emulator log as a LogFeed: the newest lines read backwards from where following begins
// (LogFileBackReader, on a worker thread), then every line written, from EmulatorLogTailer
// (inotify; survives rotation, truncation and replacement; a configured file or the newest of
// the profile's per-start files). Each line carries its file, inode and offset, so older ones
// are read again on request. What goes wrong with the file is said among the lines: it does
// not exist (yet), is gone, cannot be read, is not a regular file, holds binary data, or more
// was written than could be read (skipped); following goes on in every case.

#include "core/journal/logfeed.h"
#include "core/license/emulatorlogtailer.h"

#include <QStringList>

class QThread;

namespace charon::core {

class LogFileBackReader;
class WatchSet;

class EmulatorLogFeed : public LogFeed
{
    Q_OBJECT

public:
    struct Source
    {
        QString file; // a configured log file, or
        QString directory; // the directory of per-start log files
        QStringList globs; // their names
    };

    explicit EmulatorLogFeed(const Source &source, QObject *parent = nullptr);
    ~EmulatorLogFeed() override;

    // For tailers started from now on (tests use small limits).
    void setTailerLimits(const EmulatorLogTailer::Limits &limits) { m_limits = limits; }

    void start(int lines) override;
    void fetchOlder(const LogLine &first, int lines) override;
    QString description() const override;
    QString currentFile() const; // "" while none is open

private:
    void onFileOpened(const QString &path, bool fresh);
    void onLines(const QStringList &lines);
    void onSkipped(qint64 bytes);
    void onDirectoryChanged();
    void onBackRead(
        quint64 token, const QList<LogLine> &lines, bool complete, const QString &error);
    void deliver(const QList<LogLine> &lines);
    void noteMissing();
    qint64 partialBytes(const QString &path, qint64 end) const;

    Source m_source;
    EmulatorLogTailer::Limits m_limits;
    EmulatorLogTailer *m_tailer = nullptr;
    WatchSet *m_watch = nullptr;
    QThread *m_thread;
    LogFileBackReader *m_reader; // lives on m_thread
    QString m_file; // the file being followed
    quint64 m_inode = 0;
    bool m_binaryNoted = false;
    QString m_noted; // the last "missing / unreadable" remark, not repeated
    // The first read: live lines wait until the lines before them are in.
    quint64 m_token = 0;
    quint64 m_startToken = 0;
    bool m_loading = false;
    QList<LogLine> m_pending;
    int m_startLines = 0;
};

} // namespace charon::core
