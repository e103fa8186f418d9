// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What a screen reader gets from the details pane: a table of two columns, name and value, one
// row per field shown ("State", "ACTIVE"; "Stop timeout", "5 min"...), instead of the one long
// text the rich-text browser would give. Installed with QAccessible::installFactory for
// GuestDetailsPane; the cells are read from the pane's own pairs(), so they say what is drawn.

#include <QAccessibleWidget>
#include <QHash>

namespace charon::ui {

class GuestDetailsPane;

class GuestDetailsAccessible : public QAccessibleWidget, public QAccessibleTableInterface
{
public:
    explicit GuestDetailsAccessible(GuestDetailsPane *pane);
    ~GuestDetailsAccessible() override; // the cells go with the table
    static QAccessibleInterface *create(const QString &className, QObject *object);

    // QAccessibleInterface
    void *interface_cast(QAccessible::InterfaceType type) override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QString text(QAccessible::Text t) const override;

    // QAccessibleTableInterface
    QAccessibleInterface *caption() const override;
    QAccessibleInterface *summary() const override;
    QAccessibleInterface *cellAt(int row, int column) const override;
    int columnCount() const override { return 2; }
    int rowCount() const override;
    QString columnDescription(int column) const override;
    QString rowDescription(int row) const override;
    int selectedCellCount() const override { return 0; }
    QList<QAccessibleInterface *> selectedCells() const override { return {}; }
    int selectedColumnCount() const override { return 0; }
    int selectedRowCount() const override { return 0; }
    QList<int> selectedColumns() const override { return {}; }
    QList<int> selectedRows() const override { return {}; }
    bool isColumnSelected(int) const override { return false; }
    bool isRowSelected(int) const override { return false; }
    bool selectRow(int) override { return false; }
    bool selectColumn(int) override { return false; }
    bool unselectRow(int) override { return false; }
    bool unselectColumn(int) override { return false; }
    void modelChange(QAccessibleTableModelChangeEvent *) override { }

private:
    GuestDetailsPane *pane() const;
    // The cells are made once per (row, column) and kept by Qt's accessibility cache.
    mutable QHash<int, QAccessible::Id> m_cells;
};

} // namespace charon::ui
