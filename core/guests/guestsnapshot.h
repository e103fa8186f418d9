// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// One look at the guests, for charon-vm: what GuestMonitor keeps up to date for the window,
// taken once. Identity and settings come from the unit files (exact, as written), the state
// from systemd, and everything else from the same GuestPipeline the window uses (configuration,
// pre-start script, stop-script status, NIC checks, license), without watching. Ends in one
// ready() with the guests in name order in store(). A guest whose unit file cannot be read is
// reported, not dropped silently.
//
// What systemd is asked, by detail level (see docs/benchmarks.md for what each costs):
//  - Files: nothing.
//  - Summary (the list table): one ListUnitsByPatterns round trip gives every loaded guest's
//    load/active/sub state; GetAll only for the loaded guests that are inactive (their Result
//    tells a requested stop from a failure). Enablement is read from the links beside the unit
//    files (UnitEnablement): systemd's ListUnitFilesByPatterns would take 0.3 s at 200 guests.
//  - Listing (list --json): as Summary, then for every asked-for guest systemd holds in memory
//    one Properties.Get per property the listing shows (timestamps, result, exit status,
//    timeouts, OOM and restart settings), all in flight at once; states and enablement as in
//    Summary. No unit-file paths, no NeedDaemonReload: GetAll made systemd compute those and
//    every other property (cgroup counters included), 40 of the 70 ms of a 100-guest list.
//  - Full (status): the same round trip, then GetAll(Unit) + GetAll(Service) for every
//    asked-for guest systemd holds in memory, all in flight at once.
// A guest systemd does not hold in memory (never started, or garbage-collected after it
// stopped) is NOT asked about: addressing it would make systemd load its unit file from disk
// only to report what a freshly loaded unit always reports (inactive, dead, no timestamps),
// and drop it again moments later. It is built that way from its files, loadState "masked"
// when its file is masked, else "loaded". The cost of the shortcut: a broken unit file that
// systemd would load as "bad-setting" shows as inactive until something loads it.

#include "core/domain/guest.h"
#include "core/guests/guestpipeline.h"
#include "core/systemd/unitproperties.h"
#include "core/units/unitenablement.h"
#include "core/units/unitfile.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace charon::core {

struct GuestUnitEntry;
class GuestStore;
class SystemdClient;

class GuestSnapshot : public QObject
{
    Q_OBJECT

public:
    enum class Detail { Files, Summary, Listing, Full };

    // `client` is only used when a detail level asks systemd. `pipeline` says which parts to
    // compute (watch is forced off); its `focus` is set to the asked-for guests.
    GuestSnapshot(const UnitFile &units, UnitScope scope, SystemdClient *client,
        const GuestPipeline::Options &pipeline, QObject *parent = nullptr);
    ~GuestSnapshot() override;

    // `names` empty: every guest. With `withOthers`, the other guests are read from their files
    // too (what NIC check (3) compares with), but systemd is asked only about `names`.
    void load(const QStringList &names = {}, Detail detail = Detail::Full, bool withOthers = false);
    void setDefaultGuest(const QString &name) { m_star = name; }

    GuestStore *store() const { return m_store; }
    // The asked-for guests, in name order, once ready() came.
    QList<Guest> guests() const;
    QStringList errors() const { return m_errors; }

    // The unit file and configuration of one guest, synchronously (no systemd): what commands
    // acting on one guest at once need (console, prestart, stop-script, add).
    static std::optional<Guest> readFiles(
        const UnitFile &units, const QString &name, QString *error);

Q_SIGNALS:
    void ready();

private:
    void onListed(const QList<GuestUnitEntry> &entries);
    static UnitProperties listedProperties(const GuestUnitEntry &entry);
    void fetch(const QString &name, const GuestUnitEntry &listed);
    // Rebuilds a guest from systemd's view, keeping identity as the unit file has it.
    void apply(const QString &name, const UnitProperties &properties);
    void finishIfDone();
    void startPipeline();

    UnitFile m_units;
    UnitScope m_scope;
    SystemdClient *m_client;
    GuestPipeline::Options m_options;
    GuestStore *m_store; // child
    std::unique_ptr<GuestPipeline> m_pipeline; // follows the store: destroyed first
    QString m_star;
    Detail m_detail = Detail::Full;
    QStringList m_wanted;
    QHash<QString, Guest> m_guests; // by name: what the files said, then systemd's view
    QStringList m_errors;
    std::optional<UnitEnablement> m_enablement;
    int m_pending = 0;
    bool m_done = false;
};

} // namespace charon::core
