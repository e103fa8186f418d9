// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/style/paintediconengine.h"

#include "ui/style/themesetting.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>

using namespace Qt::StringLiterals;

namespace charon::ui {

PaintedIconEngine::PaintedIconEngine(QString key, DrawFn draw)
    : m_key(std::move(key))
    , m_draw(std::move(draw))
{ }

void PaintedIconEngine::paint(
    QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State /*state*/)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal side = qMin(rect.width(), rect.height());
    painter->translate(
        rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
    painter->scale(side, side);
    m_draw(*painter, mode);
    painter->restore();
}

QPixmap PaintedIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap PaintedIconEngine::scaledPixmap(
    const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    // Views ask for the same few sizes over and over (every repaint of every state cell): keep
    // the rendered pixmaps in Qt's shared cache rather than painting each time.
    const QSize device = size * scale;
    // The palette's darkness is part of the key: neutral greys lighten on a dark theme.
    const QString cacheKey = u"charon-icon:%1:%2x%3:%4:%5"_s.arg(m_key)
                                 .arg(device.width())
                                 .arg(device.height())
                                 .arg(int(mode))
                                 .arg(ThemeSetting::isDark(QGuiApplication::palette()) ? 1 : 0);
    QPixmap result;
    if (QPixmapCache::find(cacheKey, &result))
        return result;
    result = QPixmap(device);
    result.setDevicePixelRatio(scale);
    result.fill(Qt::transparent);
    {
        QPainter painter(&result);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    }
    QPixmapCache::insert(cacheKey, result);
    return result;
}

QIconEngine *PaintedIconEngine::clone() const
{
    return new PaintedIconEngine(m_key, m_draw);
}

} // namespace charon::ui
