// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A console session written to a file as it happens: the guest's bytes after telnet decoding,
// exactly as the terminal got them (escape sequences included), so `less -R` or a grep shows
// what the console showed. Unbuffered: a crash of the manager loses nothing already received.
// A write error (disk full, file removed under a read-only mount...) stops the log and is
// reported through errorString(); the console goes on.

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QString>

namespace charon::core {

class ConsoleLogFile
{
public:
    // "<guest>-YYYYmmdd-HHMMSS.log", the name the save dialog suggests.
    static QString defaultFileName(const QString &guest, const QDateTime &when);

    // Creates or truncates `path`; false (with errorString()) when it cannot be written.
    bool open(const QString &path);
    // False when the write failed; the log is then closed.
    bool write(const QByteArray &bytes);
    void close();

    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }
    QString errorString() const { return m_error; }
    qint64 bytesWritten() const { return m_written; }

private:
    QFile m_file;
    QString m_error;
    qint64 m_written = 0;
};

} // namespace charon::core
