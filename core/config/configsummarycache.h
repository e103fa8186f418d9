// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Parsed configuration summaries kept between runs: `charon-vm list` reads one cache file and
// stats every configuration instead of parsing each one (and loading the emulator profiles to
// do so). parseFile() returns exactly what ConfigParser::parseFile() would.
//
// An entry is keyed by the file's path and the profile asked for, and holds while the file's
// size, modification and change times (ns), inode and device are what they were when it was
// read. A file changed less than racyWindowMs() before it was read is parsed but not stored: a
// second change within the file system's timestamp granularity could otherwise go unseen. The
// whole file is tied to a fingerprint of what else a parse depends on: this program (its
// executable's identity), the profile and model files of the data directories, the language
// (issue messages are translated). Another fingerprint, a corrupt, truncated or foreign-version
// file: ignored, rewritten by the next save().
//
// One file per user: $XDG_CACHE_HOME/charon-manager/config-summaries (~/.cache when unset),
// root included: never a shared /var/cache, so nobody reads what another user wrote. A file not
// owned by the effective user is ignored (`sudo -E` keeps the caller's XDG_CACHE_HOME).
// Concurrent use: save() merges with what is on disk now and replaces the file atomically
// (a temporary file renamed over it), so a reader sees a whole old or a whole new file. A directory that cannot be
// read or written means no cache, never an error. Thread-safe: GuestFileLoader's threads call
// parseFile() at once.

#include "core/domain/configsummary.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

namespace charon::core {

class ConfigSummaryCache
{
public:
    // `filePath` "" = no cache file (parseFile() always parses).
    explicit ConfigSummaryCache(const QString &filePath = defaultPath());

    // $XDG_CACHE_HOME/charon-manager/config-summaries, "" when no cache directory is known.
    static QString defaultPath();
    QString filePath() const { return m_path; }

    ConfigSummary parseFile(const QString &path, const QString &profileId = {});
    // The stored summary when the file is unchanged (one stat, counted as a hit), else nullopt
    // and nothing counted: a caller can answer at once and leave parsing to a thread.
    std::optional<ConfigSummary> cached(const QString &path, const QString &profileId = {});
    // Writes what was parsed since the file was read, merged with the file as it is now.
    // Nothing to write: true at once. False when it cannot be written (not an error to report).
    bool save();

    int hits() const;
    int misses() const;

    static constexpr qint64 DefaultRacyWindowMs = 2000;
    void setRacyWindowMs(qint64 ms) { m_racyWindowMs = ms; }
    qint64 racyWindowMs() const { return m_racyWindowMs; }

    // The identity of everything but the file a parse depends on (see above).
    static QByteArray fingerprint();
    // Bump when the stored form or the parser's output changes in a way the executable's
    // identity would not show (it always does in practice; this is for the format).
    static constexpr quint32 FormatVersion = 1;
    static constexpr int MaxEntries = 4096;

    struct Stamp
    {
        qint64 size = -1;
        qint64 mtimeNs = 0;
        qint64 ctimeNs = 0;
        quint64 inode = 0;
        quint64 device = 0;
        friend bool operator==(const Stamp &, const Stamp &) = default;
    };
    struct Entry
    {
        Stamp stamp;
        ConfigSummary summary;
    };

private:
    void loadLocked();
    QHash<QString, Entry> readFileEntries() const;

    QString m_path;
    qint64 m_racyWindowMs = DefaultRacyWindowMs;
    mutable QMutex m_mutex;
    bool m_loaded = false;
    QByteArray m_fingerprint;
    QHash<QString, Entry> m_entries; // key: path + '\0' + asked-for profile id
    QHash<QString, Entry> m_new; // parsed in this process, not yet saved
    int m_hits = 0;
    int m_misses = 0;
};

} // namespace charon::core
