// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The guest list as a table, over the live GuestStore. It holds no copy of the guests: rows
// are the store's rows, and the model forwards the store's signals with the exact model
// contract (beginInsertRows/endInsertRows, ...). A change reported by the store becomes
// dataChanged, with its roles, for the cells whose shown text or icon really changed (each
// cell's last shown look is remembered) and nothing else: never a layout change or a reset, so
// a state change repaints one cell even with hundreds of guests, and a change nobody can see
// (a date behind a tooltip) repaints nothing. While a guest is ACTIVATING/DEACTIVATING or has a
// job of ours in flight, a short timer turns its spinner (that cell's icon only); no row busy,
// no timer; an interval of 0 (View > No Animations) keeps the icon still. Nothing here talks to
// systemd.

#include "core/guests/gueststore.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QTimer>

namespace charon::ui {

class GuestTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DefaultColumn,
        NameColumn,
        EmulatorColumn,
        ConfigColumn,
        CpuColumn,
        MemoryColumn,
        StateColumn,
        LicenseColumn,
        GuestOsColumn,
        AutoBootColumn,
        ConsoleColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // Row-level roles: the same value whatever the column.
    enum Role {
        GuestNameRole = Qt::UserRole + 1,
        StateRole, // int(core::GuestState)
        StopReasonRole, // int(core::StopReason)
        StateTextRole, // "INACTIVE REQUESTED"
        StateColorRole, // QColor: the state's accent colour
        StateIconNameRole, // "guest-active", "guest-busy", ... (the icon's shape)
        JobTextRole, // "starting…" or ""
        RestartNeededRole, // bool: running on a configuration changed since (core::restartNeeded)
        BusyRole, // bool: in transition or with a job in flight (the spinner turns)
        SortRole, // per column: the value the proxy sorts on
    };
    Q_ENUM(Role)

    explicit GuestTableModel(core::GuestStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    core::GuestStore *store() const { return m_store; }
    const core::Guest *guestAt(const QModelIndex &index) const;
    // The columns whose cells show something of `fields`, in column order.
    static QList<int> columnsFor(core::Guest::Fields fields);

    // Spinner speed; 0 stops the animation entirely (a static icon still marks busy rows).
    static constexpr int kActivityInterval = 150;
    void setActivityInterval(int msec);
    bool isAnimating() const { return m_activity.isActive(); }
    int activityFrame() const { return m_frame; }

    // "PAR (hpa9-64)": the emulator family (Charon-PAR/AXP/VAX) and the binary's name.
    static QString emulatorText(const core::Guest &guest);
    // "4 GB", "1.5 GB", "512 MB", "-".
    static QString memoryText(int megabytes);

private:
    void onAboutToBeAdded(int row);
    void onAdded(int row, const QString &name);
    void onAboutToBeRemoved(int row, const QString &name);
    void onRemoved(int row, const QString &name);
    void onChanged(int row, const QString &name, core::Guest::Fields fields);
    void trackBusy(const core::Guest &guest);
    void advanceActivity();

    QVariant displayData(const core::Guest &guest, int column) const;
    QVariant decorationData(const core::Guest &guest, int column) const;
    QVariant toolTipData(const core::Guest &guest, int column) const;
    QVariant sortData(const core::Guest &guest, int column) const;
    // What a cell shows: its text and its icon's name (the drawing), one string to compare.
    QString shownLook(const core::Guest &guest, int column) const;
    void rememberLooks(const core::Guest &guest);
    // The roles a change of that cell touches (the row-level state roles too for the state).
    static QList<int> rolesFor(int column);

    core::GuestStore *m_store;
    QSet<QString> m_busy; // guests whose state icon turns (ACTIVATING, DEACTIVATING)
    QHash<QString, QList<QString>> m_looks; // guest name -> shownLook per column
    QTimer m_activity;
    int m_frame = 0;
    int m_activityInterval = kActivityInterval;
};

} // namespace charon::ui
