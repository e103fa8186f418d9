// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What a LogView lets through of its LogModel: lines at least as severe as the chosen level
// (our own remarks always pass it) that contain the search text (case-insensitive, in the
// text or the writer's name).

#include <QSortFilterProxyModel>

namespace charon::ui {

class LogFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LogFilterProxy(QObject *parent = nullptr);

    void setMaxPriority(int priority); // 7 = everything
    int maxPriority() const { return m_maxPriority; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_maxPriority = 7;
    QString m_search;
};

} // namespace charon::ui
