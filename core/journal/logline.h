// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// One line of a log as the logs tab shows it: when, how severe (syslog levels, 0 emergency to
// 7 debug, as the journal's PRIORITY), who wrote it, the text, and where it lies in its source
// (a journal cursor, or a file, its inode and the byte offset of the line) so that the lines
// before it can be read again once the view has let them go. `fields` keeps the few journal
// fields the history needs (MESSAGE_ID, JOB_TYPE, JOB_RESULT, UNIT_RESULT, EXIT_CODE,
// EXIT_STATUS) when present.

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

namespace charon::core {

struct LogLine
{
    Q_DECLARE_TR_FUNCTIONS(LogLine)

public:
    enum Priority { Emergency = 0, Alert, Critical, Error, Warning, Notice, Info, Debug };
    enum class Kind {
        Text, // a line of the source
        Notice, // a remark of ours about the source (rotated, deleted, unreadable ...)
    };

    QDateTime time;
    int priority = Info;
    Kind kind = Kind::Text;
    QString origin; // "charon-guest-sim[1234]", "systemd[1]"; "" for a file
    QString text;
    QString cursor; // journal lines
    QString file; // file lines: the file, its inode, the offset of the line's first byte
    quint64 inode = 0;
    qint64 offset = -1;
    QHash<QString, QString> fields;

    // A remark of ours, shown in the view among the lines, at `priority`.
    static LogLine notice(const QString &text, int priority = Notice);
    // The level an emulator log line states (`ERROR:`, `WARN :`, `FATAL`, `err:` ...), Info
    // when it states none.
    static int emulatorPriority(const QString &line);
    // Text for people from raw bytes: UTF-8, with control characters shown as U+FFFD; data
    // that is not text at all (NUL bytes, mostly control bytes) becomes "[binary data, N
    // bytes]" and sets *binary.
    static QString fromRaw(const QByteArray &bytes, bool *binary = nullptr);
    // "error", "warning" ... for people.
    static QString priorityName(int priority);
};

} // namespace charon::core

Q_DECLARE_METATYPE(charon::core::LogLine)
