// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The lines a LogView shows, at most cap() of them. Following (the usual state), new lines go
// at the bottom and the oldest leave at the top; older lines read again on scroll back go at
// the top and, past the cap, the newest leave at the bottom: the model is then no longer
// following, counts the lines it did not take (missed()) until "Jump to Now" reloads the
// newest.

#include "core/journal/logline.h"

#include <QAbstractListModel>

namespace charon::ui {

class LogModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { PriorityRole = Qt::UserRole + 1, NoticeRole, SearchTextRole };
    static constexpr int kDefaultCap = 5000;

    explicit LogModel(int cap = kDefaultCap, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int cap() const { return m_cap; }
    const core::LogLine &line(int row) const { return m_lines.at(row); }
    bool isFollowing() const { return m_following; }
    bool isComplete() const { return m_complete; } // the source's first line is in
    int missed() const { return m_missed; }

    void resetLines(const QList<core::LogLine> &lines);
    // Returns the number of lines dropped at the top.
    int appendLines(const QList<core::LogLine> &lines);
    // Returns the number of lines inserted at the top.
    int prependLines(const QList<core::LogLine> &lines, bool complete);

    static QString displayText(const core::LogLine &line);

Q_SIGNALS:
    void stateChanged(); // following, complete or missed changed

private:
    int m_cap;
    QList<core::LogLine> m_lines;
    bool m_following = true;
    bool m_complete = false;
    int m_missed = 0;
};

} // namespace charon::ui
