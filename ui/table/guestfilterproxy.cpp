// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/table/guestfilterproxy.h"

#include "ui/table/guesttablemodel.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace charon::ui {

GuestFilterProxy::GuestFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(GuestTableModel::SortRole);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Qt's collator for the C locale (a server's usual LANG) compares code points and ignores
    // the numeric mode: collate as English there.
    if (QLocale().language() == QLocale::C)
        m_collator.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void GuestFilterProxy::setFilterText(const QString &text)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    const QStringList words = text.split(spaces, Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    m_stateWords.clear();
    for (const QString &word : words) {
        m_stateWords << QRegularExpression(
            u"(?<![\\p{L}\\p{N}])"_s + QRegularExpression::escape(word),
            QRegularExpression::CaseInsensitiveOption
                | QRegularExpression::UseUnicodePropertiesOption);
    }
    invalidateRowsFilter();
}

bool GuestFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QAbstractItemModel *source = sourceModel();
    const auto text = [&](int column) {
        return source->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
    };
    const QString haystack
        = text(GuestTableModel::NameColumn) + u'\n' + text(GuestTableModel::ConfigColumn);
    const QString state = text(GuestTableModel::StateColumn);
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        if (haystack.contains(m_words.at(i), Qt::CaseInsensitive))
            continue;
        // In the state, a word matches only at the start of a state word: "active" finds
        // ACTIVE, not INACTIVE; "fail" still finds FAILED.
        if (!m_stateWords.at(i).match(state).hasMatch())
            return false;
    }
    return true;
}

bool GuestFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        // Natural order: g2 before g10.
        const int c = m_collator.compare(a.toString(), b.toString());
        if (c != 0)
            return c < 0;
    } else {
        const QPartialOrdering order = QVariant::compare(a, b);
        if (order == QPartialOrdering::Less)
            return true;
        if (order == QPartialOrdering::Greater)
            return false;
    }
    // Equal keys: by name, so the order does not depend on where rows happen to be.
    const QString leftName = left.data(GuestTableModel::GuestNameRole).toString();
    const QString rightName = right.data(GuestTableModel::GuestNameRole).toString();
    const int c = m_collator.compare(leftName, rightName);
    return c != 0 ? c < 0 : leftName < rightName;
}

} // namespace charon::ui
