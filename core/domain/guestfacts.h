// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
//
// The words for the license health and the guest OS answer, shared by the window and
// charon-vm so both say the same thing. The *Name functions give stable, untranslated words for
// JSON; the *Text functions a translated phrase for people.
#pragma once

#include "core/domain/guest.h"

namespace charon::core {

// When something was seen, short: "18:01:02" on `now`'s day, else "2026-11-28 18:01:02". The
// license sentences and the OS answer use it.
QString eventTimeText(const QDateTime &when, const QDateTime &now);

QString licenseHealthName(LicenseHealth health); // unknown, ok, warning, critical
QString osVerdictName(OsAnswer::Verdict verdict); // not-probed, waiting, answers, no-answer, error
// "answers (checked 18:01:02)", "not booted or unreachable (last answer 17:55:00)", the error,
// "waiting for the first answer"; "" when not probed. Times on `now`'s day show as hh:mm:ss.
QString osAnswerText(const OsAnswer &answer, const QDateTime &now = QDateTime::currentDateTime());
// A guest's start or stop date as the window's details pane and `charon-vm status` both show
// it: local time, "2026-11-29 19:14:55" with the default locale's digits; "-" when invalid.
QString guestDateTime(const QDateTime &when);

// Whether a running guest's configuration file changed after its emulator started (the emulator
// read the old one: a restart applies the change), and the phrase saying so ("" when not).
bool restartNeeded(const Guest &guest);
QString restartNeededReason(
    const Guest &guest); // "the configuration changed at ..., after the start"
QString restartNeededText(const Guest &guest); // "restart needed: " + the reason

} // namespace charon::core
