// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The guest table as a view: a flat list (QTreeView without a root, uniform row heights, so
// hundreds of rows scroll as cheaply as ten), whole-row multi-selection, the state pill
// delegate (a spinner frame repaints its icon only), sortable columns whose widths and order are
// remembered (QSettings), and the guest actions in its context menu. It shows a GuestFilterProxy
// over a GuestTableModel.

#include <QHash>
#include <QStringList>
#include <QTreeView>

namespace charon::ui {

class GuestActions;
class GuestFilterProxy;
class GuestTableModel;

class GuestTableView : public QTreeView
{
    Q_OBJECT

public:
    GuestTableView(GuestTableModel *model, GuestFilterProxy *proxy, QWidget *parent = nullptr);

    void setActions(GuestActions *actions);
    // Names of the selected guests, in view order.
    QStringList selectedGuests() const;
    // The guest of the current row (what the details pane shows), "" when none.
    QString currentGuest() const;
    // Makes that guest the current and only selected row; false when it is filtered out or absent.
    bool selectGuest(const QString &name);

    void saveLayout(const QString &settingsKey) const;
    void restoreLayout(const QString &settingsKey);

protected:
    // A spinner frame (the state cell's icon alone changed) repaints that icon, not the cell;
    // a new state repaints the part of its cell the pill and its words covered or cover now.
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
        const QList<int> &roles = QList<int>()) override;
    // Notes how wide each painted state cell's contents are (for dataChanged).
    void drawRow(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;

Q_SIGNALS:
    void selectionChangedTo(const QStringList &names);
    void currentGuestChanged(const QString &name);

private:
    void applyDefaultLayout();
    void showContextMenu(const QPoint &pos);

    int stateExtent(const QModelIndex &cell) const;

    GuestTableModel *m_model;
    // Guest name -> width of its state cell's contents when last painted.
    mutable QHash<QString, int> m_stateExtents;
    GuestFilterProxy *m_proxy;
    GuestActions *m_actions = nullptr;
};

} // namespace charon::ui
