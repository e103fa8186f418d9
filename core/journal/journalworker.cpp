// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/journal/journalworker.h"

#include <QFile>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <systemd/sd-journal.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {
// More than this per wake-up waits for the next event-loop turn: a unit writing 100 000 lines
// at once reaches the view in slices, never as one list of 100 000.
constexpr int kMaxPerWake = 2000;
constexpr size_t kMaxFieldBytes = 64 * 1024;

QByteArray field(sd_journal *journal, const char *name)
{
    const void *data = nullptr;
    size_t length = 0;
    if (sd_journal_get_data(journal, name, &data, &length) < 0)
        return {};
    const size_t prefix = std::strlen(name) + 1; // "NAME="
    if (length < prefix)
        return {};
    return QByteArray(static_cast<const char *>(data) + prefix, qsizetype(length - prefix));
}

QString errorText(int r)
{
    return QString::fromLocal8Bit(std::strerror(r < 0 ? -r : r));
}
} // namespace

JournalWorker::JournalWorker(const JournalFeed::Target &target)
    : m_target(target)
{ }

JournalWorker::~JournalWorker()
{
    delete m_notifier; // before the descriptor it watches goes away
    m_notifier = nullptr;
    if (m_journal)
        sd_journal_close(m_journal);
}

void JournalWorker::fail(const QString &text)
{
    Q_EMIT problem(text);
}

void JournalWorker::open(int tail)
{
    // Again (jump to now): start over from a fresh handle.
    delete m_notifier;
    m_notifier = nullptr;
    if (m_journal)
        sd_journal_close(m_journal);
    m_journal = nullptr;
    m_last.clear();
    const QString directory = !m_target.directory.isEmpty()
        ? m_target.directory
        : JournalFeed::directoryFromEnvironment();
    int r = directory.isEmpty()
        ? sd_journal_open(&m_journal, SD_JOURNAL_LOCAL_ONLY)
        : sd_journal_open_directory(&m_journal, QFile::encodeName(directory).constData(), 0);
    if (r < 0) {
        m_journal = nullptr;
        const QString text = directory.isEmpty()
            ? tr("Cannot open the systemd journal: %1.").arg(errorText(r))
            : tr("Cannot open the journal in %1: %2.").arg(directory, errorText(r));
        fail(text);
        Q_EMIT reset({ LogLine::notice(text, LogLine::Error) });
        return;
    }
    sd_journal_set_data_threshold(m_journal, kMaxFieldBytes);
    QList<LogLine> lines;
    uint64_t bytes = 0;
    if (sd_journal_get_usage(m_journal, &bytes) < 0 || bytes == 0) {
        const QString text = directory.isEmpty()
            ? tr("No systemd journal to read on this host: systemd-journald does not run, or "
                 "this user may not read its files (members of the systemd-journal group may).")
            : tr("No journal files in %1.").arg(directory);
        fail(text);
        lines.append(LogLine::notice(text, LogLine::Warning));
    }
    if (!addMatches()) {
        const QString text = tr("Cannot select the unit's entries in the journal.");
        fail(text);
        Q_EMIT reset({ LogLine::notice(text, LogLine::Error) });
        return;
    }
    const int fd = sd_journal_get_fd(m_journal);
    if (fd < 0) {
        const QString text = tr("Cannot follow the journal: %1. New lines show after reopening "
                                "this view.")
                                 .arg(errorText(fd));
        fail(text);
        lines.append(LogLine::notice(text, LogLine::Warning));
    } else {
        m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &JournalWorker::onWake);
    }

    sd_journal_seek_tail(m_journal);
    r = sd_journal_previous_skip(m_journal, uint64_t(std::max(tail, 1)));
    if (r > 0) {
        lines.append(current());
        lines.append(readForward(std::max(tail, 1)));
    }
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (!it->cursor.isEmpty()) {
            m_last = it->cursor;
            break;
        }
    }
    Q_EMIT reset(lines);
    armTimeout();
}

bool JournalWorker::addMatches()
{
    const QByteArray unit = m_target.unit.toUtf8();
    const QByteArray uid = QByteArray::number(uint(::getuid()));
    const auto add = [this](const QByteArray &match) {
        return sd_journal_add_match(m_journal, match.constData(), size_t(match.size())) >= 0;
    };
    bool ok = true;
    if (m_target.scope == JournalFeed::Scope::User) {
        // The manager's messages about the unit (started, stopped, failed ...).
        ok = ok && add("USER_UNIT=" + unit) && add("_UID=" + uid);
        if (!m_target.managerOnly) {
            ok = ok && sd_journal_add_disjunction(m_journal) >= 0;
            ok = ok && add("_SYSTEMD_USER_UNIT=" + unit) && add("_UID=" + uid);
        }
    } else {
        ok = ok && add("UNIT=" + unit) && add("_PID=1");
        if (!m_target.managerOnly) {
            ok = ok && sd_journal_add_disjunction(m_journal) >= 0;
            ok = ok && add("_SYSTEMD_UNIT=" + unit);
        }
    }
    return ok;
}

LogLine JournalWorker::current() const
{
    LogLine line;
    uint64_t usec = 0;
    if (sd_journal_get_realtime_usec(m_journal, &usec) >= 0)
        line.time = QDateTime::fromMSecsSinceEpoch(qint64(usec / 1000));
    char *cursor = nullptr;
    if (sd_journal_get_cursor(m_journal, &cursor) >= 0 && cursor) {
        line.cursor = QString::fromLatin1(cursor);
        ::free(cursor);
    }
    bool ok = false;
    const int priority = field(m_journal, "PRIORITY").toInt(&ok);
    line.priority = ok && priority >= 0 && priority <= 7 ? priority : LogLine::Info;
    line.text = LogLine::fromRaw(field(m_journal, "MESSAGE"));
    QByteArray who = field(m_journal, "SYSLOG_IDENTIFIER");
    if (who.isEmpty())
        who = field(m_journal, "_COMM");
    const QByteArray pid = field(m_journal, "_PID");
    line.origin = QString::fromUtf8(who);
    if (!pid.isEmpty())
        line.origin += u'[' + QString::fromLatin1(pid) + u']';
    for (const char *name :
        { "MESSAGE_ID", "JOB_TYPE", "JOB_RESULT", "UNIT_RESULT", "EXIT_CODE", "EXIT_STATUS" }) {
        const QByteArray value = field(m_journal, name);
        if (!value.isEmpty())
            line.fields.insert(QString::fromLatin1(name), QString::fromUtf8(value));
    }
    return line;
}

QList<LogLine> JournalWorker::readForward(int max)
{
    QList<LogLine> lines;
    while (lines.size() < max && sd_journal_next(m_journal) > 0)
        lines.append(current());
    return lines;
}

void JournalWorker::onWake()
{
    if (!m_journal)
        return;
    const int r = sd_journal_process(m_journal);
    if (r < 0) {
        fail(tr("Following the journal failed: %1.").arg(errorText(r)));
        return;
    }
    // Nothing of the unit was there at start: everything from the head on is new. (From the
    // tail location, sd-journal skips the first entry appended after it.)
    if (m_last.isEmpty())
        sd_journal_seek_head(m_journal);
    QList<LogLine> lines = readForward(kMaxPerWake);
    if (!lines.isEmpty()) {
        m_last = lines.constLast().cursor;
        Q_EMIT appended(lines);
        if (lines.size() == kMaxPerWake) // more waiting: the rest on the next turn
            QMetaObject::invokeMethod(this, &JournalWorker::onWake, Qt::QueuedConnection);
    }
    armTimeout();
}

void JournalWorker::armTimeout()
{
    // Local journals wake us through inotify alone (the timeout is infinite); a journal on a
    // network file system is not seen changing, and sd-journal names when to look again.
    uint64_t timeout = UINT64_MAX;
    if (!m_journal || sd_journal_get_timeout(m_journal, &timeout) < 0 || timeout == UINT64_MAX)
        return;
    if (!m_timeout) {
        m_timeout = new QTimer(this);
        m_timeout->setSingleShot(true);
        connect(m_timeout, &QTimer::timeout, this, &JournalWorker::onWake);
    }
    struct timespec ts = {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    const uint64_t now = uint64_t(ts.tv_sec) * 1000000ULL + uint64_t(ts.tv_nsec) / 1000ULL;
    const qint64 ms = timeout > now ? qint64((timeout - now) / 1000) : 0;
    m_timeout->start(int(std::min<qint64>(ms, 60 * 60 * 1000)));
}

void JournalWorker::fetchOlder(const QString &cursor, int count)
{
    QList<LogLine> lines;
    if (!m_journal || cursor.isEmpty()) {
        Q_EMIT older(lines, true);
        return;
    }
    const QByteArray c = cursor.toLatin1();
    bool complete = false;
    if (sd_journal_seek_cursor(m_journal, c.constData()) >= 0
        && sd_journal_previous(m_journal) > 0) {
        // Usually on the entry itself; without it (vacuumed) already on an older one.
        if (sd_journal_test_cursor(m_journal, c.constData()) <= 0)
            lines.prepend(current());
        while (lines.size() < count) {
            if (sd_journal_previous(m_journal) <= 0) {
                complete = true;
                break;
            }
            lines.prepend(current());
        }
    } else {
        complete = true;
    }
    restorePosition();
    Q_EMIT older(lines, complete);
}

void JournalWorker::restorePosition()
{
    // Back on the newest entry delivered, so that the next sd_journal_next() is the next new
    // one.
    if (m_last.isEmpty()) {
        sd_journal_seek_head(m_journal);
        return;
    }
    const QByteArray c = m_last.toLatin1();
    sd_journal_seek_cursor(m_journal, c.constData());
    sd_journal_next(m_journal);
    if (sd_journal_test_cursor(m_journal, c.constData()) <= 0)
        sd_journal_previous(m_journal); // went one past: that one has not been delivered
}

} // namespace charon::core
