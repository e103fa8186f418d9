// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A QIconEngine that draws its picture with QPainter at whatever size and device pixel ratio
// the view asks for: crisp icons with no image files and no icon theme assumed. The drawing
// function receives a square in logical coordinates (0..1 on both axes, scaled by the engine).

#include <QIconEngine>

#include <functional>

namespace charon::ui {

class PaintedIconEngine : public QIconEngine
{
public:
    // `draw` paints into the unit square (0,0)-(1,1); `mode` lets it grey itself when disabled.
    using DrawFn = std::function<void(QPainter &painter, QIcon::Mode mode)>;

    PaintedIconEngine(QString key, DrawFn draw);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(
        const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override { return m_key; }
    QString iconName() override { return m_key; }

private:
    QString m_key;
    DrawFn m_draw;
};

} // namespace charon::ui
