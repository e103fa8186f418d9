// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The properties of one unit that a Guest is built from: GetAll on
// org.freedesktop.systemd1.Unit and on org.freedesktop.systemd1.Service, both sent at once
// (one round trip). The unit is addressed by its object path, which makes systemd load it if
// it is not in memory, so no LoadUnit call is needed first. Many of these jobs run in parallel
// during a (re)load: 300 guests cost 600 messages in flight and one round trip of latency.

#include "core/systemd/systemdjob.h"
#include "core/systemd/unitproperties.h"

namespace charon::core {

class UnitPropertiesJob : public SystemdJob
{
    Q_OBJECT

public:
    UnitPropertiesJob(SystemdConnection *connection, const QString &unit, QObject *parent);

    QString unit() const { return m_unit; }
    QString objectPath() const { return m_path; }
    // Normalized (see UnitPropertyCodec): only the properties the product uses.
    const UnitProperties &properties() const { return m_properties; }

private:
    QString m_unit;
    QString m_path;
    UnitProperties m_properties;
    int m_pending = 2;
};

} // namespace charon::core
