// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A text file opened for editing. Opening refuses what an editor must not load (more than
// 64 MB, binary content) with a sentence naming the file. It remembers what it loaded (size,
// modification time, SHA-256 of the content) so that a change made by someone else is noticed
// before a save could overwrite it. Saving is atomic (QSaveFile: a complete temporary file
// renamed over the old one) and keeps the previous version beside it as `<file>~`; when
// anything fails (a full disk, no permission) the old file is left exactly as it was.

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileDevice>
#include <QString>

#include <optional>

namespace charon::core {

struct FileFingerprint
{
    bool exists = false;
    qint64 size = -1;
    QDateTime modified;
    QByteArray sha256;
    friend bool operator==(const FileFingerprint &, const FileFingerprint &) = default;
};

class EditableFile
{
    Q_DECLARE_TR_FUNCTIONS(EditableFile)

public:
    static constexpr qint64 MaxBytes = 64 * 1024 * 1024;

    explicit EditableFile(const QString &path = {});
    QString path() const { return m_path; }
    static QString backupPathFor(const QString &path) { return path + u'~'; }
    QString backupPath() const { return backupPathFor(m_path); }

    // Reads the file. A missing file loads as empty when allowMissing (a script not written yet).
    // Refuses (false, *error naming the file) a directory, an unreadable file, one of
    // MaxBytes or more, and binary content (a NUL byte or invalid UTF-8).
    bool load(QString *error, bool allowMissing = false);
    QString text() const { return QString::fromUtf8(m_loaded); }
    QByteArray loadedBytes() const { return m_loaded; }
    FileFingerprint loadedFingerprint() const { return m_fingerprint; }

    // Takes `data` as what was loaded, read by someone else (the privileged helper, for a file
    // this process may not read); `exists`: whether there was a file. changedOnDisk() then
    // means nothing: the writer checks for changes.
    void adopt(const QByteArray &data, bool exists);

    static FileFingerprint fingerprintOf(const QString &path);
    // Whether the file on disk is no longer what was loaded (or last saved).
    bool changedOnDisk() const;
    // What is on disk now (for "show both versions"); nullopt with *error when unreadable.
    std::optional<QByteArray> readDisk(QString *error) const;
    // Whether `text` would refuse to load (binary); the sentence, else "".
    static QString binaryReason(const QByteArray &data);

    // Permissions given to the saved file; unset: the existing file's (0644 for a new one).
    void setPermissions(std::optional<QFileDevice::Permissions> permissions)
    {
        m_permissions = permissions;
    }

    enum class SaveResult { Saved, Conflict, Failed };
    // Saves `data`: first the version on disk goes to backupPath() (when the file exists), then
    // the new content replaces the file in one rename. Conflict (nothing written) when the file
    // changed on disk since load() and !overwriteChanges. On Failed, *error names the file and
    // says that it is unchanged.
    SaveResult save(const QByteArray &data, QString *error, bool overwriteChanges = false);

private:
    QString m_path;
    QByteArray m_loaded;
    FileFingerprint m_fingerprint;
    std::optional<QFileDevice::Permissions> m_permissions;
};

} // namespace charon::core
