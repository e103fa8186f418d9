// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// How a guest state looks, in one place: accent colour, icon shape and text. Colour is never
// the only cue (each state has its own icon shape and its name), and the accents are mid-tone
// so they read on light and dark palettes alike; the pill colours are derived from the
// palette at paint time, so a theme change needs no model change.

#include "core/domain/guest.h"

#include <QColor>
#include <QIcon>
#include <QString>

class QPalette;

namespace charon::ui {

class StateStyle
{
public:
    // Number of frames of the activity animation shown for ACTIVATING/DEACTIVATING.
    static constexpr int kActivityFrames = 8;

    static QColor accent(core::GuestState state);
    // Stable identifier of the icon shape ("guest-active", "guest-busy", ...): tests and
    // accessibility read it; the icon itself comes from icon().
    static QString iconName(core::GuestState state);
    static QIcon icon(core::GuestState state, int frame = 0);

    // ACTIVATING and DEACTIVATING: a transition systemd is carrying out.
    static bool isTransitional(core::GuestState state);
    // Whether the row shows the activity animation: in transition or with a job of ours running.
    static bool isBusy(const core::Guest &guest);

    // "ACTIVE", "INACTIVE REQUESTED", "ACTIVATING FAILURE" (waiting to restart after a crash).
    // FAILED carries no reason: it always means FAILURE, and saying it twice is noise.
    static QString text(const core::Guest &guest);
    // The state and stop-reason words of the pills, translated with the same words as the
    // host summary ("ACTIVE" / "EN MARCHE" / "AKTIV"); core::stateName() stays the CLI's.
    static QString stateLabel(core::GuestState state);
    static QString stopReasonLabel(core::StopReason reason);
    // One sentence for tooltips: the state, what systemd says about the last run, the job.
    static QString toolTip(const core::Guest &guest);
    // Sort key: the states that need attention first (FAILED, transitions), then ACTIVE, ...
    static int rank(core::GuestState state);

    struct PillColors
    {
        QColor fill;
        QColor border;
        QColor text;
    };
    static PillColors pillColors(core::GuestState state, const QPalette &palette);
    static bool isDark(const QPalette &palette);
};

} // namespace charon::ui
