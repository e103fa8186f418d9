// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The window's colours: the desktop's (System), or our own Light or Dark palette on Qt's
// Fusion style, chosen in View > Theme and remembered (QSettings "appearance/theme"). Applied
// to the whole application, so every window, dialog and the painted icons (which read the
// palette) follow it; System puts back the style and palette the desktop gave us.

#include <QPalette>
#include <QString>

namespace charon::ui {

class ThemeSetting
{
public:
    enum class Mode { System, Light, Dark };

    static Mode stored();
    static void store(Mode mode);
    // Applies `mode` to the application; System restores what the desktop gave.
    static void apply(Mode mode);
    static Mode applied() { return s_applied; }

    static QPalette lightPalette();
    static QPalette darkPalette();
    // Whether text is lighter than the window: a dark theme, ours or the desktop's.
    static bool isDark(const QPalette &palette);
    // WCAG contrast ratio of two colours (1 to 21).
    static double contrast(const QColor &a, const QColor &b);

private:
    static inline Mode s_applied = Mode::System;
};

} // namespace charon::ui
