// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The rounded, tinted box that messages are drawn in (the message bar, the console tab's
// halt-key warning strip): the window colour mixed with an accent, 14 % for the fill and 60 %
// for a 1 px border, with 4 px corners. Mixed from the palette at paint time, so it reads on
// light and dark themes alike; one helper, so a warning looks the same everywhere.

#include <QColor>

class QWidget;

namespace charon::ui {

class TintedBox
{
public:
    // Paints the box over the whole of `widget` (call from its paintEvent).
    static void paint(QWidget *widget, const QColor &tone);
    // `base` moved a fraction `t` (0..1) of the way towards `tone`.
    static QColor mix(const QColor &base, const QColor &tone, qreal t);
};

} // namespace charon::ui
