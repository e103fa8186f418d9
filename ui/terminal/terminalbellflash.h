// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The visual bell of a terminal view: a thin frame along the widget's edges, shown for 150 ms.
// Only the frame is repainted, never the whole view (cheap over X11), and a burst of BELs
// flashes once.

#include <QColor>
#include <QObject>
#include <QRegion>
#include <QTimer>

class QPainter;
class QWidget;

namespace charon::ui {

class TerminalBellFlash : public QObject
{
    Q_OBJECT

public:
    explicit TerminalBellFlash(QWidget *widget);

    void trigger();
    bool isActive() const { return m_timer.isActive(); }
    void paint(QPainter &painter, const QColor &color) const;

private:
    QRegion region() const;

    QWidget *m_widget;
    QTimer m_timer;
};

} // namespace charon::ui
