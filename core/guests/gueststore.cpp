// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/guests/gueststore.h"

#include <QSet>

namespace charon::core {

GuestStore::GuestStore(QObject *parent)
    : QObject(parent)
{ }

const Guest *GuestStore::find(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? nullptr : &m_guests.at(row);
}

QStringList GuestStore::names() const
{
    QStringList result;
    result.reserve(m_guests.size());
    for (const Guest &guest : m_guests)
        result.append(guest.name);
    return result;
}

Guest::Fields GuestStore::upsert(const Guest &guest)
{
    const int row = rowOf(guest.name);
    if (row < 0) {
        const int newRow = count();
        Q_EMIT guestAboutToBeAdded(newRow);
        m_guests.append(guest);
        m_rows.insert(guest.name, newRow);
        Q_EMIT guestAdded(newRow, guest.name);
        return Guest::Fields(~quint32(0));
    }
    const Guest::Fields changed = Guest::diff(m_guests.at(row), guest);
    if (changed) {
        m_guests[row] = guest;
        Q_EMIT guestChanged(row, guest.name, changed);
    }
    return changed;
}

bool GuestStore::remove(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0)
        return false;
    Q_EMIT guestAboutToBeRemoved(row, name);
    m_guests.removeAt(row);
    m_rows.remove(name);
    // Rows after the removed one shift up by one.
    for (int i = row; i < count(); ++i)
        m_rows[m_guests.at(i).name] = i;
    Q_EMIT guestRemoved(row, name);
    return true;
}

void GuestStore::resync(const QList<Guest> &guests)
{
    QSet<QString> keep;
    for (const Guest &guest : guests)
        keep.insert(guest.name);
    const QStringList current = names();
    for (const QString &name : current) {
        if (!keep.contains(name))
            remove(name);
    }
    for (const Guest &guest : guests)
        upsert(guest);
}

void GuestStore::setConnected(bool connected, const QString &reason)
{
    if (connected == m_connected) {
        if (!connected && !reason.isEmpty() && reason != m_reason) {
            m_reason = reason;
            Q_EMIT disconnectionReasonChanged(reason);
        }
        return;
    }
    m_connected = connected;
    m_reason = connected ? QString() : reason;
    Q_EMIT connectionChanged(connected, reason);
}

} // namespace charon::core
