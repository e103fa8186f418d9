// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// View > No Animations (for slow remote links): over `ssh -X` every frame of an animation
// travels as pixels. On, it stops the busy-row spinner (GuestTableModel keeps a still icon),
// Qt's menu, combo box and tooltip effects, and the blinking of text cursors. Remembered in
// QSettings ("appearance/noAnimations"); applied to the whole application, like ThemeSetting.

namespace charon::ui {

class AnimationSetting
{
public:
    static bool storedNoAnimations();
    static void store(bool noAnimations);
    // Turns the application's own effects and cursor blinking off, or back to what the desktop
    // gave. The spinner follows animationsOn() (the window sets its table's interval).
    static void apply(bool noAnimations);
    static bool animationsOn() { return !s_noAnimations; }

private:
    static inline bool s_noAnimations = false;
};

} // namespace charon::ui
