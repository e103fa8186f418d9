// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Keeps a GuestStore equal to what one host's systemd says about its guests, by signals only.
//
// Initial load on the local host's own manager (system or user): Subscribe, Get(UnitPath) and
// ListUnitsByPatterns are sent together (Subscribe first: systemd handles one client's messages
// in order, so no change made after the list was taken can be missed). Then, at once:
// GetAll(Unit) + GetAll(Service) for every stopped or failed guest systemd holds in memory (its
// stop reason, requested or failure, is in its Result), all in flight, and on a worker thread
// the unit files of the search path (GuestUnitScan: where they are, their drop-ins, enablement
// from the links). A guest whose state the list says in full (loaded and active, activating,
// deactivating or reloading, with its job and the job's type) is not read before the sync: its
// row is built from the list and its files (enablement, drop-ins, command and settings as the
// files say), and its GetAll pair is sent once the sync is announced; its other properties
// (timestamps, MainPID, Result, what systemd really runs) replace these as the replies come
// (readingDetails(), detailsRead()). That pair is where the time went: systemd serializes some
// 300 properties of a running service, its cgroup counters among them, and they are
// demarshalled here. A guest systemd does not hold in memory is built from its files as
// systemd would load it (inactive, dead, no timestamps): asking systemd would make it load and
// parse each file (about 8 ms per unit) and unload it again moments later; it is read from
// systemd as soon as systemd loads it (UnitNew), and when its files cannot be read (systemd's
// verdict, e.g. bad-setting, is wanted then) or it is masked. ListUnitFilesByPatterns, which
// makes systemd scan every unit directory per file (0.7 s for 200 guests), is sent only to a
// remote host, whose files are not ours to read; there every guest is read with the two
// GetAll, a running one after the sync as above (its row from the list alone until then).
// Then it follows:
//  - PropertiesChanged: merged into the cached properties, the guest rebuilt and upserted;
//    a change announced without its value (invalidated) is re-read, except ExecStart*;
//  - UnitNew: a guest unit systemd loaded and we know nothing of is read;
//    UnitRemoved: systemd dropped a unit from memory, which is not a deletion: one
//    GetUnitFileState tells whether its file still exists (else the guest is removed);
//  - JobNew/JobRemoved: Guest::jobInFlight shows the job's type ("start", ...) while it runs;
//  - Reloading(false) after a daemon-reload: the list is read again (files may have been added,
//    removed or edited) and the store updated with the minimal changes (the fast path).
// Replies and signals arrive in the order systemd sent them, so a PropertiesChanged that comes
// while that unit's GetAll is in flight is older than the reply and is dropped.
//
// Resync (the slow path). When the manager leaves the bus (restart, daemon-reexec) or the bus
// connection dies, the store is marked disconnected with the reason; nothing is polled. When
// the manager is back (SystemdConnection::managerAppeared), every cache is dropped and the
// initial load runs again, ending in one GuestStore::resync() and setConnected(true). Replies
// from before the loss carry an old generation number and are ignored. forceResync() takes the
// same path on demand; CHARON_FORCE_RESYNC=1 makes every daemon-reload take it too, so tests
// exercise it without killing anything.
//
// Files: the monitor writes only what systemd says. What the guest's files say (configuration,
// scripts, stop script, NICs, license) is GuestPipeline's, attached to the same store.

#include "core/domain/guest.h"
#include "core/systemd/listguestunitsjob.h"
#include "core/systemd/unitproperties.h"
#include "core/units/guestunitscan.h"
#include "core/units/unitfile.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <optional>

namespace charon::core {

class GuestStore;
class SystemdClient;
class SystemdConnection;
class UnitPropertiesJob;

class GuestMonitor : public QObject
{
    Q_OBJECT

public:
    GuestMonitor(SystemdClient *client, GuestStore *store, QObject *parent = nullptr);
    ~GuestMonitor() override;

    // Begins the initial load now, or as soon as the manager is on the bus.
    void start();
    // Whether the store matches systemd (initial load done and no loss since): every guest is
    // in, with its state.
    bool isSynced() const { return m_synced; }
    // Some guests' full properties are still being read (their state is known from the list).
    bool readingDetails() const { return !m_detailsPending.isEmpty(); }
    // The slow path now, as after a manager restart.
    void forceResync(const QString &reason = {});
    // Every daemon-reload takes the slow path (also CHARON_FORCE_RESYNC=1).
    void setAlwaysResync(bool on) { m_alwaysResync = on; }
    int resyncCount() const { return m_resyncs; }
    // Whether unit files are read from disk (the local host's own manager), see above.
    bool readsLocalFiles() const { return m_localScope.has_value(); }
    // Guests systemd did not hold in memory at the last sync, built from their files.
    int builtFromFiles() const { return m_builtFromFiles; }

    // The properties systemd reports for a unit it loads fresh from these files.
    static UnitProperties propertiesFromFiles(const ScannedGuestUnit &unit);
    // Reads one guest's properties again: its unit files changed on disk, which systemd does
    // not announce (NeedDaemonReload is read, never signalled).
    void reread(const QString &name);

Q_SIGNALS:
    // The store now matches systemd: after the initial load, each resync and each re-read
    // after a daemon-reload.
    void synced();
    // readingDetails() became false: every guest's properties are as systemd reports them.
    void detailsRead();

private:
    enum class SyncMode { Fast, Slow };
    struct Entry
    {
        UnitProperties properties;
        bool fetched = false;
        bool fetchInFlight = false;
        // A PropertiesChanged came while the read was in flight. The read is two GetAll calls
        // (Unit, Service): a change may fall between their replies and be older than neither,
        // so it is not dropped but answered with one more read.
        bool changedDuringFetch = false;
        int fetchSerial = 0;
        // The sync generation the read in flight belongs to: the reply of an older one is
        // ignored, so such a read no longer counts as in flight.
        int fetchGeneration = 0;
        QString jobPath;
        QString jobType;
        // Built from the unit files (systemd does not hold the unit in memory): read from
        // systemd as soon as it loads it.
        bool fromFiles = false;
        // State and job from ListUnitsByPatterns, the rest from the files: systemd's whole
        // view comes with the read in flight.
        bool partial = false;
    };

    void beginSync(SyncMode mode, const QString &reason);
    void onListed(int generation, const QList<GuestUnitEntry> &units);
    // Drops the entries of units not in `listed`, but for those with a read still in flight.
    void forgetUnlisted(const QSet<QString> &listed);
    void onLoadedListed(const QList<GuestUnitEntry> &loaded, const QStringList &unitPath);
    void startScan(const QStringList &only); // these units' files again
    void onScanned(int generation, const QList<ScannedGuestUnit> &scanned, bool whole);
    // The whole scan of a local sync: started with it (at start(), before the window is built
    // and before systemd answers) on the search path systemd computes the same way; the list's
    // UnitPath confirms that path, or a scan of the manager's own path replaces it.
    void startWholeScan(const QStringList &path);
    void onWholeScanned(int serial, const QList<ScannedGuestUnit> &scanned);
    void useWholeScan();
    QStringList expectedUnitPath() const;
    void applyFiles(const ScannedGuestUnit &scanned);
    // A loaded guest whose state the list says in full: its entry from the list, read after.
    static bool stateInList(const GuestUnitEntry &listed);
    void applyList(const GuestUnitEntry &listed);
    void takeListedJob(const GuestUnitEntry &listed);
    void fillFromFiles(Entry &entry, const ScannedGuestUnit &scanned);
    void detailsDone(const QString &unit);
    void fetch(const QString &unit);
    void onFetched(int generation, int serial, UnitPropertiesJob *job);
    void completeSync();
    void publish(const QString &unit);
    Guest buildGuest(const QString &unit, const Entry &entry) const;
    static bool isGuest(const UnitProperties &properties);
    bool readInFlight(const Entry &entry) const
    {
        return entry.fetchInFlight && entry.fetchGeneration == m_generation;
    }
    void setJob(const QString &unit, const QString &jobPath);

    void onPropertiesChanged(const QString &path, const QString &interface,
        const QVariantMap &changed, const QStringList &invalidated);
    void onUnitNew(const QString &unit);
    void onUnitRemoved(const QString &unit);
    void onJobNew(const QString &jobPath, const QString &unit);
    void onJobRemoved(const QString &jobPath, const QString &unit);
    void onReloading(bool active);
    void onManagerVanished(const QString &reason);

    SystemdClient *m_client;
    SystemdConnection *m_connection;
    GuestStore *m_store;
    QHash<QString, Entry> m_entries; // by unit name
    QSet<QString> m_syncWaiting; // units whose properties the running sync waits for
    QSet<QString> m_detailsPending; // partial entries whose read is in flight
    int m_generation = 0;
    int m_resyncs = 0;
    bool m_started = false;
    bool m_syncing = false;
    bool m_listed = false; // the sync knows every guest (list and files)
    bool m_loadedListed = false; // the sync's list of loaded units is in
    QList<GuestUnitEntry> m_loaded; // the sync's list of loaded guest units
    QSet<QString> m_requested; // units the sync read from systemd when the list came
    QStringList m_unitPath; // the manager's search path, at the last sync
    int m_scanSerial = 0; // whole scans started
    QStringList m_scanPath; // the path of the latest whole scan
    QElapsedTimer m_scanAge; // since the latest whole scan started
    std::optional<QList<ScannedGuestUnit>> m_scanResult; // its result, until the sync takes it
    bool m_prescanned = false; // start() scanned for the first sync
    std::optional<UnitScope> m_localScope;
    int m_builtFromFiles = 0;
    bool m_syncAgain = false; // a reload happened during the running sync
    SyncMode m_syncMode = SyncMode::Slow;
    bool m_synced = false;
    bool m_alwaysResync = false;
    // Last member: destroyed first, it waits for a scan still running (which posts to us).
    QThreadPool m_pool;
};

} // namespace charon::core
