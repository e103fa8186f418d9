// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The live list of guests of one host: the single place views (table model, details, tray,
// CLI) read from. Whoever learns something about a guest (the systemd monitor, the config
// watcher, the license monitor) calls upsert() with the new value; the store works out which
// fields changed and tells listeners exactly that, so a view repaints cells, not tables.
// Rows are stable: a guest keeps its row until it is removed; new guests are appended.

#include "core/domain/guest.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace charon::core {

class GuestStore : public QObject
{
    Q_OBJECT

public:
    explicit GuestStore(QObject *parent = nullptr);

    int count() const { return int(m_guests.size()); }
    const Guest &at(int row) const { return m_guests.at(row); }
    int rowOf(const QString &name) const { return m_rows.value(name, -1); }
    const Guest *find(const QString &name) const;
    const QList<Guest> &guests() const { return m_guests; }
    QStringList names() const;

    // Adds the guest or, when one of that name exists, replaces it and reports what changed.
    // Returns the fields that changed (all of them for a new guest).
    Guest::Fields upsert(const Guest &guest);
    // Applies `change` to the stored guest of that name, if any; same reporting as upsert().
    template<typename Fn> Guest::Fields update(const QString &name, Fn change)
    {
        const Guest *current = find(name);
        if (!current)
            return {};
        Guest next = *current;
        change(next);
        return upsert(next);
    }
    bool remove(const QString &name);
    // Replaces the whole list (after a reconnect): guests not in `guests` are removed, others
    // upserted, so views see the minimal set of changes rather than a reset.
    void resync(const QList<Guest> &guests);

    // Whether the store reflects a live connection to the host's systemd right now.
    bool isConnected() const { return m_connected; }
    // Why not, while not connected (the last word given); "" when connected or not said.
    QString disconnectionReason() const { return m_reason; }
    void setConnected(bool connected, const QString &reason = {});

Q_SIGNALS:
    void guestAboutToBeAdded(int row);
    void guestAdded(int row, const QString &name);
    void guestAboutToBeRemoved(int row, const QString &name);
    void guestRemoved(int row, const QString &name);
    void guestChanged(int row, const QString &name, charon::core::Guest::Fields fields);
    void connectionChanged(bool connected, const QString &reason);
    // While not connected, a new word on why (a retry scheduled, the manager still away);
    // connectionChanged() stays the one signal for the change itself.
    void disconnectionReasonChanged(const QString &reason);

private:
    QList<Guest> m_guests;
    QHash<QString, int> m_rows;
    bool m_connected = false;
    QString m_reason;
};

} // namespace charon::core
