// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Paints the state cell as a "pill": the state's icon (shape), its name (text) and a tint of
// its colour, with the palette's own text colour so it stays readable in light and dark
// themes. Why a guest is stopped (REQUESTED/FAILURE) follows the pill in quieter text, and a
// job of ours in flight ("starting…") in italics. Everything comes
// from the model's roles: the delegate keeps no state and creates no widgets, so hundreds of
// rows cost nothing but painting.

#include "core/domain/gueststate.h"

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
    // Where the state icon is drawn in a cell of option.rect: a spinner frame repaints only it.
    static QRect iconRect(const QStyleOptionViewItem &option);
    // What the pill and its words may cover in a cell of option.rect; the rest of the cell is
    // its background alone, which a new state does not change.
    static QRect contentRect(const QStyleOptionViewItem &option);

private:
    static int pillWidth(const QFontMetrics &fm, int iconSide, const QString &text);
    // The quieter words after the pill: the stop reason, or "restart needed".
    static QString secondaryText(const QModelIndex &index, core::GuestState state);
    static QString elided(const QFontMetrics &fm, const QString &text, int width);
};

} // namespace charon::ui
