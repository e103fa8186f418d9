// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/config/nicassembler.h"

namespace charon::core {

qsizetype NicAssembler::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

NicAssembler::Record &NicAssembler::record(const QString &name, int line)
{
    const qsizetype i = indexOf(name);
    if (i >= 0)
        return m_records[i];
    m_records.append(Record { name, {}, {}, {}, {}, line });
    return m_records.last();
}

void NicAssembler::setAdapter(const QString &name, const QString &type, int line)
{
    record(name, line).adapterType = type;
}

void NicAssembler::setInterface(const QString &name, const QString &iface, int line)
{
    record(name, line).interface = iface;
}

void NicAssembler::setMappingMode(const QString &name, const QString &mode, int line)
{
    record(name, line).mappingMode = mode;
}

void NicAssembler::setLink(const QString &name, const QString &target, int line)
{
    record(name, line).link = target;
}

QList<NicConfig> NicAssembler::result(const EmulatorProfile &profile) const
{
    QList<Record> records = m_records;
    QList<bool> consumed(records.size(), false);
    // `set EWA0 interface="eth1"` names a host interface, `set EWA interface=EWA0` a packet
    // port: only a name the file defines is a link.
    for (Record &r : records) {
        if (!r.link.isEmpty() && indexOf(r.link) < 0 && r.interface.isEmpty())
            r.interface = r.link;
    }
    for (qsizetype i = 0; i < records.size(); ++i) {
        Record &adapter = records[i];
        if (adapter.adapterType.isEmpty())
            continue;
        const QString portName
            = indexOf(adapter.link) >= 0 ? adapter.link : profile.implicitNicLink(adapter.name);
        const qsizetype port = portName.isEmpty() ? -1 : indexOf(portName);
        if (port < 0 || port == i || !records.at(port).adapterType.isEmpty())
            continue;
        if (adapter.interface.isEmpty())
            adapter.interface = records.at(port).interface;
        consumed[port] = true;
    }
    QList<NicConfig> nics;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (consumed.at(i))
            continue;
        const Record &r = records.at(i);
        QString mode = r.adapterType;
        if (mode.isEmpty())
            mode = r.mappingMode.isEmpty() ? profile.defaultNicMappingMode() : r.mappingMode;
        nics.append(NicConfig { r.name, r.interface, mode, r.line });
    }
    return nics;
}

} // namespace charon::core
