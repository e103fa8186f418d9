// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/style/statestyle.h"

#include "core/domain/guestfacts.h"
#include "ui/style/icons.h"

#include <QCoreApplication>
#include <QPalette>

using namespace Qt::StringLiterals;
using charon::core::Guest;
using charon::core::GuestState;
using charon::core::StopReason;

namespace charon::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("charon::ui::StateStyle", text);
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
        float(a.greenF() * (1 - t) + b.greenF() * t), float(a.blueF() * (1 - t) + b.blueF() * t));
}
} // namespace

QColor StateStyle::accent(GuestState state)
{
    switch (state) {
    case GuestState::Active:
        return QColor(0x2e, 0x9d, 0x4a);
    case GuestState::Activating:
    case GuestState::Deactivating:
        return QColor(0xd9, 0x8c, 0x00);
    case GuestState::Inactive:
        return QColor(0x8a, 0x8f, 0x98);
    case GuestState::Failed:
        return QColor(0xd9, 0x36, 0x36);
    case GuestState::Unknown:
        break;
    }
    return QColor(0x6f, 0x7f, 0x9c);
}

QString StateStyle::iconName(GuestState state)
{
    switch (state) {
    case GuestState::Active:
        return u"guest-active"_s;
    case GuestState::Activating:
    case GuestState::Deactivating:
        return u"guest-busy"_s;
    case GuestState::Inactive:
        return u"guest-inactive"_s;
    case GuestState::Failed:
        return u"guest-failed"_s;
    case GuestState::Unknown:
        break;
    }
    return u"guest-unknown"_s;
}

QIcon StateStyle::icon(GuestState state, int frame)
{
    return Icons::state(state, frame);
}

bool StateStyle::isTransitional(GuestState state)
{
    return state == GuestState::Activating || state == GuestState::Deactivating;
}

bool StateStyle::isBusy(const Guest &guest)
{
    return isTransitional(guest.derived.state) || guest.jobInFlight != core::JobKind::None;
}

QString StateStyle::stateLabel(GuestState state)
{
    switch (state) {
    case GuestState::Active:
        return tr("ACTIVE");
    case GuestState::Activating:
        return tr("ACTIVATING");
    case GuestState::Inactive:
        return tr("INACTIVE");
    case GuestState::Deactivating:
        return tr("DEACTIVATING");
    case GuestState::Failed:
        return tr("FAILED");
    case GuestState::Unknown:
        break;
    }
    return tr("UNKNOWN");
}

QString StateStyle::stopReasonLabel(StopReason reason)
{
    switch (reason) {
    case StopReason::Requested:
        return tr("REQUESTED");
    case StopReason::Failure:
        return tr("FAILURE");
    case StopReason::None:
        break;
    }
    return {};
}

QString StateStyle::text(const Guest &guest)
{
    const QString state = stateLabel(guest.derived.state);
    if (core::restartNeeded(guest))
        return state + u", "_s + core::restartNeededText(guest);
    if (guest.derived.state == GuestState::Failed || guest.derived.reason == StopReason::None)
        return state;
    return state + u' ' + stopReasonLabel(guest.derived.reason);
}

QString StateStyle::toolTip(const Guest &guest)
{
    QString tip;
    switch (guest.derived.state) {
    case GuestState::Active:
        tip = tr("Running.");
        break;
    case GuestState::Activating:
        tip = guest.derived.reason == StopReason::Failure
            ? tr("The emulator failed; systemd restarts it shortly.")
            : tr("Starting.");
        break;
    case GuestState::Deactivating:
        tip = tr("Stopping (the stop script runs, then the emulator ends).");
        break;
    case GuestState::Inactive:
        tip = guest.derived.reason == StopReason::Failure ? tr("Stopped after a failure.")
                                                          : tr("Stopped on request.");
        break;
    case GuestState::Failed:
        tip = tr("Failed.");
        break;
    case GuestState::Unknown:
        tip = tr("State unknown.");
        break;
    }
    const QString why = core::describeResult(guest.unitStatus);
    if (!why.isEmpty())
        tip += u' ' + tr("Last run: %1.").arg(why);
    if (guest.jobInFlight != core::JobKind::None)
        tip += u' ' + tr("Job in progress: %1").arg(core::jobKindText(guest.jobInFlight));
    return tip;
}

int StateStyle::rank(GuestState state)
{
    switch (state) {
    case GuestState::Failed:
        return 0;
    case GuestState::Activating:
        return 1;
    case GuestState::Deactivating:
        return 2;
    case GuestState::Active:
        return 3;
    case GuestState::Inactive:
        return 4;
    case GuestState::Unknown:
        break;
    }
    return 5;
}

bool StateStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

StateStyle::PillColors StateStyle::pillColors(GuestState state, const QPalette &palette)
{
    // A light tint of the accent over the view's base colour, a stronger border, and the
    // palette's own text colour: contrast stays that of the theme, in light and dark.
    const QColor base = palette.color(QPalette::Base);
    const QColor tone = accent(state);
    const bool dark = isDark(palette);
    PillColors colors;
    colors.fill = mix(base, tone, dark ? 0.30 : 0.20);
    colors.border = mix(base, tone, dark ? 0.85 : 0.75);
    colors.text = palette.color(QPalette::Text);
    return colors;
}

} // namespace charon::ui
