// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The guest unit files of a local manager, found where systemd finds them, without asking it:
// the manager's search path (its UnitPath property, highest priority first) is read directory
// by directory, the first entry of a unit's name wins (as systemd's name map has it), its
// drop-ins are gathered from every directory of the path (`<unit>.d`, the prefix directories
// `charon-.service.d`, `charon-guest-.service.d`, ..., and `service.d`; a file name seen in a
// higher directory shadows the same name below; the result in file-name order), and its
// enablement comes from the links (UnitEnablement). systemd's own ListUnitFilesByPatterns says
// the same but scans every unit directory per file: 0.7 s for 200 guests on a loaded machine.
//
// The scan also reads the settings systemd would load from the files (the unit merged with its
// drop-ins, systemd's defaults where nothing is set), for the guests systemd does not hold in
// memory: asking for those would make systemd load each file (about 8 ms per unit) only to
// report what a fresh load always reports, and drop it again. tst_guestunitscan_systemd
// compares the result with what systemd reports once it loads the same units.
//
// Pure file reading: safe on a worker thread. Only for the local host.

#include "core/units/unitenablement.h"
#include "core/units/unitsyntax.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace charon::core {

struct ScannedGuestUnit
{
    QString unit; // charon-guest-<name>.service
    QString path; // the entry in the search path that wins
    QString fragmentPath; // the file systemd loads (a linked unit's target; a mask's link)
    QString unitFileState; // UnitEnablement; "static" when the file has no [Install] rules
    bool masked = false;
    QStringList dropInPaths; // in the order systemd applies them

    // What the files set (valid when `readable`); systemd's defaults where they set nothing.
    bool readable = false;
    QString error; // why not readable (no ExecStart=, a syntax error, ...)
    ExecLine execStart;
    QList<ExecLine> execStartPre;
    QString workingDirectory; // as written, with a leading '-' when missing is fine
    quint64 timeoutStartUs = 0; // UINT64_MAX: infinity
    quint64 timeoutStopUs = 0;
    int oomScoreAdjust = 0;
    QString restart; // "no" when unset
};

class GuestUnitScan
{
public:
    static constexpr quint64 DefaultTimeoutUs
        = 90'000'000; // systemd's DefaultTimeout{Start,Stop}Sec

    // `only`: read these units only (empty: every guest unit in the path).
    // `enablement` is scanned here (its directories read once).
    static QList<ScannedGuestUnit> scan(
        const QStringList &searchPath, UnitEnablement enablement, const QStringList &only = {});

    // The search path a manager of `scope` computes for itself, from this process's environment
    // (libsystemd's sd_path: the same code as systemd's). What the manager's UnitPath property
    // says, as long as both see the same XDG_* variables; a caller confirms it with the property.
    // Empty when libsystemd cannot say.
    static QStringList searchPath(UnitScope scope);

    // The drop-in directory names systemd looks up for `unit`, most general first
    // ("service.d", "charon-.service.d", "charon-guest-.service.d", ..., "<unit>.d").
    static QStringList dropInDirectoryNames(const QString &unit);

private:
    static void readSettings(ScannedGuestUnit &unit);
};

} // namespace charon::core
