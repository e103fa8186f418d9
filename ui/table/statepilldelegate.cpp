// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/table/statepilldelegate.h"

#include "ui/style/statestyle.h"
#include "ui/table/guesttablemodel.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace charon::ui {

namespace {
constexpr int kMargin = 3; // between the cell border and the pill
constexpr int kPad = 6; // inside the pill, left and right
constexpr int kGap = 4; // between icon and text, and between pill and job text
constexpr int kSlack = 2; // text measurement and rendering differ by a pixel now and then

int iconSide(const QStyleOptionViewItem &option)
{
    return qMin(option.decorationSize.height(), option.fontMetrics.height());
}
} // namespace

StatePillDelegate::StatePillDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void StatePillDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The item's background and selection, as the style draws them for every other cell.
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const auto state = core::GuestState(index.data(GuestTableModel::StateRole).toInt());
    const QString text = StateStyle::stateLabel(state);
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    const StateStyle::PillColors colors = StateStyle::pillColors(state, opt.palette);
    const QFontMetrics &fm = opt.fontMetrics;
    const int side = iconSide(opt);

    const QRect cell = contentRect(opt);
    QRect pill(
        cell.left(), cell.top(), qMin(pillWidth(fm, side, text), cell.width()), cell.height());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colors.border, 1));
    painter->setBrush(colors.fill);
    const qreal radius = pill.height() / 2.0;
    painter->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);

    const QRect iconRect = StatePillDelegate::iconRect(opt);
    icon.paint(painter, iconRect);
    const QRect textRect(iconRect.right() + kGap + 1, pill.top(),
        pill.right() - kPad - iconRect.right() - kGap + kSlack, pill.height());
    painter->setPen(colors.text);
    painter->drawText(
        textRect, Qt::AlignVCenter | Qt::AlignLeft, elided(fm, text, textRect.width()));

    // After the pill, quieter: why it is stopped (REQUESTED/FAILURE), then our job in italics.
    const bool selected = opt.state & QStyle::State_Selected;
    QRect rest(
        pill.right() + 1 + kGap, cell.top(), cell.right() - pill.right() - kGap, cell.height());
    const QString reason = secondaryText(index, state);
    if (!reason.isEmpty() && rest.width() > 0) {
        QColor muted = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        if (!selected)
            muted.setAlphaF(0.65f);
        painter->setPen(muted);
        painter->drawText(rest, Qt::AlignVCenter | Qt::AlignLeft, elided(fm, reason, rest.width()));
        rest.setLeft(rest.left() + fm.horizontalAdvance(reason) + kGap + kSlack);
    }
    const QString job = index.data(GuestTableModel::JobTextRole).toString();
    if (!job.isEmpty() && rest.width() > 0) {
        QFont italic = opt.font;
        italic.setItalic(true);
        painter->setFont(italic);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(rest, Qt::AlignVCenter | Qt::AlignLeft,
            elided(QFontMetrics(italic), job, rest.width()));
    }
    painter->restore();
}

QRect StatePillDelegate::iconRect(const QStyleOptionViewItem &option)
{
    const int side = iconSide(option);
    const QRect cell = option.rect.adjusted(kMargin, 2, -kMargin, -2);
    return QRect(cell.left() + kPad, cell.center().y() - side / 2 + 1, side, side);
}

QRect StatePillDelegate::contentRect(const QStyleOptionViewItem &option)
{
    return option.rect.adjusted(kMargin, 2, -kMargin, -2);
}

QSize StatePillDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics &fm = opt.fontMetrics;
    const auto state = core::GuestState(index.data(GuestTableModel::StateRole).toInt());
    const QString reason = secondaryText(index, state);
    const QString job = index.data(GuestTableModel::JobTextRole).toString();
    int width = 2 * kMargin + pillWidth(fm, iconSide(opt), StateStyle::stateLabel(state));
    if (!reason.isEmpty())
        width += kGap + fm.horizontalAdvance(reason) + kSlack;
    if (!job.isEmpty())
        width += kGap + fm.horizontalAdvance(job) + 2 * kSlack;
    return QSize(width, qMax(fm.height() + 8, iconSide(opt) + 8));
}

QString StatePillDelegate::secondaryText(const QModelIndex &index, core::GuestState state)
{
    // Why it is stopped (REQUESTED/FAILURE); for a running guest, that a restart would apply a
    // changed configuration.
    if (index.data(GuestTableModel::RestartNeededRole).toBool())
        return tr("restart needed");
    if (state == core::GuestState::Failed)
        return {};
    return StateStyle::stopReasonLabel(
        core::StopReason(index.data(GuestTableModel::StopReasonRole).toInt()));
}

int StatePillDelegate::pillWidth(const QFontMetrics &fm, int iconSide, const QString &text)
{
    return kPad + iconSide + kGap + fm.horizontalAdvance(text) + kSlack + kPad;
}

QString StatePillDelegate::elided(const QFontMetrics &fm, const QString &text, int width)
{
    // Only when it really does not fit: elidedText() is stricter than horizontalAdvance().
    return fm.horizontalAdvance(text) <= width ? text : fm.elidedText(text, Qt::ElideRight, width);
}

} // namespace charon::ui
