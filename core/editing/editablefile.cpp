// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/editing/editablefile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

bool writeAll(const QString &path, const QByteArray &data,
    std::optional<QFileDevice::Permissions> permissions, QString *why)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *why = file.errorString();
        return false;
    }
    if (permissions)
        file.setPermissions(*permissions);
    if (file.write(data) != data.size()) {
        *why = file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *why = file.errorString();
        return false;
    }
    return true;
}

} // namespace

EditableFile::EditableFile(const QString &path)
    : m_path(path)
{ }

QString EditableFile::binaryReason(const QByteArray &data)
{
    if (data.contains('\0'))
        return tr("it holds binary data (NUL bytes), not text");
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(data); // decode() is lazy: convert now
    if (decoder.hasError())
        return tr("it is not UTF-8 text");
    return {};
}

bool EditableFile::load(QString *error, bool allowMissing)
{
    const QFileInfo info(m_path);
    if (!info.exists()) {
        if (!allowMissing) {
            *error = tr("Cannot open %1: no such file.").arg(m_path);
            return false;
        }
        m_loaded.clear();
        m_fingerprint = fingerprintOf(m_path);
        return true;
    }
    if (info.isDir()) {
        *error = tr("Cannot open %1: it is a directory.").arg(m_path);
        return false;
    }
    if (info.size() >= MaxBytes) {
        *error = tr("Cannot open %1: it is %2 MB, larger than the %3 MB an editor here accepts; "
                    "a configuration or script is never that large.")
                     .arg(m_path)
                     .arg(info.size() / (1024 * 1024))
                     .arg(MaxBytes / (1024 * 1024));
        return false;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2.").arg(m_path, file.errorString());
        return false;
    }
    const QByteArray data = file.read(MaxBytes);
    const QString binary = binaryReason(data);
    if (!binary.isEmpty()) {
        *error = tr("Cannot open %1: %2.").arg(m_path, binary);
        return false;
    }
    m_loaded = data;
    m_fingerprint = fingerprintOf(m_path);
    return true;
}

FileFingerprint EditableFile::fingerprintOf(const QString &path)
{
    FileFingerprint print;
    const QFileInfo info(path);
    if (!info.exists())
        return print;
    print.exists = true;
    print.size = info.size();
    print.modified = info.lastModified();
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        print.sha256 = hash.result();
    }
    return print;
}

void EditableFile::adopt(const QByteArray &data, bool exists)
{
    m_loaded = data;
    m_fingerprint = {};
    m_fingerprint.exists = exists;
    if (exists) {
        m_fingerprint.size = data.size();
        m_fingerprint.sha256 = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    }
}

bool EditableFile::changedOnDisk() const
{
    return fingerprintOf(m_path) != m_fingerprint;
}

std::optional<QByteArray> EditableFile::readDisk(QString *error) const
{
    QFile file(m_path);
    if (!file.exists())
        return QByteArray();
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2.").arg(m_path, file.errorString());
        return std::nullopt;
    }
    return file.read(MaxBytes);
}

EditableFile::SaveResult EditableFile::save(
    const QByteArray &data, QString *error, bool overwriteChanges)
{
    if (!overwriteChanges && changedOnDisk()) {
        *error = tr("%1 was changed by someone else since it was opened; nothing was written.")
                     .arg(m_path);
        return SaveResult::Conflict;
    }
    const QFileInfo info(m_path);
    std::optional<QFileDevice::Permissions> permissions = m_permissions;
    QString why;
    if (info.exists()) {
        if (!permissions)
            permissions = QFile::permissions(m_path);
        QString readError;
        const std::optional<QByteArray> old = readDisk(&readError);
        if (!old) {
            *error = readError + u' ' + tr("%1 is unchanged.").arg(m_path);
            return SaveResult::Failed;
        }
        // The backup is as private as the file it keeps.
        if (!writeAll(backupPath(), *old, permissions, &why)) {
            *error = tr("Could not keep the previous version as %1 (%2); %3 is unchanged.")
                         .arg(backupPath(), why, m_path);
            return SaveResult::Failed;
        }
    } else if (!QDir().mkpath(info.absolutePath())) {
        *error
            = tr("Could not create the folder %1; nothing was written.").arg(info.absolutePath());
        return SaveResult::Failed;
    }
    if (!writeAll(m_path, data, permissions, &why)) {
        *error = info.exists()
            ? tr("Could not save %1 (%2); the file is unchanged.").arg(m_path, why)
            : tr("Could not save %1 (%2); nothing was written.").arg(m_path, why);
        return SaveResult::Failed;
    }
    m_loaded = data;
    m_fingerprint = fingerprintOf(m_path);
    return SaveResult::Saved;
}

} // namespace charon::core
