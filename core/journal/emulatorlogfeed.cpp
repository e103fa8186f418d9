// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/journal/emulatorlogfeed.h"

#include "core/journal/logfilebackreader.h"
#include "core/license/emulatorlogtimestamp.h"
#include "core/support/watchset.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QThread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace charon::core {

EmulatorLogFeed::EmulatorLogFeed(const Source &source, QObject *parent)
    : LogFeed(parent)
    , m_source(source)
    , m_thread(new QThread(this))
    , m_reader(new LogFileBackReader)
{
    m_thread->setObjectName(u"logreader"_s);
    m_reader->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_reader, &QObject::deleteLater);
    connect(m_reader, &LogFileBackReader::done, this, &EmulatorLogFeed::onBackRead);
    m_thread->start();
}

EmulatorLogFeed::~EmulatorLogFeed()
{
    m_thread->quit();
    m_thread->wait();
}

QString EmulatorLogFeed::description() const
{
    if (!m_source.file.isEmpty())
        return m_source.file;
    if (!m_source.directory.isEmpty())
        return tr("the newest of %1 in %2").arg(m_source.globs.join(u", "_s), m_source.directory);
    return tr("no emulator log");
}

QString EmulatorLogFeed::currentFile() const
{
    return m_tailer ? m_tailer->currentFile() : QString();
}

void EmulatorLogFeed::start(int lines)
{
    delete m_tailer;
    m_tailer = nullptr;
    delete m_watch;
    m_watch = nullptr;
    m_file.clear();
    m_inode = 0;
    m_noted.clear();
    m_binaryNoted = false;
    m_pending.clear();
    m_startToken = 0;
    m_startLines = std::max(1, lines);
    m_loading = false;
    if (m_source.file.isEmpty() && m_source.directory.isEmpty()) {
        const QString text = tr("The configuration names no emulator log, and the emulator "
                                "writes none by default.");
        Q_EMIT problem(text);
        Q_EMIT reset({ LogLine::notice(text) });
        return;
    }
    // Our own look at the directory: to say when the file goes away or cannot be read (the
    // tailer just waits quietly). The same inotify instance as the tailer's.
    m_watch = new WatchSet(this);
    m_watch->addPath(
        m_source.file.isEmpty() ? m_source.directory : QFileInfo(m_source.file).absolutePath());
    connect(m_watch, &WatchSet::directoryChanged, this, &EmulatorLogFeed::onDirectoryChanged);

    m_tailer = new EmulatorLogTailer(this);
    m_tailer->setLimits(m_limits);
    connect(m_tailer, &EmulatorLogTailer::fileOpened, this, &EmulatorLogFeed::onFileOpened);
    connect(m_tailer, &EmulatorLogTailer::lines, this, &EmulatorLogFeed::onLines);
    connect(m_tailer, &EmulatorLogTailer::skipped, this, &EmulatorLogFeed::onSkipped);
    m_loading = true; // until the first look is over
    if (!m_source.file.isEmpty())
        m_tailer->followFile(m_source.file);
    else
        m_tailer->followNewest(m_source.directory, m_source.globs);
    if (m_startToken == 0 || m_file.isEmpty()) {
        // No file at start: say why, and show lines as they come.
        m_loading = false;
        QList<LogLine> lines = m_pending;
        m_pending.clear();
        noteMissing();
        QList<LogLine> first;
        if (!m_noted.isEmpty())
            first.append(LogLine::notice(m_noted, LogLine::Warning));
        Q_EMIT reset(first + lines);
    }
}

void EmulatorLogFeed::noteMissing()
{
    QString text;
    const QString path = m_source.file;
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        if (!info.exists())
            text = tr("%1 does not exist (yet): its lines show here once the emulator writes "
                      "it.")
                       .arg(path);
        else if (!info.isFile())
            text = tr("%1 is not a regular file: it is not read.").arg(path);
        else if (!info.isReadable())
            text = tr("Cannot read %1: permission denied. Following goes on if that changes.")
                       .arg(path);
    } else {
        text = tr("No log file matching %1 in %2 yet: lines show here once the emulator "
                  "writes one.")
                   .arg(m_source.globs.join(u", "_s), m_source.directory);
    }
    m_noted = text;
    if (!text.isEmpty())
        Q_EMIT problem(text);
}

void EmulatorLogFeed::onDirectoryChanged()
{
    if (!m_tailer)
        return;
    // Our own look, not the tailer's: both hear this change, in no set order.
    struct stat st = {};
    if (!m_file.isEmpty() && ::stat(QFile::encodeName(m_file).constData(), &st) != 0) {
        const QString gone = m_file;
        m_file.clear();
        m_inode = 0;
        const QString text = tr("%1 was deleted or moved away: waiting for the emulator to "
                                "write it again.")
                                 .arg(gone);
        Q_EMIT problem(text);
        deliver({ LogLine::notice(text, LogLine::Warning) });
        m_noted = text;
        return;
    }
    if (m_file.isEmpty() && m_tailer->currentFile().isEmpty()) {
        const QString before = m_noted;
        noteMissing();
        if (!m_noted.isEmpty() && m_noted != before)
            deliver({ LogLine::notice(m_noted, LogLine::Warning) });
    }
}

void EmulatorLogFeed::onFileOpened(const QString &path, bool fresh)
{
    struct stat st = {};
    const bool ok = ::stat(QFile::encodeName(path).constData(), &st) == 0;
    const bool another = !m_file.isEmpty() && path != m_file;
    m_file = path;
    m_inode = ok ? quint64(st.st_ino) : 0;
    m_binaryNoted = false;
    m_noted.clear();
    if (m_loading && !fresh && m_startToken == 0) {
        // The tailer replays the file's last initialTailBytes; the lines before those come
        // from the back reader.
        m_startToken = ++m_token;
        const quint64 token = m_startToken;
        const quint64 inode = m_inode;
        const qint64 end = m_tailer->position();
        const int lines = m_startLines;
        LogFileBackReader *reader = m_reader;
        QMetaObject::invokeMethod(reader, [reader, token, path, inode, end, lines] {
            reader->request(token, path, inode, end, lines);
        });
        return;
    }
    if (!fresh)
        return;
    const QString text = another
        ? tr("Now reading %1, the emulator's newer log.").arg(path)
        : tr("%1 started over (new, rotated, truncated or replaced): reading it from its "
             "start.")
              .arg(path);
    deliver({ LogLine::notice(text) });
}

qint64 EmulatorLogFeed::partialBytes(const QString &path, qint64 end) const
{
    // The tailer holds back the start of a line not finished yet; it is not among the lines.
    if (end <= 0)
        return 0;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return 0;
    qint64 partial = 0;
    char last = 0;
    if (::pread(fd, &last, 1, off_t(end - 1)) == 1 && last != '\n') {
        QByteArray tail(std::min<qint64>(end, 64 * 1024), Qt::Uninitialized);
        const ssize_t n = ::pread(fd, tail.data(), size_t(tail.size()), off_t(end - tail.size()));
        if (n == tail.size()) {
            const qsizetype nl = tail.lastIndexOf('\n');
            partial = nl < 0 ? 0 : tail.size() - nl - 1;
        }
    }
    ::close(fd);
    return partial;
}

void EmulatorLogFeed::onLines(const QStringList &texts)
{
    if (!m_tailer || texts.isEmpty())
        return;
    const QString path = m_tailer->currentFile();
    qint64 pos = m_tailer->position() - partialBytes(path, m_tailer->position());
    const QDateTime readAt = QDateTime::currentDateTime();
    QList<LogLine> lines(texts.size());
    bool binary = false;
    for (qsizetype i = texts.size() - 1; i >= 0; --i) {
        const QString &text = texts.at(i);
        const QByteArray raw = text.toUtf8();
        pos -= raw.size() + 1;
        LogLine &line = lines[i];
        bool lineBinary = false;
        line.text = LogLine::fromRaw(raw, &lineBinary);
        binary = binary || lineBinary;
        line.priority = lineBinary ? LogLine::Info : LogLine::emulatorPriority(text);
        line.time = emulatorLogTimestamp(text);
        if (!line.time.isValid())
            line.time = readAt;
        line.file = path;
        line.inode = m_inode;
        line.offset = std::max<qint64>(0, pos);
    }
    if (binary && !m_binaryNoted) {
        m_binaryNoted = true;
        const QString text
            = tr("%1 holds binary data: such lines show as \"[binary data]\".").arg(path);
        Q_EMIT problem(text);
        lines.prepend(LogLine::notice(text, LogLine::Warning));
    }
    deliver(lines);
}

void EmulatorLogFeed::onSkipped(qint64 bytes)
{
    const QString text = tr("%1 of the log were not shown: more was written at once than is "
                            "worth reading. The newest lines follow.")
                             .arg(QLocale().formattedDataSize(bytes));
    Q_EMIT problem(text);
    deliver({ LogLine::notice(text, LogLine::Warning) });
}

void EmulatorLogFeed::deliver(const QList<LogLine> &lines)
{
    if (m_loading)
        m_pending.append(lines);
    else
        Q_EMIT appended(lines);
}

void EmulatorLogFeed::fetchOlder(const LogLine &first, int lines)
{
    if (first.file.isEmpty() || first.offset <= 0) {
        Q_EMIT older({}, true);
        return;
    }
    const quint64 token = ++m_token;
    LogFileBackReader *reader = m_reader;
    const QString path = first.file;
    const quint64 inode = first.inode;
    const qint64 end = first.offset;
    QMetaObject::invokeMethod(reader, [reader, token, path, inode, end, lines] {
        reader->request(token, path, inode, end, lines);
    });
}

void EmulatorLogFeed::onBackRead(
    quint64 token, const QList<LogLine> &lines, bool complete, const QString &error)
{
    QList<LogLine> out = lines;
    if (!error.isEmpty())
        out.prepend(LogLine::notice(error, LogLine::Warning));
    if (token == m_startToken && m_loading) {
        m_loading = false;
        out.append(m_pending);
        m_pending.clear();
        if (out.size() > m_startLines)
            out = out.mid(out.size() - m_startLines);
        Q_EMIT reset(out);
        return;
    }
    if (token == m_startToken)
        return;
    Q_EMIT older(out, complete || !error.isEmpty());
}

} // namespace charon::core
