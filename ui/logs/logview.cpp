// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/logs/logview.h"

#include "core/journal/logfeed.h"
#include "ui/logs/logfilterproxy.h"
#include "ui/logs/logmodel.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using charon::core::LogLine;

namespace charon::ui {

LogView::LogView(core::LogFeed *feed, int cap, QWidget *parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_model(new LogModel(cap, this))
    , m_proxy(new LogFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_jump(new QPushButton(tr("Jump to &Now"), this))
    , m_status(new QLabel(this))
    , m_list(new QListView(this))
{
    m_proxy->setSourceModel(m_model);
    m_search->setPlaceholderText(tr("Search these lines"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the log"));
    m_search->setObjectName(u"logSearch"_s);
    const QList<QPair<QString, int>> levels = {
        { tr("All levels"), LogLine::Debug },
        { tr("Info and above"), LogLine::Info },
        { tr("Notices and above"), LogLine::Notice },
        { tr("Warnings and errors"), LogLine::Warning },
        { tr("Errors only"), LogLine::Error },
    };
    for (const auto &[label, level] : levels)
        m_severity->addItem(label, level);
    m_severity->setAccessibleName(tr("Lowest severity shown"));
    m_severity->setToolTip(tr("Show only lines at least this severe"));
    m_severity->setObjectName(u"logSeverity"_s);
    m_jump->setAccessibleName(tr("Jump to the newest lines"));
    m_jump->setToolTip(tr("Show the newest lines and follow what is written"));
    m_jump->setObjectName(u"logJumpToNow"_s);
    m_status->setAccessibleName(tr("Log status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setModel(m_proxy);
    m_list->setUniformItemSizes(true);
    m_list->setWordWrap(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_list->setAccessibleName(tr("Log lines"));
    m_list->setObjectName(u"logLines"_s);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_severity);
    bar->addWidget(m_jump);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &LogFilterProxy::setSearchText);
    connect(m_severity, &QComboBox::currentIndexChanged, this,
        [this](int) { m_proxy->setMaxPriority(m_severity->currentData().toInt()); });
    connect(m_jump, &QPushButton::clicked, this, &LogView::jumpToNow);
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, &LogView::onScrolled);
    connect(m_model, &LogModel::stateChanged, this, &LogView::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LogView::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LogView::updateStatus);
    connect(m_feed, &core::LogFeed::reset, this, &LogView::onReset);
    connect(m_feed, &core::LogFeed::appended, this, &LogView::onAppended);
    connect(m_feed, &core::LogFeed::older, this, &LogView::onOlder);
    updateStatus();
}

void LogView::start()
{
    m_started = true;
    m_feed->start(m_model->cap());
}

void LogView::jumpToNow()
{
    if (m_model->isFollowing()) {
        m_stick = true;
        m_list->scrollToBottom();
        return;
    }
    // Scrolled back past the cap: the newest lines are read again.
    m_fetching = false;
    m_feed->start(m_model->cap());
}

void LogView::onReset(const QList<LogLine> &lines)
{
    m_fetching = false;
    m_model->resetLines(lines);
    m_stick = true;
    m_list->scrollToBottom();
}

void LogView::onAppended(const QList<LogLine> &lines)
{
    QScrollBar *bar = m_list->verticalScrollBar();
    const bool stick = m_stick || bar->value() >= bar->maximum();
    const int value = bar->value();
    const int dropped = m_model->appendLines(lines);
    if (stick) {
        m_list->scrollToBottom();
    } else if (dropped > 0) {
        // The lines the reader looks at moved up by what left the top.
        bar->setValue(std::max(0, value - dropped));
    }
}

void LogView::fetchOlder()
{
    if (m_fetching || m_model->isComplete())
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const LogLine &line = m_model->line(row);
        if (line.cursor.isEmpty() && line.offset < 0)
            continue; // our own remarks have no place in the source
        m_fetching = true;
        m_feed->fetchOlder(line, std::min(kFetchLines, std::max(1, m_model->cap() / 2)));
        updateStatus();
        return;
    }
}

void LogView::onOlder(const QList<LogLine> &lines, bool complete)
{
    if (!m_fetching)
        return; // an answer for a view that has been reset since
    m_fetching = false;
    // Keep the line at the top where it is: the older ones go above it, out of sight.
    const QModelIndex top = m_list->indexAt(QPoint(2, 2));
    const int topSource = top.isValid() ? m_proxy->mapToSource(top).row() : 0;
    const int inserted = m_model->prependLines(lines, complete);
    const QModelIndex anchor = m_proxy->mapFromSource(m_model->index(topSource + inserted, 0));
    if (anchor.isValid())
        m_list->scrollTo(anchor, QAbstractItemView::PositionAtTop);
    m_stick = false;
    updateStatus();
    Q_EMIT olderArrived(inserted);
}

void LogView::onScrolled(int value)
{
    QScrollBar *bar = m_list->verticalScrollBar();
    m_stick = value >= bar->maximum();
    if (value == bar->minimum() && bar->maximum() > bar->minimum())
        fetchOlder();
}

QString LogView::statusText() const
{
    return m_status->text();
}

QStringList LogView::visibleTexts() const
{
    QStringList out;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        out << m_proxy->index(row, 0).data().toString();
    return out;
}

void LogView::updateStatus()
{
    const int kept = m_model->rowCount();
    QString text;
    if (!m_model->isFollowing())
        text = tr("Scrolled back: %n newer line(s) not shown. Jump to Now to follow again.",
            nullptr, m_model->missed());
    else
        text = tr("Following. %1 of at most %2 lines kept; older ones are read again when you "
                  "scroll to the top.")
                   .arg(kept)
                   .arg(m_model->cap());
    if (m_fetching)
        text += u' ' + tr("Reading older lines…");
    else if (m_model->isComplete())
        text += u' ' + tr("The start of the log is shown.");
    text += u'\n' + tr("Source: %1").arg(m_feed->description());
    m_status->setText(text);
}

} // namespace charon::ui
