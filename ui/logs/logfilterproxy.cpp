// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/logs/logfilterproxy.h"

#include "ui/logs/logmodel.h"

namespace charon::ui {

LogFilterProxy::LogFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void LogFilterProxy::setMaxPriority(int priority)
{
    if (priority == m_maxPriority)
        return;
    m_maxPriority = priority;
    invalidateRowsFilter();
}

void LogFilterProxy::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    invalidateRowsFilter();
}

bool LogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool notice = index.data(LogModel::NoticeRole).toBool();
    if (!notice && index.data(LogModel::PriorityRole).toInt() > m_maxPriority)
        return false;
    if (m_search.isEmpty())
        return true;
    return index.data(LogModel::SearchTextRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace charon::ui
