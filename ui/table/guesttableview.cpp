// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/table/guesttableview.h"

#include "ui/table/guestactions.h"
#include "ui/table/guestfilterproxy.h"
#include "ui/table/guesttablemodel.h"
#include "ui/table/statepilldelegate.h"

#include <QAccessible>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace charon::ui {

GuestTableView::GuestTableView(GuestTableModel *model, GuestFilterProxy *proxy, QWidget *parent)
    : QTreeView(parent)
    , m_model(model)
    , m_proxy(proxy)
{
    setObjectName(u"guestTable"_s);
    setAccessibleName(tr("Guests"));
    proxy->setSourceModel(model);
    setModel(proxy);
    // The column titles never show which rows are selected, yet the header repaints its whole
    // width on every selection change when it follows the view's selection: over ssh -X that
    // is a strip of pixels per click. It gets a selection model of its own.
    header()->setSelectionModel(new QItemSelectionModel(proxy, header()));
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setTextElideMode(Qt::ElideMiddle); // paths: both ends matter
    setSortingEnabled(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setItemDelegateForColumn(GuestTableModel::StateColumn, new StatePillDelegate(this));
    header()->setSectionsMovable(true);
    header()->setFirstSectionMovable(false);
    header()->setStretchLastSection(true);
    applyDefaultLayout();

    connect(this, &QWidget::customContextMenuRequested, this, &GuestTableView::showContextMenu);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { Q_EMIT selectionChangedTo(selectedGuests()); });
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { Q_EMIT currentGuestChanged(currentGuest()); });
}

void GuestTableView::applyDefaultLayout()
{
    // Wide enough for typical values and for the column title with its sort arrow.
    const QFontMetrics fm = fontMetrics();
    const int icon = fm.height() + 4;
    // A long translated title ("Konfigurationsdatei") may widen its column by a few letters
    // at most: beyond that it is elided, the whole title in its tooltip, so the columns after
    // it stay on screen.
    const int titleSlack = fm.horizontalAdvance(u"MMMM"_s);
    const auto fit = [&](int column, const QString &sample, int extra = 0) {
        const QString title = model()->headerData(column, Qt::Horizontal).toString();
        const int valueWidth = fm.horizontalAdvance(sample) + 14 + extra;
        const int titleWidth = title.isEmpty() ? 0 : fm.horizontalAdvance(title) + 22;
        header()->resizeSection(
            column, qMax(valueWidth, qMin(titleWidth, valueWidth + titleSlack)));
    };
    using M = GuestTableModel;
    header()->resizeSection(M::DefaultColumn, icon + 10);
    header()->setSectionResizeMode(M::DefaultColumn, QHeaderView::Fixed);
    fit(M::NameColumn, u"hpux-prod-db01"_s, icon);
    fit(M::EmulatorColumn, u"PAR (hpa9-64)"_s);
    fit(M::ConfigColumn, u"/charon/hpux-prod.cfg"_s);
    fit(M::CpuColumn, u"32"_s);
    fit(M::MemoryColumn, u"16 GB"_s);
    fit(M::StateColumn, u"DEACTIVATING stopping…"_s, icon + 12);
    fit(M::AutoBootColumn, u"yes"_s);
    fit(M::ConsoleColumn, u"10003"_s, icon);
    // The state right after the name: in a narrow window it stays in view, before the long
    // emulator and configuration columns (only the view's order: the model keeps its columns).
    header()->moveSection(
        header()->visualIndex(M::StateColumn), header()->visualIndex(M::NameColumn) + 1);
    sortByColumn(M::NameColumn, Qt::AscendingOrder);
}

void GuestTableView::dataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (topLeft != bottomRight || topLeft.column() != GuestTableModel::StateColumn
        || roles.isEmpty()) {
        QTreeView::dataChanged(topLeft, bottomRight, roles);
        return;
    }
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(topLeft);
    if (!option.rect.isValid()) // scrolled out of sight
        return;
    if (roles == QList<int> { Qt::DecorationRole }) {
        viewport()->update(StatePillDelegate::iconRect(option).adjusted(-1, -1, 1, 1));
        return;
    }
    // The cell's background does not change with the state: what the old and the new pill
    // and words cover is all that looks different.
    const QString name = topLeft.data(GuestTableModel::GuestNameRole).toString();
    const int before = m_stateExtents.value(name, option.rect.width());
    const int now = stateExtent(topLeft);
    m_stateExtents.insert(name, now);
    // Not the cell's margins either: only the pill and its words are drawn there.
    QRect dirty = StatePillDelegate::contentRect(option);
    dirty.setRight(std::min(dirty.right(), option.rect.left() + std::max(before, now) - 1));
    viewport()->update(dirty);
#if QT_CONFIG(accessibility)
    // What QAbstractItemView::dataChanged tells a screen reader.
    if (QAccessible::isActive()) {
        QAccessibleTableModelChangeEvent event(this, QAccessibleTableModelChangeEvent::DataChanged);
        event.setFirstRow(topLeft.row());
        event.setFirstColumn(topLeft.column());
        event.setLastRow(bottomRight.row());
        event.setLastColumn(bottomRight.column());
        QAccessible::updateAccessibility(&event);
    }
#endif
}

int GuestTableView::stateExtent(const QModelIndex &cell) const
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(cell);
    // A few pixels more than measured: antialiased edges and the delegate's own slack.
    return itemDelegateForColumn(GuestTableModel::StateColumn)->sizeHint(option, cell).width() + 4;
}

void GuestTableView::drawRow(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTreeView::drawRow(painter, option, index);
    const QModelIndex cell = index.siblingAtColumn(GuestTableModel::StateColumn);
    m_stateExtents.insert(cell.data(GuestTableModel::GuestNameRole).toString(), stateExtent(cell));
}

void GuestTableView::setActions(GuestActions *actions)
{
    m_actions = actions;
    addAction(actions->remove()); // Delete works while the table has the focus
    connect(this, &QAbstractItemView::activated, actions, [actions] {
        if (actions->openConsole()->isEnabled())
            actions->openConsole()->trigger();
    });
}

QStringList GuestTableView::selectedGuests() const
{
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList names;
    for (const QModelIndex &row : rows)
        names << row.data(GuestTableModel::GuestNameRole).toString();
    return names;
}

QString GuestTableView::currentGuest() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(GuestTableModel::GuestNameRole).toString() : QString();
}

bool GuestTableView::selectGuest(const QString &name)
{
    const int sourceRow = m_model->store()->rowOf(name);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

void GuestTableView::saveLayout(const QString &settingsKey) const
{
    QSettings().setValue(settingsKey, header()->saveState());
}

void GuestTableView::restoreLayout(const QString &settingsKey)
{
    const QByteArray state = QSettings().value(settingsKey).toByteArray();
    if (!state.isEmpty())
        header()->restoreState(state);
}

void GuestTableView::showContextMenu(const QPoint &pos)
{
    if (!m_actions)
        return;
    QMenu menu(this);
    m_actions->populateMenu(&menu);
    menu.exec(viewport()->mapToGlobal(pos));
}

} // namespace charon::ui
