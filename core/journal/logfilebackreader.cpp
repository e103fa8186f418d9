// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/journal/logfilebackreader.h"

#include "core/license/emulatorlogtimestamp.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace charon::core {

namespace {
constexpr qint64 kBlock = 64 * 1024;

qint64 readAt(int fd, char *buffer, qint64 length, qint64 offset)
{
    qint64 done = 0;
    while (done < length) {
        const ssize_t n = ::pread(fd, buffer + done, size_t(length - done), off_t(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        done += n;
    }
    return done;
}
} // namespace

LogFileBackReader::Result LogFileBackReader::read(
    const QString &path, quint64 inode, qint64 end, int maxLines, qint64 maxBytes)
{
    Result result;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        result.error = errno == ENOENT
            ? tr("%1 is gone: the lines before these cannot be read again.").arg(path)
            : tr("Cannot read %1: %2.").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return result;
    }
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        result.error = tr("%1 is not a regular file.").arg(path);
        return result;
    }
    if (inode != 0 && quint64(st.st_ino) != inode) {
        ::close(fd);
        result.error
            = tr("%1 was replaced: the lines before these cannot be read again.").arg(path);
        return result;
    }
    const qint64 size = qint64(st.st_size);
    end = end < 0 ? size : std::min(end, size);
    // The offset we were given may miss the start of the first shown line by a few bytes (a
    // \r the tailer dropped): the lines before it end at the next newline from end - 1.
    if (end > 0) {
        char probe[4096];
        const qint64 from = end - 1;
        const qint64 n = readAt(fd, probe, std::min<qint64>(sizeof probe, size - from), from);
        if (n > 0 && probe[0] != '\n') {
            const void *nl = std::memchr(probe, '\n', size_t(n));
            if (nl)
                end = from + (static_cast<const char *>(nl) - probe) + 1;
        }
    }

    // Backwards in blocks until maxLines + 1 newlines (the one before the oldest line) are
    // in, the start of the file is reached, or maxBytes were read.
    QByteArray data;
    qint64 start = end;
    int newlines = 0;
    while (start > 0 && newlines <= maxLines && end - start < maxBytes) {
        const qint64 length = std::min(kBlock, start);
        QByteArray block(length, Qt::Uninitialized);
        const qint64 n = readAt(fd, block.data(), length, start - length);
        if (n != length)
            break;
        start -= length;
        data.prepend(block);
        newlines = int(data.count('\n')) - (data.endsWith('\n') ? 1 : 0);
    }
    ::close(fd);
    result.complete = start == 0;

    // Split; `data` covers [start, end). Without the file's start, the first piece is a line
    // whose beginning we did not read: dropped.
    QList<qsizetype> starts;
    qsizetype pos = 0;
    if (!result.complete) {
        const qsizetype nl = data.indexOf('\n');
        pos = nl < 0 ? data.size() : nl + 1;
    }
    while (pos < data.size()) {
        starts.append(pos);
        const qsizetype nl = data.indexOf('\n', pos);
        pos = nl < 0 ? data.size() : nl + 1;
    }
    if (starts.size() > maxLines) {
        starts = starts.mid(starts.size() - maxLines);
        result.complete = false;
    }
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const qsizetype from = starts.at(i);
        const qsizetype to = i + 1 < starts.size() ? starts.at(i + 1) : data.size();
        QByteArray bytes = data.mid(from, std::min<qsizetype>(to - from, kMaxLineBytes + 1));
        if (bytes.endsWith('\n'))
            bytes.chop(1);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        if (bytes.size() > kMaxLineBytes)
            bytes.truncate(kMaxLineBytes);
        LogLine line;
        line.text = LogLine::fromRaw(bytes);
        line.priority = LogLine::emulatorPriority(line.text);
        line.time = emulatorLogTimestamp(line.text);
        line.file = path;
        line.inode = quint64(st.st_ino);
        line.offset = start + from;
        result.lines.append(line);
    }
    return result;
}

void LogFileBackReader::request(
    quint64 token, const QString &path, quint64 inode, qint64 end, int maxLines)
{
    const Result result = read(path, inode, end, maxLines);
    Q_EMIT done(token, result.lines, result.complete, result.error);
}

} // namespace charon::core
