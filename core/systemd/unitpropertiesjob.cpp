// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/systemd/unitpropertiesjob.h"

#include "core/domain/guest.h"
#include "core/systemd/systemdconnection.h"

#include <QDBusArgument>
#include <QDBusVariant>

namespace charon::core {

QString UnitPropertiesJob::failureText(const QString &unit)
{
    QString name = guestNameFromUnit(unit);
    if (name.isEmpty())
        name = unit;
    return tr("Reading the state of %1 failed").arg(name);
}

UnitPropertiesJob::UnitPropertiesJob(
    SystemdConnection *connection, const QString &unit, QObject *parent)
    : SystemdJob(connection, parent)
    , m_unit(unit)
    , m_path(UnitPropertyCodec::unitObjectPath(unit))
{
    const QString what = failureText(unit);
    m_pending = 2;
    for (const QString &interface :
        { SystemdConnection::UnitInterface, SystemdConnection::ServiceInterface }) {
        send(SystemdConnection::propertiesGetAll(m_path, interface), what,
            [this, interface](const QDBusMessage &reply) {
                const QVariantMap raw = qdbus_cast<QVariantMap>(reply.arguments().value(0));
                QVariantMap &target = interface == SystemdConnection::UnitInterface
                    ? m_properties.unit
                    : m_properties.service;
                target = UnitPropertyCodec::normalize(interface, raw);
                if (interface == SystemdConnection::ServiceInterface)
                    m_lastRunPids = UnitPropertyCodec::lastRunPids(raw);
                if (--m_pending == 0)
                    succeed();
            });
    }
}

UnitPropertiesJob::UnitPropertiesJob(SystemdConnection *connection, const QString &unit,
    const QStringList &unitProperties, const QStringList &serviceProperties, QObject *parent)
    : SystemdJob(connection, parent)
    , m_unit(unit)
    , m_path(UnitPropertyCodec::unitObjectPath(unit))
{
    const QString what = failureText(unit);
    m_pending = int(unitProperties.size() + serviceProperties.size());
    if (m_pending == 0) {
        succeed(); // finished() is queued: the caller connects first
        return;
    }
    for (const QString &interface :
        { SystemdConnection::UnitInterface, SystemdConnection::ServiceInterface }) {
        const bool isUnit = interface == SystemdConnection::UnitInterface;
        for (const QString &property : isUnit ? unitProperties : serviceProperties) {
            send(SystemdConnection::propertyGet(m_path, interface, property), what,
                [this, interface, property, isUnit](const QDBusMessage &reply) {
                    const QVariant value
                        = qvariant_cast<QDBusVariant>(reply.arguments().value(0)).variant();
                    QVariantMap &target = isUnit ? m_properties.unit : m_properties.service;
                    target.insert(UnitPropertyCodec::normalize(interface, { { property, value } }));
                    if (--m_pending == 0)
                        succeed();
                });
        }
    }
}

} // namespace charon::core
