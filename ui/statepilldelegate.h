#pragma once
// Paints the state cell as a "pill": the state's icon (shape), its name (text) and a tint of
// its colour, with the palette's own text colour so it stays readable in light and dark
// themes. A job of ours in flight ("starting…") follows the pill in italics. Everything comes
// from the model's roles: the delegate keeps no state and creates no widgets, so hundreds of
// rows cost nothing but painting.

#include <QStyledItemDelegate>

namespace charon::ui {

class StatePillDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit StatePillDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace charon::ui
