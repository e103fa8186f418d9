// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The words the window uses for a guest's facts, shared by the table's tooltips and the
// details pane so both say the same thing: NIC checks explained, stop-script status, console
// exposure, dates, and the short list of problems an admin should look at.

#include "core/domain/guest.h"

#include <QString>
#include <QStringList>

namespace charon::ui {

class GuestText
{
public:
    // "-" for every value that is not known or not set.
    static QString missing();
    static QString dateTime(const QDateTime &when);
    static QString seconds(int seconds);
    static QString yesNo(bool value);
    // Short words for the table: "OK", "Expiring", "Lost / missing"; "-" when nothing is known.
    static QString licenseHealth(core::LicenseHealth health);
    // "Answers", "No answer", "Probe error", "Waiting"; "-" when not probed.
    static QString osVerdict(core::OsAnswer::Verdict verdict);
    static QString stopScript(core::StopScriptStatus status);
    // systemd's NeedDaemonReload, in words.
    static QString unitFilesChanged();
    // "10003 (localhost only)" / "10003 on all interfaces"; "-" without a console port.
    static QString consolePort(const core::ConfigSummary &config);
    // Why a console port listening beyond localhost is a risk; "" when it is not exposed.
    static QString consoleWarning(const core::ConfigSummary &config);
    // "EWA0 → enp6s0: OK" or "EWA0 → enp6s0: does not exist on this host; has IP address ..."
    static QString nic(const core::NicCheck &check);
    // Each failed check of one NIC, as a sentence.
    static QStringList nicProblems(const core::NicCheck &check);
    // What deserves attention (config errors, NIC problems, exposed console): tooltips and
    // the warning mark in the name column. Empty when all is well.
    static QStringList problems(const core::Guest &guest);
};

} // namespace charon::ui
