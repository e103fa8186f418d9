// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Sorting and the filter box of the guest table. The filter keeps a guest when every word
// typed appears (case-insensitively) in its name or configuration path, or starts a word of
// its state text, so "failed prod" narrows to the failed production guests and "active" does
// not find INACTIVE ones. Sorting uses the model's SortRole (numbers sort as numbers, states by
// urgency, texts in natural order: g2 before g10) with the name as tie-break, so equal keys
// keep a stable, predictable order.

#include <QCollator>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace charon::ui {

class GuestFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit GuestFilterProxy(QObject *parent = nullptr);

    QString filterText() const { return m_words.join(u' '); }
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_words;
    QList<QRegularExpression> m_stateWords; // each word, at the start of a word of the state
    QCollator m_collator; // numeric mode, case-insensitive
};

} // namespace charon::ui
