// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/style/icons.h"

#include "ui/style/paintediconengine.h"
#include "ui/style/statestyle.h"
#include "ui/style/themesetting.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

using namespace Qt::StringLiterals;
using charon::core::GuestState;

namespace charon::ui {

namespace {
using Draw = PaintedIconEngine::DrawFn;

QIcon painted(const QString &key, Draw draw)
{
    return QIcon(new PaintedIconEngine(key, std::move(draw)));
}

// Disabled icons keep their shape and lose their colour.
QColor ink(const QColor &color, QIcon::Mode mode)
{
    if (mode != QIcon::Disabled)
        return color;
    const int grey = qGray(color.rgb());
    return QColor(grey, grey, grey, 110);
}

// A glyph ("!", "?", "i") centred in the unit square, as a path so it scales with the icon.
void drawGlyph(QPainter &p, const QString &glyph, const QColor &color, qreal height = 0.62)
{
    QFont font;
    font.setPixelSize(100);
    font.setBold(true);
    QPainterPath path;
    path.addText(0, 0, font, glyph);
    const QRectF box = path.boundingRect();
    const qreal scale = height / box.height();
    QTransform t;
    t.translate(0.5, 0.5);
    t.scale(scale, scale);
    t.translate(-box.center().x(), -box.center().y());
    p.fillPath(t.map(path), color);
}

QPainterPath regularPolygon(int corners, qreal radius, qreal rotationDeg)
{
    QPainterPath path;
    for (int i = 0; i < corners; ++i) {
        const qreal a = qDegreesToRadians(rotationDeg + 360.0 * i / corners);
        const QPointF pt(0.5 + radius * qCos(a), 0.5 + radius * qSin(a));
        i == 0 ? path.moveTo(pt) : path.lineTo(pt);
    }
    path.closeSubpath();
    return path;
}

QPainterPath starPath()
{
    QPainterPath path;
    for (int i = 0; i < 10; ++i) {
        const qreal r = i % 2 ? 0.21 : 0.47;
        const qreal a = qDegreesToRadians(-90.0 + 36.0 * i);
        const QPointF pt(0.5 + r * qCos(a), 0.54 + r * qSin(a));
        i == 0 ? path.moveTo(pt) : path.lineTo(pt);
    }
    path.closeSubpath();
    return path;
}

QPainterPath triangle(qreal left, qreal top, qreal size)
{
    QPainterPath path;
    path.moveTo(left, top);
    path.lineTo(left + size * 0.87, top + size / 2);
    path.lineTo(left, top + size);
    path.closeSubpath();
    return path;
}

void drawPower(QPainter &p, const QColor &color, qreal width = 0.12)
{
    p.setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap));
    p.setBrush(Qt::NoBrush);
    p.drawArc(QRectF(0.14, 0.16, 0.72, 0.72), 120 * 16, -240 * 16);
    p.drawLine(QPointF(0.5, 0.08), QPointF(0.5, 0.46));
}

void drawBootArrow(QPainter &p, const QColor &color, bool crossed, QIcon::Mode mode)
{
    p.setPen(QPen(color, 0.11, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawLine(QPointF(0.12, 0.86), QPointF(0.88, 0.86));
    p.drawLine(QPointF(0.5, 0.72), QPointF(0.5, 0.14));
    p.drawPolyline(QPolygonF({ QPointF(0.26, 0.38), QPointF(0.5, 0.14), QPointF(0.74, 0.38) }));
    if (crossed) {
        p.setPen(QPen(ink(QColor(0xd9, 0x36, 0x36), mode), 0.11, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(0.14, 0.14), QPointF(0.86, 0.72));
    }
}

void drawGear(QPainter &p, const QColor &color)
{
    QPainterPath inner;
    for (int i = 0; i < 16; ++i) {
        const qreal a = qDegreesToRadians(360.0 * i / 16 + 11.25);
        const qreal r = i % 2 ? 0.46 : 0.34;
        const QPointF pt(0.5 + r * qCos(a), 0.5 + r * qSin(a));
        i == 0 ? inner.moveTo(pt) : inner.lineTo(pt);
    }
    inner.closeSubpath();
    QPainterPath hole;
    hole.addEllipse(QPointF(0.5, 0.5), 0.14, 0.14);
    p.fillPath(inner.subtracted(hole), color);
}

void drawDocument(QPainter &p, const QColor &paper, const QColor &lines)
{
    p.setPen(QPen(lines, 0.06));
    p.setBrush(paper);
    p.drawRoundedRect(QRectF(0.18, 0.08, 0.64, 0.84), 0.06, 0.06);
    p.setPen(QPen(lines, 0.07, Qt::SolidLine, Qt::RoundCap));
    for (qreal y : { 0.3, 0.45, 0.6, 0.75 })
        p.drawLine(QPointF(0.3, y), QPointF(y > 0.7 ? 0.55 : 0.7, y));
}

void drawPencil(QPainter &p, const QColor &color)
{
    p.save();
    p.translate(0.5, 0.5);
    p.rotate(45);
    p.translate(-0.5, -0.5);
    p.fillRect(QRectF(0.38, 0.1, 0.24, 0.6), color);
    QPainterPath tip;
    tip.moveTo(0.38, 0.74);
    tip.lineTo(0.62, 0.74);
    tip.lineTo(0.5, 0.96);
    tip.closeSubpath();
    p.fillPath(tip, color);
    p.restore();
}

const QColor kBlue(0x3a, 0x7b, 0xd5);
// Our grey: a darker slate on a light window, a lighter one on a dark window, so the neutral
// icons (Stop, the gear, the boot arrow) stay as visible as the coloured ones.
QColor slate()
{
    return ThemeSetting::isDark(QGuiApplication::palette()) ? QColor(0xa4, 0xae, 0xbb)
                                                            : QColor(0x5f, 0x6b, 0x7a);
}
const QColor kGold(0xe8, 0xa8, 0x00);

Draw actionDrawing(Icons::Action action)
{
    using A = Icons::Action;
    switch (action) {
    case A::Start:
        return [](QPainter &p, QIcon::Mode m) {
            p.fillPath(triangle(0.2, 0.1, 0.8), ink(StateStyle::accent(GuestState::Active), m));
        };
    case A::Stop:
        return [](QPainter &p, QIcon::Mode m) {
            p.setPen(Qt::NoPen);
            p.setBrush(ink(slate(), m));
            p.drawRoundedRect(QRectF(0.18, 0.18, 0.64, 0.64), 0.08, 0.08);
        };
    case A::Restart:
        return [](QPainter &p, QIcon::Mode m) {
            const QColor c = ink(kBlue, m);
            p.setPen(QPen(c, 0.12, Qt::SolidLine, Qt::RoundCap));
            p.drawArc(QRectF(0.16, 0.16, 0.68, 0.68), 60 * 16, 280 * 16);
            QPainterPath head;
            head.moveTo(0.56, 0.02);
            head.lineTo(0.82, 0.2);
            head.lineTo(0.54, 0.34);
            head.closeSubpath();
            p.fillPath(head, c);
        };
    case A::Kill:
        return [](QPainter &p, QIcon::Mode m) {
            drawPower(p, ink(StateStyle::accent(GuestState::Failed), m));
        };
    case A::AutoBootOn:
        return [](QPainter &p, QIcon::Mode m) {
            drawBootArrow(p, ink(StateStyle::accent(GuestState::Active), m), false, m);
        };
    case A::AutoBootOff:
        return [](QPainter &p, QIcon::Mode m) { drawBootArrow(p, ink(slate(), m), true, m); };
    case A::SetDefault:
        return [](QPainter &p, QIcon::Mode m) { p.fillPath(starPath(), ink(kGold, m)); };
    case A::Console:
        return [](QPainter &p, QIcon::Mode m) {
            p.setPen(Qt::NoPen);
            p.setBrush(ink(QColor(0x26, 0x30, 0x3b), m));
            p.drawRoundedRect(QRectF(0.06, 0.14, 0.88, 0.72), 0.1, 0.1);
            const QColor green = ink(QColor(0x5f, 0xd0, 0x6e), m);
            p.setPen(QPen(green, 0.09, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.drawPolyline(
                QPolygonF({ QPointF(0.22, 0.32), QPointF(0.38, 0.46), QPointF(0.22, 0.6) }));
            p.drawLine(QPointF(0.46, 0.64), QPointF(0.72, 0.64));
        };
    case A::EditConfig:
        return [](QPainter &p, QIcon::Mode m) { drawPencil(p, ink(kBlue, m)); };
    case A::ServiceSettings:
        return [](QPainter &p, QIcon::Mode m) { drawGear(p, ink(slate(), m)); };
    case A::StopScript:
        return [](QPainter &p, QIcon::Mode m) {
            drawDocument(p, ink(QColor(0xf4, 0xf4, 0xf0), m), ink(slate(), m));
        };
    case A::Remove:
        return [](QPainter &p, QIcon::Mode m) {
            p.setPen(Qt::NoPen);
            p.setBrush(ink(StateStyle::accent(GuestState::Failed), m));
            p.drawEllipse(QRectF(0.08, 0.08, 0.84, 0.84));
            p.fillRect(QRectF(0.26, 0.44, 0.48, 0.12), ink(Qt::white, m));
        };
    }
    return {};
}

} // namespace

QIcon Icons::state(GuestState state, int frame)
{
    const QColor accent = StateStyle::accent(state);
    const QString name = StateStyle::iconName(state);
    switch (state) {
    case GuestState::Active:
        return painted(name, [accent](QPainter &p, QIcon::Mode m) {
            p.setPen(Qt::NoPen);
            p.setBrush(ink(accent, m));
            p.drawEllipse(QRectF(0.06, 0.06, 0.88, 0.88));
            p.fillPath(triangle(0.38, 0.27, 0.46), Qt::white);
        });
    case GuestState::Activating:
    case GuestState::Deactivating: {
        const int f = ((frame % StateStyle::kActivityFrames) + StateStyle::kActivityFrames)
            % StateStyle::kActivityFrames;
        return painted(name + u'-' + QString::number(f), [accent, f](QPainter &p, QIcon::Mode m) {
            const QColor c = ink(accent, m);
            QColor track = c;
            track.setAlphaF(0.3f);
            const QRectF ring(0.14, 0.14, 0.72, 0.72);
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(track, 0.16));
            p.drawEllipse(ring);
            p.setPen(QPen(c, 0.16, Qt::SolidLine, Qt::FlatCap));
            const int start = 90 - f * (360 / StateStyle::kActivityFrames);
            p.drawArc(ring, start * 16, -130 * 16);
        });
    }
    case GuestState::Inactive:
        return painted(name, [accent](QPainter &p, QIcon::Mode m) {
            p.setPen(Qt::NoPen);
            p.setBrush(ink(accent, m));
            p.drawEllipse(QRectF(0.06, 0.06, 0.88, 0.88));
            p.fillRect(QRectF(0.33, 0.33, 0.34, 0.34), Qt::white);
        });
    case GuestState::Failed:
        return painted(name, [accent](QPainter &p, QIcon::Mode m) {
            p.fillPath(regularPolygon(8, 0.48, 22.5), ink(accent, m));
            p.setPen(QPen(Qt::white, 0.12, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(0.33, 0.33), QPointF(0.67, 0.67));
            p.drawLine(QPointF(0.67, 0.33), QPointF(0.33, 0.67));
        });
    case GuestState::Unknown:
        break;
    }
    return painted(name, [accent](QPainter &p, QIcon::Mode m) {
        p.setPen(QPen(ink(accent, m), 0.1));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QRectF(0.1, 0.1, 0.8, 0.8));
        drawGlyph(p, u"?"_s, ink(accent, m), 0.46);
    });
}

QIcon Icons::action(Action action)
{
    // Always our own drawing: a theme's monochrome icons beside our coloured state icons read
    // as two sets, and some turn grey on a dark theme.
    return painted(u"action-%1"_s.arg(int(action)), actionDrawing(action));
}

QIcon Icons::star()
{
    return painted(u"star"_s, [](QPainter &p, QIcon::Mode m) {
        p.setPen(
            QPen(ink(kGold.darker(135), m), 0.05, Qt::SolidLine, Qt::SquareCap, Qt::RoundJoin));
        p.setBrush(ink(kGold, m));
        p.drawPath(starPath());
    });
}

QIcon Icons::level(Level level)
{
    switch (level) {
    case Level::Info:
        return painted(u"level-info"_s, [](QPainter &p, QIcon::Mode m) {
            p.setPen(Qt::NoPen);
            p.setBrush(ink(kBlue, m));
            p.drawEllipse(QRectF(0.06, 0.06, 0.88, 0.88));
            drawGlyph(p, u"i"_s, Qt::white, 0.56);
        });
    case Level::Warning:
        return painted(u"level-warning"_s, [](QPainter &p, QIcon::Mode m) {
            QPainterPath tri;
            tri.moveTo(0.5, 0.06);
            tri.lineTo(0.96, 0.9);
            tri.lineTo(0.04, 0.9);
            tri.closeSubpath();
            p.fillPath(tri, ink(StateStyle::accent(GuestState::Activating), m));
            p.translate(0, 0.1);
            drawGlyph(p, u"!"_s, Qt::white, 0.46);
        });
    case Level::Error:
        break;
    }
    return painted(u"level-error"_s, [](QPainter &p, QIcon::Mode m) {
        p.fillPath(regularPolygon(8, 0.48, 22.5), ink(StateStyle::accent(GuestState::Failed), m));
        drawGlyph(p, u"!"_s, Qt::white, 0.56);
    });
}

namespace {
void drawKey(QPainter &p, const QColor &color)
{
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(0.04, 0.28, 0.44, 0.44)); // the bow
    p.fillRect(QRectF(0.4, 0.43, 0.56, 0.14), color); // the shank
    p.fillRect(QRectF(0.74, 0.55, 0.1, 0.2), color); // the bits
    p.fillRect(QRectF(0.86, 0.55, 0.1, 0.14), color);
    p.setBrush(Qt::white);
    p.drawEllipse(QRectF(0.15, 0.39, 0.16, 0.22)); // the hole
}
} // namespace

QIcon Icons::license(core::LicenseHealth health)
{
    using core::LicenseHealth;
    GuestState accentOf = GuestState::Active;
    QString key = u"license-ok"_s;
    switch (health) {
    case LicenseHealth::Unknown:
        return {};
    case LicenseHealth::Ok:
        break;
    case LicenseHealth::Warning:
        accentOf = GuestState::Activating;
        key = u"license-warning"_s;
        break;
    case LicenseHealth::Critical:
        accentOf = GuestState::Failed;
        key = u"license-critical"_s;
        break;
    }
    const QColor accent = StateStyle::accent(accentOf);
    const bool critical = health == LicenseHealth::Critical;
    return painted(key, [accent, critical](QPainter &p, QIcon::Mode m) {
        drawKey(p, ink(accent, m));
        if (critical) {
            // A slash across the key: lost is not just "red".
            p.setPen(QPen(ink(accent, m), 0.1, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(0.12, 0.9), QPointF(0.9, 0.1));
        }
    });
}

QIcon Icons::osAnswer(core::OsAnswer::Verdict verdict)
{
    using V = core::OsAnswer::Verdict;
    switch (verdict) {
    case V::NotProbed:
    case V::Waiting:
        return {};
    case V::Answers: {
        const QColor accent = StateStyle::accent(GuestState::Active);
        return painted(u"os-answers"_s, [accent](QPainter &p, QIcon::Mode m) {
            p.setPen(Qt::NoPen);
            p.setBrush(ink(accent, m));
            p.drawEllipse(QRectF(0.06, 0.06, 0.88, 0.88));
            QPainterPath tick;
            tick.moveTo(0.28, 0.52);
            tick.lineTo(0.44, 0.68);
            tick.lineTo(0.74, 0.34);
            p.setPen(QPen(Qt::white, 0.12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawPath(tick);
        });
    }
    case V::NoAnswer:
        return level(Level::Warning);
    case V::Error:
        return level(Level::Error);
    }
    return {};
}

QIcon Icons::host(HostHealth health)
{
    switch (health) {
    case HostHealth::Fine:
        return state(GuestState::Active);
    case HostHealth::Failed:
        return state(GuestState::Failed);
    case HostHealth::LicenseTrouble:
        return license(core::LicenseHealth::Critical);
    case HostHealth::Disconnected:
        return state(GuestState::Unknown);
    }
    return {};
}

} // namespace charon::ui
