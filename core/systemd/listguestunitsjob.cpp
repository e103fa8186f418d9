// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/systemd/listguestunitsjob.h"

#include "core/domain/guest.h"
#include "core/systemd/systemdconnection.h"

#include <QDBusArgument>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QMap>

using namespace Qt::StringLiterals;

namespace charon::core {

const QString ListGuestUnitsJob::Pattern = u"charon-guest-*.service"_s;

ListGuestUnitsJob::ListGuestUnitsJob(SystemdConnection *connection, QObject *parent, Files files)
    : SystemdJob(connection, parent)
    , m_pending(files == Files::Skipped ? 1 : 2)
{
    const QString what = tr("Listing the guests failed");
    const QVariantList args { QStringList(), QStringList { Pattern } };
    if (files == Files::SearchPath)
        send(SystemdConnection::propertyGet(SystemdConnection::ManagerPath,
                 SystemdConnection::ManagerInterface, u"UnitPath"_s),
            what, [this](const QDBusMessage &reply) {
                m_unitPath
                    = reply.arguments().value(0).value<QDBusVariant>().variant().toStringList();
                maybeFinish();
            });
    if (files == Files::Included)
        send(SystemdConnection::managerCall(u"ListUnitFilesByPatterns"_s, args), what,
            [this](const QDBusMessage &reply) {
                const QDBusArgument arg = reply.arguments().value(0).value<QDBusArgument>();
                arg.beginArray();
                while (!arg.atEnd()) {
                    GuestUnitEntry e;
                    arg.beginStructure();
                    arg >> e.unitFilePath >> e.unitFileState;
                    arg.endStructure();
                    e.unit = e.unitFilePath.section(u'/', -1);
                    m_files.append(e);
                }
                arg.endArray();
                maybeFinish();
            });
    send(SystemdConnection::managerCall(u"ListUnitsByPatterns"_s, args), what,
        [this](const QDBusMessage &reply) {
            const QDBusArgument arg = reply.arguments().value(0).value<QDBusArgument>();
            arg.beginArray();
            while (!arg.atEnd()) {
                GuestUnitEntry e;
                QString description, following;
                QDBusObjectPath path, jobPath;
                arg.beginStructure();
                arg >> e.unit >> description >> e.loadState >> e.activeState >> e.subState
                    >> following >> path >> e.jobId >> e.jobType >> jobPath;
                arg.endStructure();
                e.jobPath = jobPath.path();
                e.loaded = true;
                m_loaded.append(e);
            }
            arg.endArray();
            maybeFinish();
        });
}

bool ListGuestUnitsJob::isGuest(const GuestUnitEntry &e)
{
    if (guestNameFromUnit(e.unit).isEmpty())
        return false;
    if (!e.unitFilePath.isEmpty())
        return true;
    // Loaded without a file: a guest whose file was deleted while it ran (or failed) is still
    // worth showing; an inactive "not-found" stub is what a mere lookup leaves behind.
    return e.loaded
        && (e.loadState != u"not-found"_s
            || (e.activeState != u"inactive"_s && !e.activeState.isEmpty()));
}

void ListGuestUnitsJob::maybeFinish()
{
    if (--m_pending > 0)
        return;
    m_units = merge(m_files, m_loaded);
    succeed();
}

QList<GuestUnitEntry> ListGuestUnitsJob::merge(
    const QList<GuestUnitEntry> &files, const QList<GuestUnitEntry> &loaded)
{
    QMap<QString, GuestUnitEntry> merged;
    for (const GuestUnitEntry &f : files)
        merged.insert(f.unit, f);
    for (const GuestUnitEntry &l : loaded) {
        GuestUnitEntry &e = merged[l.unit];
        e.unit = l.unit;
        e.loaded = true;
        e.loadState = l.loadState;
        e.activeState = l.activeState;
        e.subState = l.subState;
        e.jobId = l.jobId;
        e.jobType = l.jobType;
        e.jobPath = l.jobPath;
    }
    QList<GuestUnitEntry> units;
    for (const GuestUnitEntry &e : std::as_const(merged)) {
        if (isGuest(e))
            units.append(e);
    }
    return units;
}

} // namespace charon::core
