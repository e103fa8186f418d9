// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/config/configsummarycache.h"

#include "core/config/configparser.h"
#include "core/support/datapaths.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMutexLocker>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace charon::core {

// A field added to ConfigSummary must be stored below too (and FormatVersion bumped): this
// trips when the struct's size changes on the 64-bit platforms we build for.
static_assert(sizeof(void *) != 8 || sizeof(ConfigSummary) == 296,
    "ConfigSummary changed: store the new field in ConfigSummaryCache and bump FormatVersion");

namespace {

constexpr quint32 Magic = 0x43435343; // "CSCC"
constexpr auto StreamVersion = QDataStream::Qt_6_4;

QString keyOf(const QString &path, const QString &profileId)
{
    return path + QChar(0) + profileId;
}

qint64 nanoseconds(const struct timespec &t)
{
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

// stat(2) of a regular file; nullopt for anything else (missing, directory, FIFO...).
std::optional<ConfigSummaryCache::Stamp> stampOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return std::nullopt;
    ConfigSummaryCache::Stamp s;
    s.size = st.st_size;
    s.mtimeNs = nanoseconds(st.st_mtim);
    s.ctimeNs = nanoseconds(st.st_ctim);
    s.inode = st.st_ino;
    s.device = st.st_dev;
    return s;
}

void writeSummary(QDataStream &out, const ConfigSummary &s)
{
    out << s.filePath << (s.modifiedAt.isValid() ? s.modifiedAt.toMSecsSinceEpoch() : qint64(-1))
        << s.profileId << s.configurationName << s.model << qint32(s.cpus) << qint32(s.memoryMB)
        << qint32(s.consolePort) << s.consoleListenAddress << s.consoleExposed << s.logPath
        << s.breakOn << s.stopOn << s.licenseKeyIds;
    out << quint32(s.nics.size());
    for (const NicConfig &n : s.nics)
        out << n.name << n.interface << n.mappingMode << qint32(n.line);
    out << quint32(s.issues.size());
    for (const ConfigIssue &i : s.issues)
        out << qint32(i.severity) << i.file << qint32(i.line) << i.message;
}

bool readSummary(QDataStream &in, ConfigSummary &s)
{
    qint64 modified = -1;
    qint32 cpus = 0, memory = 0, port = 0;
    in >> s.filePath >> modified >> s.profileId >> s.configurationName >> s.model >> cpus >> memory
        >> port >> s.consoleListenAddress >> s.consoleExposed >> s.logPath >> s.breakOn >> s.stopOn
        >> s.licenseKeyIds;
    s.modifiedAt = modified >= 0 ? QDateTime::fromMSecsSinceEpoch(modified) : QDateTime();
    s.cpus = cpus;
    s.memoryMB = memory;
    s.consolePort = port;
    quint32 count = 0;
    in >> count;
    // Each NIC or issue takes several bytes: a count beyond what is left is corruption.
    if (in.status() != QDataStream::Ok || count > quint32(in.device()->bytesAvailable()))
        return false;
    for (quint32 i = 0; i < count; ++i) {
        NicConfig n;
        qint32 line = 0;
        in >> n.name >> n.interface >> n.mappingMode >> line;
        n.line = line;
        s.nics.append(n);
    }
    in >> count;
    if (in.status() != QDataStream::Ok || count > quint32(in.device()->bytesAvailable()))
        return false;
    for (quint32 i = 0; i < count; ++i) {
        ConfigIssue issue;
        qint32 severity = 0, line = 0;
        in >> severity >> issue.file >> line >> issue.message;
        if (severity < qint32(ConfigIssue::Severity::Info)
            || severity > qint32(ConfigIssue::Severity::Error))
            return false;
        issue.severity = ConfigIssue::Severity(severity);
        issue.line = line;
        s.issues.append(issue);
    }
    return in.status() == QDataStream::Ok;
}

QByteArray encode(
    const QByteArray &fingerprint, const QHash<QString, ConfigSummaryCache::Entry> &entries)
{
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(StreamVersion);
        out << quint32(entries.size());
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            const ConfigSummaryCache::Stamp &st = it->stamp;
            out << it.key() << st.size << st.mtimeNs << st.ctimeNs << st.inode << st.device;
            writeSummary(out, it->summary);
        }
    }
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(StreamVersion);
    out << Magic << ConfigSummaryCache::FormatVersion << fingerprint << payload
        << QCryptographicHash::hash(payload, QCryptographicHash::Sha256);
    return bytes;
}

// Empty when the bytes are not a whole cache of this format and fingerprint.
QHash<QString, ConfigSummaryCache::Entry> decode(
    const QByteArray &bytes, const QByteArray &fingerprint)
{
    QDataStream in(bytes);
    in.setVersion(StreamVersion);
    quint32 magic = 0, version = 0;
    QByteArray storedFingerprint, payload, digest;
    in >> magic >> version;
    if (in.status() != QDataStream::Ok || magic != Magic
        || version != ConfigSummaryCache::FormatVersion)
        return {};
    in >> storedFingerprint >> payload >> digest;
    if (in.status() != QDataStream::Ok || storedFingerprint != fingerprint
        || digest != QCryptographicHash::hash(payload, QCryptographicHash::Sha256))
        return {};
    QDataStream body(payload);
    body.setVersion(StreamVersion);
    quint32 count = 0;
    body >> count;
    if (body.status() != QDataStream::Ok || count > quint32(payload.size()))
        return {};
    QHash<QString, ConfigSummaryCache::Entry> entries;
    entries.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        QString key;
        ConfigSummaryCache::Entry e;
        body >> key >> e.stamp.size >> e.stamp.mtimeNs >> e.stamp.ctimeNs >> e.stamp.inode
            >> e.stamp.device;
        if (body.status() != QDataStream::Ok || !readSummary(body, e.summary))
            return {};
        entries.insert(key, e);
    }
    return entries;
}

void addFileIdentity(QCryptographicHash &hash, const QString &path)
{
    struct stat st = {};
    hash.addData(QFile::encodeName(path));
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        hash.addData("-");
        return;
    }
    hash.addData(QByteArray(QByteArray::number(qint64(st.st_size)) + ' '
        + QByteArray::number(nanoseconds(st.st_mtim)) + ' '
        + QByteArray::number(nanoseconds(st.st_ctim)) + ' ' + QByteArray::number(quint64(st.st_ino))
        + '\n'));
}

} // namespace

ConfigSummaryCache::ConfigSummaryCache(const QString &filePath)
    : m_path(filePath)
{ }

QString ConfigSummaryCache::defaultPath()
{
    // GenericCacheLocation is $XDG_CACHE_HOME, else ~/.cache.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (base.isEmpty())
        return {};
    return base + u"/charon-manager/config-summaries"_s;
}

QByteArray ConfigSummaryCache::fingerprint()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayLiteral(CHARON_VERSION "\n"));
    // This program: a rebuilt or upgraded parser (or built-in profiles) is another executable.
    addFileIdentity(hash, u"/proc/self/exe"_s);
    // Profiles and the model catalogue outside the executable (the built-in ones are in it).
    const auto dataFiles = [&hash](const QStringList &dirs, const QStringList &patterns) {
        for (const QString &dir : dirs) {
            if (dir.startsWith(u':'))
                continue;
            hash.addData(QByteArray(QFile::encodeName(dir) + '\n'));
            const QStringList names = QDir(dir).entryList(patterns, QDir::Files, QDir::Name);
            for (const QString &name : names)
                addFileIdentity(hash, dir + u'/' + name);
        }
    };
    dataFiles(DataPaths::searchDirs(u"profiles"_s, "CHARON_PROFILE_DIR"), { u"*.json"_s });
    dataFiles(DataPaths::searchDirs({}, "CHARON_MODEL_DIR"), { u"models.tsv"_s });
    // Issue messages are translated when parsed.
    hash.addData(QLocale().uiLanguages().join(u',').toUtf8());
    return hash.result();
}

int ConfigSummaryCache::hits() const
{
    QMutexLocker lock(&m_mutex);
    return m_hits;
}

int ConfigSummaryCache::misses() const
{
    QMutexLocker lock(&m_mutex);
    return m_misses;
}

QHash<QString, ConfigSummaryCache::Entry> ConfigSummaryCache::readFileEntries() const
{
    if (m_path.isEmpty())
        return {};
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return {};
    QFile file;
    struct stat st = {};
    // Another user's file (`sudo -E`), or not a plain file: not ours to trust.
    if (::fstat(fd, &st) != 0 || st.st_uid != ::geteuid() || !S_ISREG(st.st_mode)
        || !file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return {};
    }
    return decode(file.readAll(), m_fingerprint);
}

void ConfigSummaryCache::loadLocked()
{
    if (m_loaded)
        return;
    m_loaded = true;
    if (m_path.isEmpty())
        return;
    m_fingerprint = fingerprint();
    m_entries = readFileEntries();
}

std::optional<ConfigSummary> ConfigSummaryCache::cached(
    const QString &path, const QString &profileId)
{
    const auto stamp = stampOf(path);
    QMutexLocker lock(&m_mutex);
    loadLocked();
    if (!stamp || m_path.isEmpty())
        return std::nullopt;
    const auto it = m_entries.constFind(keyOf(path, profileId));
    if (it == m_entries.cend() || it->stamp != *stamp)
        return std::nullopt;
    ++m_hits;
    return it->summary;
}

ConfigSummary ConfigSummaryCache::parseFile(const QString &path, const QString &profileId)
{
    const auto before = stampOf(path);
    const QString key = keyOf(path, profileId);
    {
        QMutexLocker lock(&m_mutex);
        loadLocked();
        if (before && !m_path.isEmpty()) {
            const auto it = m_entries.constFind(key);
            if (it != m_entries.cend() && it->stamp == *before) {
                ++m_hits;
                return it->summary;
            }
        }
        ++m_misses;
    }
    const ConfigSummary summary = ConfigParser::parseFile(path, profileId);
    if (!before || m_path.isEmpty())
        return summary;
    // Stored only when the file stood still while it was read, and long enough before that a
    // later change cannot carry the same timestamps.
    const auto after = stampOf(path);
    struct timespec now = {};
    ::clock_gettime(CLOCK_REALTIME, &now);
    const qint64 nowNs = nanoseconds(now);
    const qint64 changedNs = std::max(before->mtimeNs, before->ctimeNs);
    if (!after || *after != *before || nowNs - changedNs < m_racyWindowMs * 1000000)
        return summary;
    QMutexLocker lock(&m_mutex);
    m_entries.insert(key, { *before, summary });
    m_new.insert(key, { *before, summary });
    return summary;
}

bool ConfigSummaryCache::save()
{
    QMutexLocker lock(&m_mutex);
    if (m_path.isEmpty())
        return false;
    if (m_new.isEmpty())
        return true;
    if (m_fingerprint.isEmpty())
        m_fingerprint = fingerprint();
    // What others saved meanwhile stays, unless it is about a file parsed here again.
    QHash<QString, Entry> merged = readFileEntries();
    for (auto it = m_new.cbegin(); it != m_new.cend(); ++it)
        merged.insert(it.key(), it.value());
    // Bounded: past the limit, entries of this run are kept first.
    if (merged.size() > MaxEntries) {
        QHash<QString, Entry> kept = m_new;
        for (auto it = merged.cbegin(); it != merged.cend() && kept.size() < MaxEntries; ++it)
            kept.insert(it.key(), it.value());
        merged = kept;
    }
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return false;
    // Written beside it, then renamed over it: readers see the old file or the new one. No
    // fsync (QSaveFile's): after a crash a torn file fails its checksum and is rewritten.
    QTemporaryFile file(m_path + u".XXXXXX"_s);
    const QByteArray bytes = encode(m_fingerprint, merged);
    if (!file.open() || file.write(bytes) != bytes.size() || !file.flush())
        return false;
    if (::rename(
            QFile::encodeName(file.fileName()).constData(), QFile::encodeName(m_path).constData())
        != 0)
        return false;
    file.setAutoRemove(false);
    m_new.clear();
    return true;
}

} // namespace charon::core
