// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/style/themesetting.h"

#include <QApplication>
#include <QPixmapCache>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>

using namespace Qt::StringLiterals;

namespace charon::ui {

namespace {
const QString kKey = u"appearance/theme"_s;

struct Original
{
    bool saved = false;
    QString style;
    QPalette palette;
};
Original &original()
{
    static Original o;
    return o;
}

double luminance(const QColor &c)
{
    const auto channel
        = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

ThemeSetting::Mode ThemeSetting::stored()
{
    const QString value = QSettings().value(kKey).toString();
    if (value == u"light"_s)
        return Mode::Light;
    if (value == u"dark"_s)
        return Mode::Dark;
    return Mode::System;
}

void ThemeSetting::store(Mode mode)
{
    QSettings settings;
    switch (mode) {
    case Mode::System:
        settings.remove(kKey);
        return;
    case Mode::Light:
        settings.setValue(kKey, u"light"_s);
        return;
    case Mode::Dark:
        settings.setValue(kKey, u"dark"_s);
        return;
    }
}

void ThemeSetting::apply(Mode mode)
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app || mode == s_applied)
        return;
    Original &o = original();
    if (!o.saved) {
        o.saved = true;
        o.style = QApplication::style()->name();
        o.palette = QApplication::palette();
    }
    s_applied = mode;
    // Painted icons read the palette: the ones rendered for the old one must go.
    QPixmapCache::clear();
    if (mode == Mode::System) {
        if (QStyle *style = QStyleFactory::create(o.style))
            QApplication::setStyle(style);
        QApplication::setPalette(o.palette);
        return;
    }
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(mode == Mode::Dark ? darkPalette() : lightPalette());
}

QPalette ThemeSetting::lightPalette()
{
    QStyle *fusion = QStyleFactory::create(u"Fusion"_s);
    const QPalette palette = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return palette;
}

QPalette ThemeSetting::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x84, 0x8a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9e, 0xa4));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4e, 0x55));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x42, 0x48));
    p.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x66, 0xb3));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xf0));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

bool ThemeSetting::isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::WindowText))
        > luminance(palette.color(QPalette::Window));
}

double ThemeSetting::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace charon::ui
