// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/license/emulatorlogtailer.h"

#include "core/support/watchset.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QTimer>

#include <algorithm>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

// One compiled expression per glob for the whole process: every guest of a profile follows the
// same names ("*.log"), and a QRegularExpression compiles (and JIT-compiles) on its first match,
// so 200 tailers each with their own copy cost 200 compiles on the GUI thread at startup.
// Copies share the compiled pattern.
QRegularExpression compiledGlob(const QString &glob)
{
    static QMutex mutex;
    static QHash<QString, QRegularExpression> compiled;
    QMutexLocker lock(&mutex);
    auto it = compiled.constFind(glob);
    if (it == compiled.cend())
        it = compiled.insert(glob, QRegularExpression::fromWildcard(glob, Qt::CaseSensitive));
    return *it;
}

struct FileId
{
    bool ok = false;
    bool regular = false;
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = 0;
};

FileId fromStat(const struct stat &st)
{
    return { true, S_ISREG(st.st_mode), quint64(st.st_dev), quint64(st.st_ino),
        qint64(st.st_size) };
}

FileId statPath(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return fromStat(st);
}

FileId statFd(int fd)
{
    struct stat st = {};
    if (fd < 0 || ::fstat(fd, &st) != 0)
        return {};
    return fromStat(st);
}

QString decodeLine(QByteArray bytes)
{
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

} // namespace

EmulatorLogTailer::EmulatorLogTailer(QObject *parent)
    : QObject(parent)
    , m_watcher(new WatchSet(this))
{
    connect(m_watcher, &WatchSet::fileChanged, this, &EmulatorLogTailer::onFileChanged);
    connect(m_watcher, &WatchSet::directoryChanged, this, &EmulatorLogTailer::checkTarget);
}

EmulatorLogTailer::~EmulatorLogTailer() = default;

void EmulatorLogTailer::followFile(const QString &path)
{
    stop();
    m_mode = Mode::File;
    m_target = QFileInfo(path).absoluteFilePath();
    begin();
}

void EmulatorLogTailer::followNewest(const QString &directory, const QStringList &nameGlobs)
{
    stop();
    m_mode = Mode::Newest;
    m_target = QFileInfo(directory).absoluteFilePath();
    // Compiled once per process, not on every look at the directory.
    m_globs.clear();
    for (const QString &glob : nameGlobs)
        m_globs << compiledGlob(glob);
    begin();
}

void EmulatorLogTailer::stop()
{
    closeFile();
    const QStringList watched = watchedPaths();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    m_mode = Mode::Idle;
    m_target.clear();
    m_globs.clear();
    m_started = false;
}

QString EmulatorLogTailer::currentFile() const
{
    return m_file.isOpen() ? m_path : QString();
}

QStringList EmulatorLogTailer::watchedPaths() const
{
    return m_watcher->files() + m_watcher->directories();
}

void EmulatorLogTailer::begin()
{
    checkTarget();
    m_started = true;
}

void EmulatorLogTailer::onFileChanged(const QString &path)
{
    // The common case, the emulator appended a line: no directory listing needed.
    if (m_file.isOpen() && path == m_path && isCurrentFile(path))
        readAvailable();
    else
        checkTarget();
}

bool EmulatorLogTailer::isCurrentFile(const QString &path) const
{
    const FileId id = statPath(path);
    return id.ok && id.device == m_device && id.inode == m_inode;
}

QString EmulatorLogTailer::resolveTarget() const
{
    if (m_mode == Mode::File)
        return m_target;
    if (m_mode != Mode::Newest)
        return {};
    QFileInfoList candidates;
    for (QDirIterator it(m_target, QDir::Files); it.hasNext();) {
        const QFileInfo info = it.nextFileInfo();
        const QString name = info.fileName();
        if (m_globs.isEmpty()
            || std::any_of(m_globs.cbegin(), m_globs.cend(),
                [&name](const QRegularExpression &re) { return re.match(name).hasMatch(); }))
            candidates << info;
    }
    const auto newest = std::max_element(
        candidates.cbegin(), candidates.cend(), [](const QFileInfo &a, const QFileInfo &b) {
            const QDateTime ta = a.lastModified();
            const QDateTime tb = b.lastModified();
            return ta != tb ? ta < tb : a.fileName() < b.fileName();
        });
    return newest == candidates.cend() ? QString() : newest->absoluteFilePath();
}

void EmulatorLogTailer::checkTarget()
{
    if (m_mode == Mode::Idle)
        return;
    // Watch first, look second: whatever is created after the look wakes us up again.
    rewatch();
    const QString target = resolveTarget();
    if (m_file.isOpen()) {
        if (target == m_path && isCurrentFile(target)) {
            readAvailable();
            return;
        }
        // Rotated, removed, or a newer log appeared: what the old file still holds comes
        // first. The bound keeps a writer that never stops from holding us here forever.
        const int chunks
            = int(m_limits.maxBacklogBytes / std::max<qint64>(1, m_limits.maxReadPerWake)) + 2;
        for (int i = 0; i < chunks && m_file.isOpen() && readChunk(); ++i) { }
        flushPartial();
        closeFile();
    }
    if (!target.isEmpty())
        openFile(target, m_started);
    rewatch();
}

bool EmulatorLogTailer::openFile(const QString &path, bool fresh)
{
    // O_NONBLOCK: a FIFO named like a log must not block the event loop on open.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return false;
    const FileId id = statFd(fd);
    if (!id.ok || !id.regular) {
        ::close(fd);
        return false;
    }
    if (!m_file.open(
            fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return false;
    }
    m_path = path;
    m_device = id.device;
    m_inode = id.inode;
    ++m_generation;
    m_partial.clear();
    m_discarding = false;
    if (fresh) {
        m_offset = 0;
        m_replayEnd = 0;
    } else {
        m_replayEnd = id.size;
        skipTo(id.size - std::min(id.size, m_limits.initialTailBytes));
    }
    rewatch(); // before reading: a line written meanwhile then wakes us
    Q_EMIT fileOpened(path, fresh);
    readAvailable();
    return true;
}

void EmulatorLogTailer::closeFile()
{
    if (!m_file.isOpen())
        return;
    // Explicitly: a watch on a replaced file would linger until its inode dies and then take
    // the path's watch with it.
    if (m_watcher->watchesFile(m_path))
        m_watcher->removePath(m_path);
    m_file.close();
    m_path.clear();
    m_partial.clear();
    m_discarding = false;
    m_offset = 0;
    m_replayEnd = 0;
    ++m_generation;
}

void EmulatorLogTailer::readAvailable()
{
    if (readChunk())
        scheduleRead();
}

void EmulatorLogTailer::scheduleRead()
{
    if (m_readScheduled)
        return;
    m_readScheduled = true;
    // Let the event loop breathe between chunks of a large backlog.
    QTimer::singleShot(0, this, [this] {
        m_readScheduled = false;
        readAvailable();
    });
}

bool EmulatorLogTailer::readChunk()
{
    if (!m_file.isOpen())
        return false;
    const FileId id = statFd(m_file.handle());
    if (!id.ok)
        return false;
    if (id.size < m_offset) {
        // Truncated in place: the emulator started over in the same file.
        flushPartial();
        m_offset = 0;
        m_replayEnd = 0;
        m_discarding = false;
        Q_EMIT fileOpened(m_path, true);
        if (!m_file.isOpen())
            return false;
    }
    if (id.size - m_offset > m_limits.maxBacklogBytes) {
        const qint64 to = id.size - std::min(id.size, m_limits.initialTailBytes);
        const qint64 skippedBytes = to - m_offset;
        skipTo(to);
        Q_EMIT skipped(skippedBytes);
        if (!m_file.isOpen())
            return false;
    }
    qint64 want = std::min(id.size - m_offset, m_limits.maxReadPerWake);
    const bool replay = m_offset < m_replayEnd;
    if (replay)
        want = std::min(want, m_replayEnd - m_offset); // never mix old and new in one batch
    if (want <= 0 || !m_file.seek(m_offset))
        return false;
    const QByteArray data = m_file.read(want);
    if (data.isEmpty())
        return false;
    m_offset += data.size();
    const quint64 generation = m_generation;
    deliver(split(data), replay);
    // A listener may have stopped us or pointed us elsewhere.
    return generation == m_generation && m_file.isOpen() && m_offset < id.size;
}

void EmulatorLogTailer::skipTo(qint64 offset)
{
    m_offset = offset;
    m_partial.clear();
    m_discarding = false;
    if (offset <= 0)
        return;
    // Mid-file: unless the previous byte ends a line, we stand inside one; drop its rest.
    char previous = 0;
    m_discarding = !(m_file.seek(offset - 1) && m_file.getChar(&previous) && previous == '\n');
}

QStringList EmulatorLogTailer::split(const QByteArray &data)
{
    QStringList out;
    const qsizetype maxLine = std::max(1, m_limits.maxLineBytes);
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype newline = data.indexOf('\n', pos);
        const qsizetype end = newline < 0 ? data.size() : newline;
        if (!m_discarding) {
            const qsizetype room = maxLine - m_partial.size();
            const qsizetype length = end - pos;
            if (length > room) {
                // Cut: keep the head, which is where a log line says what it is about.
                m_partial.append(data.constData() + pos, room);
                out.append(decodeLine(m_partial));
                m_partial.clear();
                m_discarding = true;
            } else {
                m_partial.append(data.constData() + pos, length);
            }
        }
        if (newline < 0)
            break;
        if (!m_discarding)
            out.append(decodeLine(m_partial));
        m_partial.clear();
        m_discarding = false;
        pos = newline + 1;
    }
    return out;
}

void EmulatorLogTailer::flushPartial()
{
    if (!m_partial.isEmpty() && !m_discarding) {
        const QString last = decodeLine(m_partial);
        m_partial.clear();
        deliver({ last }, false);
    }
    m_partial.clear();
    m_discarding = false;
}

void EmulatorLogTailer::deliver(const QStringList &batch, bool replay)
{
    if (batch.isEmpty())
        return;
    m_replaying = replay;
    Q_EMIT lines(batch);
    m_replaying = false;
}

void EmulatorLogTailer::rewatch()
{
    QString directory = m_mode == Mode::File ? QFileInfo(m_target).absolutePath() : m_target;
    QStringList want;
    if (m_mode != Mode::Idle) {
        // A directory that does not exist yet: watch the nearest parent that does.
        while (!QFileInfo(directory).isDir()) {
            const QString parent = QFileInfo(directory).absolutePath();
            if (parent == directory)
                break;
            directory = parent;
        }
        want.append(directory);
    }
    if (m_file.isOpen() && QFileInfo::exists(m_path))
        want.append(m_path);
    const QStringList have = watchedPaths();
    QStringList drop;
    for (const QString &path : have) {
        if (!want.contains(path))
            drop.append(path);
    }
    if (!drop.isEmpty())
        m_watcher->removePaths(drop);
    QStringList add;
    for (const QString &path : std::as_const(want)) {
        if (!have.contains(path) && QFileInfo::exists(path))
            add.append(path);
    }
    if (!add.isEmpty())
        m_watcher->addPaths(add);
}

} // namespace charon::core
