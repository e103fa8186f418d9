// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Gathers what a configuration says about network adapters, line by line, and turns it into
// the NIC list of a ConfigSummary. PAR names a NIC once (EWA0.iface, EWA0.mapping_mode); AXP
// and VAX split it into an emulated adapter (`load DE500BA/dec21x4x EWA`) and a packet port
// holding the host interface (`load packet_port/chnetwrk EWA0 interface="eth1"`), linked by
// `set EWA interface=EWA0` or by the profile's naming convention (EWA -> EWA0).

#include "core/domain/configsummary.h"
#include "core/config/emulatorprofile.h"

#include <QList>
#include <QString>

namespace charon::core {

class NicAssembler
{
public:
    void setAdapter(const QString &name, const QString &type, int line);
    void setInterface(const QString &name, const QString &iface, int line);
    void setMappingMode(const QString &name, const QString &mode, int line);
    void setLink(const QString &name, const QString &target, int line);

    QList<NicConfig> result(const EmulatorProfile &profile) const;

private:
    struct Record
    {
        QString name;
        QString adapterType;
        QString interface;
        QString mappingMode;
        QString link;
        int line = 0;
    };
    Record &record(const QString &name, int line);
    qsizetype indexOf(const QString &name) const;

    QList<Record> m_records; // in order of first mention
};

} // namespace charon::core
