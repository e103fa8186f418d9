// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Everything the product knows about a guest beyond systemd's unit properties, worked out in
// one place for the window and for charon-vm alike. Whoever fills a GuestStore with what
// systemd says (GuestMonitor, following it; GuestSnapshot, one look for the CLI) attaches a
// pipeline to the same store, and the pipeline adds:
//  - Files: the parsed Charon configuration and the first lines of the pre-start script, read
//    on GuestFileLoader's threads;
//  - StopScript: the stop script's status for the guest's configuration (Not found, To
//    customize, Case not set, Using EXPECT|RSH|SSH, Customized);
//  - Nics: the four NIC checks, once the configuration (which names the NICs) is known; one
//    nmcli run serves every guest checked in the same event-loop turn;
//  - License: the license state from the emulator log (LicenseMonitor, inotify).
// With `watch`, the configuration files, pre-start scripts and the stop script are watched
// (PathWatcher, inotify, never polled): an edit updates the affected guests, and the store's
// per-field change flags repaint only their cells. The unit files and drop-ins systemd loaded
// are watched too: an edit there is announced (unitFilesChanged) so the guest is read from
// systemd again, which then reports that a daemon-reload is due, as `systemctl status` does. A
// guest's NIC checks are also redone when another guest that uses one of its host interfaces
// changes its configuration (check 3). Nothing is read for a remote host (`localFiles` false): its
// files are not ours to open.

#include "core/domain/configsummary.h"
#include "core/domain/guest.h"
#include "core/host/niccheck.h"
#include "core/support/shellcase.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

namespace charon::core {

class ConfigSummaryCache;
class GuestFileLoader;
class GuestStore;
class LicenseMonitor;
class OsProbeMonitor;
class PathWatcher;

class GuestPipeline : public QObject
{
    Q_OBJECT

public:
    enum class Part { Files = 1, StopScript = 2, Nics = 4, License = 8, OsProbe = 16 };
    Q_DECLARE_FLAGS(Parts, Part)

    struct Options
    {
        Parts parts
            = Parts(Part::Files) | Part::StopScript | Part::Nics | Part::License | Part::OsProbe;
        bool watch = true; // follow file changes (the window); false for one look (the CLI)
        bool localFiles = true;
        QString stopScriptPath; // "" = the pipeline computes no stop-script status
        QString osProbePath; // "" = no guest OS probe
        int osProbeIntervalMs = 60000; // between the end of one run and the next (watch only)
        int osProbeTimeoutMs = 20000;
        NicChecker::Roots nicRoots;
        // Guests that get the StopScript, Nics and License parts; empty = every guest. The
        // others still get Files (NIC check (3) compares with their configurations).
        QStringList focus;
        // Configurations read through this cache when set (charon-vm); else parsed each time.
        std::shared_ptr<ConfigSummaryCache> configCache;
    };

    GuestPipeline(GuestStore *store, const Options &options, QObject *parent = nullptr);
    ~GuestPipeline() override;

    // Work under way: file reads and NIC checks not merged yet.
    int pending() const;
    bool isSettled() const { return pending() == 0; }
    LicenseMonitor *licenseMonitor() const { return m_license; }
    OsProbeMonitor *osProbeMonitor() const { return m_probe; }
    QString stopScriptPath() const { return m_options.stopScriptPath; }
    // Paths watched right now (tests).
    QSet<QString> watchedPaths() const;

    // What the files say, applied to `guest` (configuration, profile guess, script head): the
    // synchronous form of the Files part, for commands that act on one guest at once.
    static void readFilesInto(Guest &guest);

Q_SIGNALS:
    // pending() came down to 0: every part asked for is in the store.
    void settled();
    // One of the guest's unit files or drop-ins changed on disk (watch only). systemd does not
    // say so by itself: whoever follows systemd reads the guest again (GuestSession wires it to
    // GuestMonitor::reread), which brings NeedDaemonReload.
    void unitFilesChanged(const QString &name);

private:
    struct Known
    {
        QString configPath;
        QString preStartScript;
        QString profileId;
        QStringList interfaces; // host interfaces its configuration names
        QStringList unitFiles;
    };

    void onAdded(const QString &name);
    void onChanged(const QString &name, Guest::Fields fields);
    void onRemoved(const QString &name);
    void readFiles(const QString &name);
    void startAdded();
    void onFilesLoaded(const QString &name, const QString &configPath,
        const QString &preStartScript, const ConfigSummary &config, const QStringList &head);
    void onPathChanged(const QString &path);
    void readStopScript();
    void applyStopScript(const QString &name);
    void queueNicCheck(const QString &name);
    void runNicChecks();
    void updateWatches();
    void checkSettled();
    bool has(Part part) const { return m_options.parts.testFlag(part) && m_options.localFiles; }
    bool inFocus(const QString &name) const
    {
        return m_options.focus.isEmpty() || m_options.focus.contains(name);
    }

    GuestStore *m_store;
    Options m_options;
    GuestFileLoader *m_files = nullptr;
    NicChecker *m_nics = nullptr;
    LicenseMonitor *m_license = nullptr;
    OsProbeMonitor *m_probe = nullptr;
    PathWatcher *m_watcher = nullptr;
    QHash<QString, Known> m_known; // by guest name
    QString m_stopScriptText;
    // Its branches, parsed once per read: every guest's status is looked up in them (parsing
    // per guest made 200 guests cost 200 parses of a script with 200 branches).
    QList<ShellCaseBranch> m_stopScriptBranches;
    bool m_stopScriptExists = false;
    QSet<QString> m_nicQueue;
    bool m_nicRunScheduled = false;
    QHash<QString, int> m_nicChecksRunning; // guest -> checks whose answer is still due
    bool m_wasSettled = true;
    // Guests added in this event-loop turn, watched and read at its end: a resync adds 200 at
    // once, and their ~800 inotify watches then came before the window's rows.
    QSet<QString> m_addedQueue;
    bool m_addedScheduled = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(GuestPipeline::Parts)

} // namespace charon::core
