// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/systemd/unitpropertiesjob.h"

#include "core/domain/guest.h"
#include "core/systemd/systemdconnection.h"

#include <QDBusArgument>

namespace charon::core {

UnitPropertiesJob::UnitPropertiesJob(
    SystemdConnection *connection, const QString &unit, QObject *parent)
    : SystemdJob(connection, parent)
    , m_unit(unit)
    , m_path(UnitPropertyCodec::unitObjectPath(unit))
{
    QString name = guestNameFromUnit(unit);
    if (name.isEmpty())
        name = unit;
    const QString what = tr("Reading the state of %1 failed").arg(name);
    for (const QString &interface :
        { SystemdConnection::UnitInterface, SystemdConnection::ServiceInterface }) {
        send(SystemdConnection::propertiesGetAll(m_path, interface), what,
            [this, interface](const QDBusMessage &reply) {
                const QVariantMap raw = qdbus_cast<QVariantMap>(reply.arguments().value(0));
                QVariantMap &target = interface == SystemdConnection::UnitInterface
                    ? m_properties.unit
                    : m_properties.service;
                target = UnitPropertyCodec::normalize(interface, raw);
                if (--m_pending == 0)
                    succeed();
            });
    }
}

} // namespace charon::core
