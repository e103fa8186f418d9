// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The whole list of guests of a host in one round trip: ListUnitFilesByPatterns (every
// installed guest unit file, loaded or not, with its enablement) and ListUnitsByPatterns
// (every guest unit systemd has in memory, with its state) sent together. A guest exists when
// its unit file exists, or when systemd still holds it in a state worth showing (running or
// failed after its file was deleted). Properties are fetched afterwards, per unit, in parallel.
//
// On the local host the files need not be asked for (Files::SearchPath): the job then gets the
// manager's UnitPath property with the loaded units, in the same round trip, and the caller
// finds the files in those directories itself (GuestUnitScan) and merges them with merge().

#include "core/systemd/systemdjob.h"

#include <QList>
#include <QSet>

namespace charon::core {

struct GuestUnitEntry
{
    QString unit; // charon-guest-<name>.service
    QString unitFilePath; // "" when systemd knows no file
    QString unitFileState; // enabled, disabled, masked, ... ("" when no file)
    bool loaded = false; // listed by ListUnitsByPatterns
    QString loadState;
    QString activeState;
    QString subState;
    // The job systemd runs on the unit (ListUnitsByPatterns): jobId 0 when none.
    quint32 jobId = 0;
    QString jobType; // start, stop, restart, ...
    QString jobPath;
};

class ListGuestUnitsJob : public SystemdJob
{
    Q_OBJECT

public:
    static const QString Pattern; // charon-guest-*.service

    // Files: ask systemd for the unit files too (ListUnitFilesByPatterns). Costly on a host
    // with many units (systemd scans every unit directory per file); a caller that reads the
    // files itself, like the command-line tool, lists the loaded units only.
    // SearchPath: the files are skipped, and the manager's search path (UnitPath) is read.
    enum class Files { Included, Skipped, SearchPath };

    ListGuestUnitsJob(
        SystemdConnection *connection, QObject *parent, Files files = Files::Included);

    // Guest units, sorted by unit name.
    QList<GuestUnitEntry> units() const { return m_units; }
    // Every guest unit systemd holds in memory as listed, a guest or not (e.g. "not-found").
    QList<GuestUnitEntry> loadedUnits() const { return m_loaded; }
    // Files::SearchPath: the directories systemd loads units from, highest priority first.
    QStringList unitPath() const { return m_unitPath; }
    // Whether an entry describes a guest to show (see the header comment).
    static bool isGuest(const GuestUnitEntry &entry);
    // Files (unitFilePath set) and loaded units (loaded set) merged by unit name: the guests,
    // sorted by unit name.
    static QList<GuestUnitEntry> merge(
        const QList<GuestUnitEntry> &files, const QList<GuestUnitEntry> &loaded);

private:
    void maybeFinish();

    QList<GuestUnitEntry> m_files;
    QList<GuestUnitEntry> m_loaded;
    QList<GuestUnitEntry> m_units;
    QStringList m_unitPath;
    int m_pending = 2;
};

} // namespace charon::core
