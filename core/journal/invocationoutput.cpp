// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/journal/invocationoutput.h"

#include "core/journal/journalfeed.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

#include <cstring>
#include <memory>
#include <systemd/sd-journal.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {
QByteArray field(sd_journal *journal, const char *name)
{
    const void *data = nullptr;
    size_t length = 0;
    if (sd_journal_get_data(journal, name, &data, &length) < 0)
        return {};
    const auto *bytes = static_cast<const char *>(data);
    const size_t prefix = std::strlen(name) + 1; // "NAME="
    if (length < prefix)
        return {};
    return QByteArray(bytes + prefix, qsizetype(length - prefix));
}

bool addMatch(sd_journal *journal, const QByteArray &match)
{
    return sd_journal_add_match(journal, match.constData(), size_t(match.size())) >= 0;
}

// One pass over the unit's entries, newest first. See the header for the rule.
QStringList scan(sd_journal *journal, const InvocationOutput::Request &request)
{
    const QByteArray unit = request.unit.toUtf8();
    const QByteArray id = request.invocationId.toLatin1().toLower();
    const char *ownUnitField = request.userScope ? "_SYSTEMD_USER_UNIT" : "_SYSTEMD_UNIT";
    QStringList collected; // newest first
    QStringList pending; // output with no ID, not yet placed
    bool seen = false;
    sd_journal_seek_tail(journal);
    int looked = 0;
    while (looked++ < request.maxEntries && sd_journal_previous(journal) > 0) {
        QByteArray entryId = field(journal, "_SYSTEMD_INVOCATION_ID");
        const QByteArray ownUnit = field(journal, ownUnitField);
        // Written by one of the run's commands (journald may not know its unit: the command was
        // gone before it read its output; and it may have stored it before the manager's
        // "Starting..." of the same run, as the two arrive on different sockets).
        const bool unitUnknown = ownUnit.isEmpty() && field(journal, "_SYSTEMD_UNIT").isEmpty();
        const bool byRunCommand = (ownUnit == unit || unitUnknown)
            && request.pids.contains(field(journal, "_PID").toUInt());
        const bool fromManager = ownUnit != unit && !byRunCommand;
        if (fromManager) {
            entryId = field(journal, request.userScope ? "USER_INVOCATION_ID" : "INVOCATION_ID");
            if (entryId.isEmpty())
                continue;
            if (entryId.toLower() == id) {
                seen = true;
                collected += pending;
                pending.clear();
            } else if (seen) {
                break; // an older run
            } else {
                pending.clear(); // a newer run's output
            }
            continue;
        }
        const QString text = QString::fromUtf8(field(journal, "MESSAGE")).trimmed();
        if (text.isEmpty())
            continue;
        if (byRunCommand && (entryId.isEmpty() || entryId.toLower() == id)) {
            collected += pending; // newer, and of this run since this line is
            pending.clear();
            collected << text;
            seen = true;
        } else if (entryId.isEmpty())
            pending << text;
        else if (entryId.toLower() == id)
            collected << text, seen = true;
        else if (seen)
            break;
    }
    QStringList oldestFirst;
    for (auto it = collected.crbegin(); it != collected.crend(); ++it)
        oldestFirst << *it;
    if (oldestFirst.size() > request.maxLines)
        oldestFirst = oldestFirst.mid(oldestFirst.size() - request.maxLines);
    return oldestFirst;
}
} // namespace

InvocationOutput::InvocationOutput(QObject *parent)
    : QObject(parent)
{ }

QStringList InvocationOutput::read(const Request &request, QString *error)
{
    if (request.unit.isEmpty() || request.invocationId.isEmpty())
        return {};
    const QString directory = !request.directory.isEmpty()
        ? request.directory
        : JournalFeed::directoryFromEnvironment();
    sd_journal *journal = nullptr;
    const int r = directory.isEmpty()
        ? sd_journal_open(&journal, SD_JOURNAL_LOCAL_ONLY)
        : sd_journal_open_directory(&journal, QFile::encodeName(directory).constData(), 0);
    if (r < 0) {
        if (error)
            *error = tr("cannot open the journal: %1").arg(QString::fromLocal8Bit(strerror(-r)));
        return {};
    }
    const QByteArray unit = request.unit.toUtf8();
    const QByteArray uid = QByteArray::number(uint(::getuid()));
    bool ok = true;
    if (request.userScope) {
        ok = addMatch(journal, "USER_UNIT=" + unit) && addMatch(journal, "_UID=" + uid)
            && sd_journal_add_disjunction(journal) >= 0
            && addMatch(journal, "_SYSTEMD_USER_UNIT=" + unit) && addMatch(journal, "_UID=" + uid);
    } else {
        ok = addMatch(journal, "UNIT=" + unit) && addMatch(journal, "_PID=1")
            && sd_journal_add_disjunction(journal) >= 0
            && addMatch(journal, "_SYSTEMD_UNIT=" + unit);
    }
    for (const quint32 pid : request.pids) {
        ok = ok && sd_journal_add_disjunction(journal) >= 0
            && addMatch(journal, "_PID=" + QByteArray::number(pid));
        if (request.userScope)
            ok = ok && addMatch(journal, "_UID=" + uid);
    }
    QStringList lines;
    if (ok) {
        const QDeadlineTimer deadline(request.waitMs);
        lines = scan(journal, request);
        // journald may not have stored the command's last words yet: wait for new entries.
        while (lines.isEmpty() && !deadline.hasExpired()) {
            const qint64 left = deadline.remainingTime();
            if (sd_journal_wait(journal, uint64_t(std::max<qint64>(left, 1)) * 1000)
                == SD_JOURNAL_NOP)
                break;
            lines = scan(journal, request);
        }
    } else if (error) {
        *error = tr("cannot select the unit's entries in the journal");
    }
    sd_journal_close(journal);
    return lines;
}

void InvocationOutput::start(const Request &request)
{
    // A thread of its own, not parented: if this object goes first, the thread still ends by
    // itself (the connection to this object is dropped with it) and deletes itself.
    auto result = std::make_shared<QStringList>();
    QThread *thread = QThread::create([result, request] { *result = read(request); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, result] { Q_EMIT ready(*result); });
    thread->start();
}

QString InvocationOutput::withCause(const QString &message, const QStringList &lines)
{
    if (lines.isEmpty())
        return message;
    QStringList said;
    for (QString line : lines) {
        // The CLI's own lines carry its prefix; the message names the program already.
        if (line.startsWith(u"charon-vm: "_s))
            line = line.mid(11);
        said << line;
    }
    return tr("%1: %2").arg(message, said.join(u"; "_s));
}

} // namespace charon::core
