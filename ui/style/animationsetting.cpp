// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/style/animationsetting.h"

#include <QApplication>
#include <QSettings>

#include <iterator>

using namespace Qt::StringLiterals;

namespace charon::ui {

namespace {
const QString kKey = u"appearance/noAnimations"_s;

constexpr Qt::UIEffect kEffects[] = { Qt::UI_AnimateMenu, Qt::UI_FadeMenu, Qt::UI_AnimateCombo,
    Qt::UI_AnimateTooltip, Qt::UI_FadeTooltip, Qt::UI_AnimateToolBox };

// What the desktop gave, saved before the first change.
struct Original
{
    bool saved = false;
    int cursorFlashTime = 0;
    bool effects[std::size(kEffects)] = {};
};
Original &original()
{
    static Original o;
    return o;
}
} // namespace

bool AnimationSetting::storedNoAnimations()
{
    return QSettings().value(kKey, false).toBool();
}

void AnimationSetting::store(bool noAnimations)
{
    QSettings settings;
    if (noAnimations)
        settings.setValue(kKey, true);
    else
        settings.remove(kKey);
}

void AnimationSetting::apply(bool noAnimations)
{
    Original &o = original();
    if (!o.saved) {
        o.saved = true;
        o.cursorFlashTime = QApplication::cursorFlashTime();
        for (size_t i = 0; i < std::size(kEffects); ++i)
            o.effects[i] = QApplication::isEffectEnabled(kEffects[i]);
    }
    s_noAnimations = noAnimations;
    // A flash time of 0 keeps text cursors still.
    QApplication::setCursorFlashTime(noAnimations ? 0 : o.cursorFlashTime);
    for (size_t i = 0; i < std::size(kEffects); ++i)
        QApplication::setEffectEnabled(kEffects[i], !noAnimations && o.effects[i]);
}

} // namespace charon::ui
