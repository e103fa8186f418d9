// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Every icon the window uses, drawn with QPainter (see PaintedIconEngine): nothing depends on
// an installed icon theme. Action icons too are always ours (a theme's monochrome icons beside
// our coloured ones read as two sets, and some go grey on a dark theme); state icons' shapes
// are part of the meaning (colour-blind safe). Neutral greys follow a dark palette.

#include "core/domain/guest.h"
#include "core/domain/gueststate.h"

#include <QIcon>

namespace charon::ui {

class Icons
{
public:
    enum class Action {
        Start,
        Stop,
        Restart,
        Kill,
        AutoBootOn,
        AutoBootOff,
        SetDefault,
        Console,
        EditConfig,
        ServiceSettings,
        StopScript,
        Remove
    };
    enum class Level { Info, Warning, Error };

    // `frame` (0..StateStyle::kActivityFrames-1) turns the spinner of the transitional states.
    static QIcon state(core::GuestState state, int frame = 0);
    static QIcon action(Action action);
    static QIcon star();
    static QIcon level(Level level);
    // A key, green when found, amber when expiring, red when lost, missing or shutting down;
    // its shape is the same for all, so the column's text carries the meaning too. Null for
    // Unknown.
    static QIcon license(core::LicenseHealth health);
    // The guest OS answer: a green tick, the warning triangle (no answer), the error octagon.
    static QIcon osAnswer(core::OsAnswer::Verdict verdict);
    // The tray: the host sums up as all fine, a guest failed, or license trouble.
    enum class HostHealth { Fine, Failed, LicenseTrouble, Disconnected };
    static QIcon host(HostHealth health);
};

} // namespace charon::ui
