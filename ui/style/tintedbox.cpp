// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/style/tintedbox.h"

#include <QPainter>
#include <QWidget>

namespace charon::ui {

namespace {
constexpr qreal kFill = 0.14;
constexpr qreal kBorder = 0.6;
constexpr qreal kRadius = 4;
} // namespace

QColor TintedBox::mix(const QColor &base, const QColor &tone, qreal t)
{
    return QColor::fromRgbF(float(base.redF() * (1 - t) + tone.redF() * t),
        float(base.greenF() * (1 - t) + tone.greenF() * t),
        float(base.blueF() * (1 - t) + tone.blueF() * t));
}

void TintedBox::paint(QWidget *widget, const QColor &tone)
{
    const QColor window = widget->palette().color(QPalette::Window);
    QPainter painter(widget);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(mix(window, tone, kBorder), 1));
    painter.setBrush(mix(window, tone, kFill));
    // Half a pixel in: the 1 px border falls on whole pixels instead of blurring over two.
    painter.drawRoundedRect(
        QRectF(widget->rect()).adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
}

} // namespace charon::ui
