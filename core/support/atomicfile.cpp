// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/support/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {
QString tr(const char *text)
{
    // lupdate files tr() calls made in free functions under the namespace's name.
    return QCoreApplication::translate("charon::core", text);
}
} // namespace

QString backupPathFor(const QString &path)
{
    return path + u".bak"_s;
}

bool writeFileAtomically(
    const QString &path, const QByteArray &data, QString *error, bool keepBackup)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, why);
        return false;
    };
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("cannot create directory %1").arg(info.absolutePath()));
    QByteArray previous;
    const bool hadPrevious = info.exists();
    if (hadPrevious && keepBackup) {
        QFile old(path);
        if (!old.open(QIODevice::ReadOnly))
            return fail(old.errorString());
        previous = old.readAll();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    file.write(data);
    // The backup is written first: if it fails, the original stays the only version, unchanged.
    if (hadPrevious && keepBackup) {
        QSaveFile backup(backupPathFor(path));
        if (!backup.open(QIODevice::WriteOnly) || backup.write(previous) != previous.size()
            || !backup.commit()) {
            file.cancelWriting();
            return fail(tr("cannot keep a backup: %1").arg(backup.errorString()));
        }
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace charon::core
