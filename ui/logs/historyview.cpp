// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/logs/historyview.h"

#include "core/journal/guesthistory.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using charon::core::HistoryEvent;
using charon::core::LogLine;

namespace charon::ui {

HistoryView::HistoryView(core::GuestHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_problems(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    m_problems->setWordWrap(true);
    m_problems->setVisible(false);
    m_problems->setAccessibleName(tr("Problems reading the history"));
    m_tree->setObjectName(u"historyTree"_s);
    m_tree->setAccessibleName(tr("Event history, newest first"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels({ tr("Time"), tr("Event"), tr("Read from"), tr("Line") });
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_problems);
    layout->addWidget(m_tree, 1);
    connect(m_history, &core::GuestHistory::changed, this, &HistoryView::refresh);
    connect(m_history, &core::GuestHistory::problem, this, &HistoryView::refresh);
    refresh();
}

QString HistoryView::problemText() const
{
    return m_problems->text();
}

void HistoryView::refresh()
{
    const QStringList problems = m_history->problems();
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());

    const QList<HistoryEvent> events = m_history->events();
    QList<QTreeWidgetItem *> items;
    items.reserve(events.size());
    for (const HistoryEvent &event : events) {
        auto *item = new QTreeWidgetItem;
        item->setText(TimeColumn,
            event.time.isValid() ? event.time.toLocalTime().toString(u"yyyy-MM-dd hh:mm:ss"_s)
                                 : tr("(no time)"));
        // The severity in words as well as in colour.
        QString title = event.title;
        if (event.priority <= LogLine::Error)
            title = u"⚠ "_s + title;
        item->setText(EventColumn, title);
        item->setToolTip(EventColumn, LogLine::priorityName(event.priority));
        item->setText(SourceColumn,
            event.source == HistoryEvent::Source::Journal ? tr("journal") : tr("emulator log"));
        item->setText(LineColumn, event.detail);
        item->setToolTip(LineColumn, event.detail);
        QColor colour;
        if (event.priority <= LogLine::Error)
            colour = QColor(0xc0, 0x1c, 0x28);
        else if (event.priority == LogLine::Warning)
            colour = QColor(0xa0, 0x5a, 0x00);
        else if (event.kind == HistoryEvent::Kind::Started
            || event.kind == HistoryEvent::Kind::LicenseRestored)
            colour = QColor(0x26, 0x80, 0x3a);
        if (colour.isValid())
            item->setForeground(EventColumn, colour);
        items << item;
    }
    m_tree->clear();
    m_tree->addTopLevelItems(items);
    if (!items.isEmpty()) {
        m_tree->resizeColumnToContents(TimeColumn);
        m_tree->resizeColumnToContents(EventColumn);
        m_tree->resizeColumnToContents(SourceColumn);
    }
}

} // namespace charon::ui
