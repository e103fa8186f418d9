// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Writing a file the way a configuration tool must: all or nothing (QSaveFile renames a
// complete temporary file over the old one) and with the previous version kept beside it as
// `<file>.bak`, so a bad edit is one `mv` away from undone. Used for unit files, drop-ins, the
// default-guest file and edited Charon configurations.

#include <QByteArray>
#include <QString>

namespace charon::core {

// Creates missing parent directories. Returns false with *error (naming the file) on failure;
// the old file is then untouched.
bool writeFileAtomically(
    const QString &path, const QByteArray &data, QString *error, bool keepBackup = true);
QString backupPathFor(const QString &path);

} // namespace charon::core
