// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/terminal/terminalbellflash.h"

#include <QPainter>
#include <QWidget>

namespace charon::ui {

namespace {

constexpr int kWidth = 3;

} // namespace

TerminalBellFlash::TerminalBellFlash(QWidget *widget)
    : QObject(widget)
    , m_widget(widget)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, [this] { m_widget->update(region()); });
}

void TerminalBellFlash::trigger()
{
    if (m_timer.isActive())
        return;
    m_timer.start();
    m_widget->update(region());
}

void TerminalBellFlash::paint(QPainter &painter, const QColor &color) const
{
    if (!m_timer.isActive())
        return;
    for (const QRect &r : region())
        painter.fillRect(r, color);
}

QRegion TerminalBellFlash::region() const
{
    const QRect r = m_widget->rect();
    return QRegion(r).subtracted(r.adjusted(kWidth, kWidth, -kWidth, -kWidth));
}

} // namespace charon::ui
