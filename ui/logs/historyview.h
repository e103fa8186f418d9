// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A guest's event history as a table, newest first: when, what (in words, coloured and marked
// by severity, never by colour alone), where it was read (journal or emulator log) and the
// line itself. Follows its GuestHistory; what went wrong reading the sources shows above it.

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace charon::core {
class GuestHistory;
}

namespace charon::ui {

class HistoryView : public QWidget
{
    Q_OBJECT

public:
    enum Column { TimeColumn, EventColumn, SourceColumn, LineColumn };

    // `history` stays the caller's.
    explicit HistoryView(core::GuestHistory *history, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QString problemText() const;

private:
    void refresh();

    core::GuestHistory *m_history;
    QLabel *m_problems;
    QTreeWidget *m_tree;
};

} // namespace charon::ui
