// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/systemd/unitfilesjob.h"

#include "core/domain/guest.h"
#include "core/systemd/systemdconnection.h"

#include <QDBusArgument>

using namespace Qt::StringLiterals;

namespace charon::core {

UnitFilesJob::UnitFilesJob(
    SystemdConnection *connection, Operation operation, const QStringList &units, QObject *parent)
    : SystemdJob(connection, parent)
    , m_operation(operation)
    , m_units(units)
{
    QStringList names;
    for (const QString &unit : units) {
        const QString name = guestNameFromUnit(unit);
        names.append(name.isEmpty() ? unit : name);
    }
    const QString list = names.join(u", "_s);
    m_lead = operation == Operation::Enable ? tr("Turning auto-boot on for %1 failed").arg(list)
                                            : tr("Turning auto-boot off for %1 failed").arg(list);
    if (operation == Operation::Enable) {
        // (as files, b runtime, b force) -> (b carries_install_info, a(sss) changes)
        send(
            SystemdConnection::managerCall(u"EnableUnitFiles"_s, { units, false, false }), m_lead,
            [this](const QDBusMessage &reply) {
                if (!reply.arguments().value(0).toBool()) {
                    fail(SystemdError::make(SystemdError::Category::Other,
                        tr("%1: the unit file has no [Install] section").arg(m_lead)));
                    return;
                }
                readChanges(reply.arguments().value(1));
                reload();
            },
            {}, InteractiveTimeoutMs);
    } else {
        // (as files, b runtime) -> a(sss) changes
        send(
            SystemdConnection::managerCall(u"DisableUnitFiles"_s, { units, false }), m_lead,
            [this](const QDBusMessage &reply) {
                readChanges(reply.arguments().value(0));
                reload();
            },
            {}, InteractiveTimeoutMs);
    }
}

void UnitFilesJob::readChanges(const QVariant &value)
{
    const QDBusArgument arg = value.value<QDBusArgument>();
    if (arg.currentSignature() != u"a(sss)"_s)
        return;
    arg.beginArray();
    while (!arg.atEnd()) {
        Change change;
        arg.beginStructure();
        arg >> change.type >> change.file >> change.destination;
        arg.endStructure();
        m_changes.append(change);
    }
    arg.endArray();
}

void UnitFilesJob::reload()
{
    send(
        SystemdConnection::managerCall(u"Reload"_s), m_lead,
        [this](const QDBusMessage &) { succeed(); }, {}, InteractiveTimeoutMs);
}

} // namespace charon::core
