// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/window/guestdetailsaccessible.h"

#include "ui/window/guestdetailspane.h"

#include <QCoreApplication>
#include <QPointer>

namespace charon::ui {

namespace {

// One cell: a field's name (column 0) or its value (column 1), read from the pane when asked.
class DetailsCell : public QAccessibleInterface, public QAccessibleTableCellInterface
{
public:
    DetailsCell(GuestDetailsAccessible *table, GuestDetailsPane *pane, int row, int column)
        : m_table(table)
        , m_pane(pane)
        , m_row(row)
        , m_column(column)
    { }

    bool isValid() const override { return m_pane && m_row < m_pane->pairs().size(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_table->window(); }
    QAccessibleInterface *parent() const override { return m_table; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QRect rect() const override { return m_table->rect(); }
    QAccessible::Role role() const override
    {
        return m_column == 0 ? QAccessible::RowHeader : QAccessible::Cell;
    }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.readOnly = true;
        return s;
    }
    void setText(QAccessible::Text, const QString &) override { }
    QString text(QAccessible::Text t) const override
    {
        if (!isValid() || (t != QAccessible::Name && t != QAccessible::Value))
            return {};
        const auto pair = m_pane->pairs().at(m_row);
        return m_column == 0 ? pair.first : pair.second;
    }
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::TableCellInterface
            ? static_cast<QAccessibleTableCellInterface *>(this)
            : nullptr;
    }

    // QAccessibleTableCellInterface
    int columnExtent() const override { return 1; }
    int rowExtent() const override { return 1; }
    QList<QAccessibleInterface *> columnHeaderCells() const override { return {}; }
    QList<QAccessibleInterface *> rowHeaderCells() const override
    {
        return m_column == 1 ? QList<QAccessibleInterface *> { m_table->cellAt(m_row, 0) }
                             : QList<QAccessibleInterface *> {};
    }
    int columnIndex() const override { return m_column; }
    int rowIndex() const override { return m_row; }
    bool isSelected() const override { return false; }
    QAccessibleInterface *table() const override { return m_table; }

private:
    GuestDetailsAccessible *m_table;
    QPointer<GuestDetailsPane> m_pane;
    int m_row;
    int m_column;
};

} // namespace

GuestDetailsAccessible::GuestDetailsAccessible(GuestDetailsPane *pane)
    : QAccessibleWidget(pane, QAccessible::Table)
{ }

GuestDetailsAccessible::~GuestDetailsAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_cells))
        QAccessible::deleteAccessibleInterface(id);
}

QAccessibleInterface *GuestDetailsAccessible::create(const QString &className, QObject *object)
{
    if (className == QLatin1String("charon::ui::GuestDetailsPane") && object->isWidgetType())
        return new GuestDetailsAccessible(static_cast<GuestDetailsPane *>(object));
    return nullptr;
}

GuestDetailsPane *GuestDetailsAccessible::pane() const
{
    return static_cast<GuestDetailsPane *>(widget());
}

void *GuestDetailsAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TableInterface)
        return static_cast<QAccessibleTableInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

int GuestDetailsAccessible::rowCount() const
{
    return int(pane()->pairs().size());
}

int GuestDetailsAccessible::childCount() const
{
    return rowCount() * 2;
}

QAccessibleInterface *GuestDetailsAccessible::child(int index) const
{
    return index < 0 || index >= childCount() ? nullptr : cellAt(index / 2, index % 2);
}

int GuestDetailsAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (!child)
        return -1;
    const QAccessible::Id id = QAccessible::uniqueId(const_cast<QAccessibleInterface *>(child));
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it) {
        if (it.value() == id)
            return it.key();
    }
    return -1;
}

QAccessibleInterface *GuestDetailsAccessible::cellAt(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column > 1)
        return nullptr;
    const int key = row * 2 + column;
    if (const auto id = m_cells.value(key); id != 0) {
        if (QAccessibleInterface *cell = QAccessible::accessibleInterface(id))
            return cell;
    }
    auto *cell = new DetailsCell(const_cast<GuestDetailsAccessible *>(this), pane(), row, column);
    m_cells.insert(key, QAccessible::registerAccessibleInterface(cell));
    return cell;
}

QString GuestDetailsAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Name) {
        const QString name = pane()->title();
        // Not tr(): in this class that is QAccessibleWidget's (from QAccessibleActionInterface),
        // whose context is not ours, so no translation was ever found.
        return name.isEmpty()
            ? QCoreApplication::translate("charon::ui::GuestDetailsAccessible", "Guest details")
            : QCoreApplication::translate("charon::ui::GuestDetailsAccessible", "Details of %1")
                  .arg(name);
    }
    return QAccessibleWidget::text(t);
}

QAccessibleInterface *GuestDetailsAccessible::caption() const
{
    return nullptr;
}

QAccessibleInterface *GuestDetailsAccessible::summary() const
{
    return nullptr;
}

QString GuestDetailsAccessible::columnDescription(int column) const
{
    return column == 0 ? QCoreApplication::translate("charon::ui::GuestDetailsAccessible", "Field")
                       : QCoreApplication::translate("charon::ui::GuestDetailsAccessible", "Value");
}

QString GuestDetailsAccessible::rowDescription(int row) const
{
    return row >= 0 && row < rowCount() ? pane()->pairs().at(row).first : QString();
}

} // namespace charon::ui
