// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Small synchronous file helpers for tests (fine there, never in the product): write a file
// whole, append to one, read one back. Header-only, so unit, widget and integration programs
// share one copy instead of each keeping its own.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace charon::test {

// Replaces `path` with `content`, creating its folder; false when it could not be written.
inline bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(content) == content.size();
}
inline bool writeText(const QString &path, const QString &text)
{
    return writeFile(path, text.toUtf8());
}

// Adds `bytes` at the end of `path` (created when missing), as a log writer would.
inline bool appendToFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Append) && file.write(bytes) == bytes.size();
}

// The whole file; empty when it cannot be read.
inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
inline QString readText(const QString &path)
{
    return QString::fromUtf8(readFile(path));
}

} // namespace charon::test
