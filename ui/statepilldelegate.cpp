#include "ui/statepilldelegate.h"

#include "ui/guesttablemodel.h"
#include "ui/statestyle.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace charon::ui {

namespace {
constexpr int kMargin = 3; // between the cell border and the pill
constexpr int kPad = 6; // inside the pill, left and right
constexpr int kGap = 4; // between icon and text, and between pill and job text

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
    const QString text = index.data(GuestTableModel::StateTextRole).toString();
    const QString job = index.data(GuestTableModel::JobTextRole).toString();
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    const StateStyle::PillColors colors = StateStyle::pillColors(state, opt.palette);
    const QFontMetrics &fm = opt.fontMetrics;
    const int side = iconSide(opt);

    const QRect cell = opt.rect.adjusted(kMargin, 2, -kMargin, -2);
    const int wanted = kPad + side + kGap + fm.horizontalAdvance(text) + kPad;
    QRect pill(cell.left(), cell.top(), qMin(wanted, cell.width()), cell.height());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colors.border, 1));
    painter->setBrush(colors.fill);
    const qreal radius = pill.height() / 2.0;
    painter->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);

    const QRect iconRect(pill.left() + kPad, pill.center().y() - side / 2 + 1, side, side);
    icon.paint(painter, iconRect);
    const QRect textRect(iconRect.right() + kGap + 1, pill.top(),
        pill.right() - kPad - iconRect.right() - kGap, pill.height());
    painter->setPen(colors.text);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
        fm.elidedText(text, Qt::ElideRight, textRect.width()));

    if (!job.isEmpty() && pill.right() + kGap < cell.right()) {
        QFont italic = opt.font;
        italic.setItalic(true);
        painter->setFont(italic);
        const bool selected = opt.state & QStyle::State_Selected;
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QRect jobRect(
            pill.right() + kGap, cell.top(), cell.right() - pill.right() - kGap, cell.height());
        painter->drawText(jobRect, Qt::AlignVCenter | Qt::AlignLeft,
            QFontMetrics(italic).elidedText(job, Qt::ElideRight, jobRect.width()));
    }
    painter->restore();
}

QSize StatePillDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics &fm = opt.fontMetrics;
    const QString text = index.data(GuestTableModel::StateTextRole).toString();
    const QString job = index.data(GuestTableModel::JobTextRole).toString();
    int width = 2 * kMargin + kPad + iconSide(opt) + kGap + fm.horizontalAdvance(text) + kPad;
    if (!job.isEmpty())
        width += kGap + fm.horizontalAdvance(job) + 2;
    return QSize(width, qMax(fm.height() + 8, iconSide(opt) + 8));
}

} // namespace charon::ui
