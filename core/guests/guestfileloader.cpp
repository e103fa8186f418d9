// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/guests/guestfileloader.h"

#include "core/config/configparser.h"

#include <QFile>

namespace charon::core {

GuestFileLoader::GuestFileLoader(QObject *parent)
    : QObject(parent)
{
    // Config files are small and local: two threads keep the disk busy without competing
    // with the GUI for the CPU.
    m_pool.setMaxThreadCount(2);
}

GuestFileLoader::~GuestFileLoader()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void GuestFileLoader::load(const Request &request)
{
    ++m_pending;
    // A summary the cache holds costs one stat: answered from this thread (still queued), so
    // a look at guests whose configurations are all cached starts no thread at all.
    if (request.configCache) {
        if (auto hit = request.configCache->cached(request.configPath, request.profileId)) {
            Result result { request, *hit, {} };
            if (!request.preStartScript.isEmpty())
                result.scriptHead = readHead(request.preStartScript, ScriptHeadLines);
            deliver(result);
            return;
        }
    }
    m_pool.start([this, request] { deliver(read(request)); });
}

void GuestFileLoader::deliver(const Result &result)
{
    QMetaObject::invokeMethod(
        this,
        [this, result] {
            --m_pending;
            Q_EMIT loaded(result);
        },
        Qt::QueuedConnection);
}

GuestFileLoader::Result GuestFileLoader::read(const Request &request)
{
    Result result;
    result.request = request;
    if (!request.configPath.isEmpty())
        result.config = request.configCache
            ? request.configCache->parseFile(request.configPath, request.profileId)
            : ConfigParser::parseFile(request.configPath, request.profileId);
    if (!request.preStartScript.isEmpty())
        result.scriptHead = readHead(request.preStartScript, ScriptHeadLines);
    return result;
}

QStringList GuestFileLoader::readHead(const QString &path, int lines)
{
    QStringList head;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return head;
    // A script's first lines are short; a bounded read keeps a binary or a huge file cheap.
    const QByteArray start = file.read(4096);
    const QList<QByteArray> parts = start.split('\n');
    for (const QByteArray &line : parts) {
        if (head.size() >= lines)
            break;
        QString text = QString::fromUtf8(line);
        if (text.endsWith(u'\r'))
            text.chop(1);
        head.append(text);
    }
    // The empty piece after a final newline is not a line.
    if (parts.size() <= lines && !head.isEmpty() && head.constLast().isEmpty())
        head.removeLast();
    return head;
}

} // namespace charon::core
