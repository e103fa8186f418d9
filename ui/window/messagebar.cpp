// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/window/messagebar.h"

#include "ui/style/icons.h"
#include "ui/style/statestyle.h"
#include "ui/style/tintedbox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMessages, "charon.ui")

namespace charon::ui {

namespace {
Icons::Level iconLevel(MessageBar::Level level)
{
    switch (level) {
    case MessageBar::Level::Info:
        return Icons::Level::Info;
    case MessageBar::Level::Warning:
        return Icons::Level::Warning;
    case MessageBar::Level::Error:
        break;
    }
    return Icons::Level::Error;
}
} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_rows(new QVBoxLayout)
    , m_dismissAll(new QToolButton(this))
    , m_expand(new QToolButton(this))
{
    setObjectName(u"messageBar"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    m_rows->setSpacing(2);
    m_rows->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rows, 1);
    m_expand->setObjectName(u"messageBarMore"_s);
    m_expand->setAutoRaise(true);
    m_expand->setCheckable(true);
    layout->addWidget(m_expand, 0, Qt::AlignTop);
    connect(m_expand, &QToolButton::toggled, this, &MessageBar::setExpanded);
    m_dismissAll->setText(tr("Dismiss all"));
    m_dismissAll->setAccessibleName(m_dismissAll->text());
    m_dismissAll->setAutoRaise(true);
    layout->addWidget(m_dismissAll, 0, Qt::AlignTop);
    connect(m_dismissAll, &QToolButton::clicked, this, &MessageBar::clear);
    updateChrome();
}

void MessageBar::showMessage(
    Level level, const QString &text, const QString &details, const QString &key)
{
    switch (level) {
    case Level::Info:
        qCInfo(lcMessages).noquote() << text << details;
        break;
    case Level::Warning:
    case Level::Error:
        qCWarning(lcMessages).noquote() << text << details;
        break;
    }
    if (!key.isEmpty())
        dismiss(key);
    QWidget *row = makeRow(level, text, details);
    m_rows->insertWidget(0, row);
    m_items.prepend({ row, level, key, text });
    while (m_items.size() > kMaxMessages)
        removeWidget(m_items.last().widget);
    updateChrome();
}

void MessageBar::dismiss(const QString &key)
{
    for (const Item &item : std::as_const(m_items)) {
        if (!key.isEmpty() && item.key == key) {
            removeWidget(item.widget);
            updateChrome();
            return;
        }
    }
}

void MessageBar::clear()
{
    while (!m_items.isEmpty())
        removeWidget(m_items.first().widget);
    updateChrome();
}

QStringList MessageBar::texts() const
{
    QStringList result;
    for (const Item &item : m_items)
        result << item.text;
    return result;
}

QWidget *MessageBar::makeRow(Level level, const QString &text, const QString &details)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel(row);
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(Icons::level(iconLevel(level)).pixmap(side, side));
    layout->addWidget(icon, 0, Qt::AlignTop);

    auto *texts = new QVBoxLayout;
    auto *label = new QLabel(text, row);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(label);
    auto *detailLabel = new QLabel(details, row);
    detailLabel->setWordWrap(true);
    detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLabel->setVisible(false);
    texts->addWidget(detailLabel);
    layout->addLayout(texts, 1);

    if (!details.isEmpty()) {
        auto *more = new QToolButton(row);
        more->setText(tr("Details"));
        more->setCheckable(true);
        more->setAutoRaise(true);
        connect(more, &QToolButton::toggled, detailLabel, &QLabel::setVisible);
        layout->addWidget(more, 0, Qt::AlignTop);
    }
    auto *close = new QToolButton(row);
    close->setText(u"✕"_s);
    close->setToolTip(tr("Dismiss this message"));
    close->setAccessibleName(tr("Dismiss this message")); // not "✕"
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, [this, row] {
        removeWidget(row);
        updateChrome();
    });
    layout->addWidget(close, 0, Qt::AlignTop);
    return row;
}

void MessageBar::removeWidget(QWidget *row)
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).widget == row) {
            m_items.removeAt(i);
            break;
        }
    }
    m_rows->removeWidget(row);
    row->hide();
    row->deleteLater();
}

void MessageBar::paintEvent(QPaintEvent * /*event*/)
{
    Level worst = Level::Info;
    for (const Item &item : std::as_const(m_items))
        worst = qMax(worst, item.level);
    const QColor tone = worst == Level::Error ? StateStyle::accent(core::GuestState::Failed)
        : worst == Level::Warning             ? StateStyle::accent(core::GuestState::Activating)
                                              : QColor(0x3a, 0x7b, 0xd5);
    TintedBox::paint(this, tone);
}

void MessageBar::setExpanded(bool expanded)
{
    if (m_expanded == expanded)
        return;
    m_expanded = expanded;
    updateChrome();
}

int MessageBar::visibleCount() const
{
    return m_items.isEmpty() ? 0 : (m_expanded ? int(m_items.size()) : 1);
}

void MessageBar::updateChrome()
{
    const int others = int(m_items.size()) - 1;
    if (others < 1)
        m_expanded = false;
    for (qsizetype i = 0; i < m_items.size(); ++i)
        m_items.at(i).widget->setVisible(i == 0 || m_expanded);
    m_expand->setVisible(others >= 1);
    {
        const QSignalBlocker quiet(m_expand);
        m_expand->setChecked(m_expanded);
    }
    m_expand->setText(m_expanded ? tr("Show fewer") : tr("+%n more", nullptr, qMax(others, 0)));
    m_expand->setAccessibleName(m_expanded
            ? tr("Show only the newest message")
            : tr("Show %n older message(s)", nullptr, qMax(others, 0)));
    m_expand->setToolTip(m_expand->accessibleName());
    m_dismissAll->setVisible(m_items.size() > 1);
    setVisible(!m_items.isEmpty());
    update();
    Q_EMIT countChanged(count());
}

} // namespace charon::ui
