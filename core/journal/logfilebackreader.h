// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Reads a log file backwards: the lines that end before a byte offset, newest last, at most so
// many lines and so many bytes (a huge log costs a bounded read). read() is the pure part
// (tests call it); as an object it serves EmulatorLogFeed on a worker thread, so that a slow
// disk never stalls the window.

#include "core/journal/logline.h"

#include <QObject>

namespace charon::core {

class LogFileBackReader : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        QList<LogLine> lines;
        bool complete = false; // the file's first line is among them
        QString error; // "" when the file could be read
    };

    using QObject::QObject;

    // Lines of `path` before byte `end` (-1: the end of the file). `inode` (0: any) must be the
    // file's, else the file was replaced and the lines asked for are gone.
    static Result read(const QString &path, quint64 inode, qint64 end, int maxLines,
        qint64 maxBytes = 8 * 1024 * 1024);
    static constexpr int kMaxLineBytes = 64 * 1024;

    // Worker side: answers with done(token, ...).
    void request(quint64 token, const QString &path, quint64 inode, qint64 end, int maxLines);

Q_SIGNALS:
    void done(quint64 token, const QList<charon::core::LogLine> &lines, bool complete,
        const QString &error);
};

} // namespace charon::core
