// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/journal/journalfeed.h"

#include "core/journal/journalworker.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace charon::core {

JournalFeed::JournalFeed(const Target &target, QObject *parent)
    : LogFeed(parent)
    , m_target(target)
    , m_thread(new QThread(this))
{
    m_thread->setObjectName(u"journal"_s);
}

JournalFeed::~JournalFeed()
{
    m_thread->quit();
    m_thread->wait();
}

QString JournalFeed::directoryFromEnvironment()
{
    return qEnvironmentVariable("CHARON_JOURNAL_DIRECTORY");
}

QString JournalFeed::description() const
{
    const QString directory
        = m_target.directory.isEmpty() ? directoryFromEnvironment() : m_target.directory;
    const QString where = directory.isEmpty() ? QString() : tr(" in %1").arg(directory);
    return m_target.scope == Scope::User
        ? tr("journal of the user unit %1%2").arg(m_target.unit, where)
        : tr("journal of the system unit %1%2").arg(m_target.unit, where);
}

void JournalFeed::start(int lines)
{
    if (!m_worker) {
        m_worker = new JournalWorker(m_target);
        m_worker->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        connect(m_worker, &JournalWorker::reset, this, &LogFeed::reset);
        connect(m_worker, &JournalWorker::appended, this, &LogFeed::appended);
        connect(m_worker, &JournalWorker::older, this, &LogFeed::older);
        connect(m_worker, &JournalWorker::problem, this, &LogFeed::problem);
        m_thread->start();
    }
    JournalWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, lines] { worker->open(lines); });
}

void JournalFeed::fetchOlder(const LogLine &first, int lines)
{
    if (!m_worker) {
        Q_EMIT older({}, true);
        return;
    }
    JournalWorker *worker = m_worker;
    const QString cursor = first.cursor;
    QMetaObject::invokeMethod(
        worker, [worker, cursor, lines] { worker->fetchOlder(cursor, lines); });
}

} // namespace charon::core
