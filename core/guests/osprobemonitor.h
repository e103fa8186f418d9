// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
//
// Runs the guest OS probe for every running guest that has a branch in the probe script and
// writes the verdict to Guest::osAnswer. A guest's next run is scheduled `interval` after its
// previous one finished, so two runs for one guest never overlap however long a probe takes
// (the timeout ends it); runs for different guests are independent. Each run is a child process
// watched through the event loop: nothing waits on the GUI thread. In one-look mode (the CLI)
// each eligible guest is probed once and pending() counts the runs still out.
#pragma once

#include "core/domain/guest.h"
#include "core/probe/osproberun.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QTimer;

namespace charon::core {

class GuestStore;
class PathWatcher;

class OsProbeMonitor : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString scriptPath; // "" = no probe: every guest stays NotProbed
        int intervalMs = 60000;
        OsProbeRun::Limits limits;
        bool repeat = true; // false: one run per eligible guest (the CLI's one look)
        bool watchScript = true; // follow edits of the script (inotify)
        QStringList focus; // guests to probe; empty = all
    };

    OsProbeMonitor(GuestStore *store, const Options &options, QObject *parent = nullptr);
    ~OsProbeMonitor() override;

    // New interval and timeout (the admin's settings): the next runs use them.
    void setTiming(int intervalMs, int timeoutMs);
    int pending() const; // runs under way (one-look mode: still owed to the store)
    int runsStarted() const { return m_runsStarted; } // tests and benchmarks
    QString scriptPath() const { return m_options.scriptPath; }

Q_SIGNALS:
    void runStarted(const QString &guest);
    void runFinished(const QString &guest);

private:
    struct Slot
    {
        QPointer<OsProbeRun> run;
        QTimer *next = nullptr; // when the next run is due (repeat mode)
        bool probedOnce = false;
    };

    void readScript();
    void reconsider(const QString &name);
    void reconsiderAll();
    bool eligible(const Guest &guest) const;
    void startRun(const QString &name);
    void onRunFinished(const QString &name, OsProbeRun *run);
    void stop(const QString &name);

    GuestStore *m_store;
    Options m_options;
    PathWatcher *m_watcher = nullptr;
    QString m_scriptText;
    QHash<QString, Slot> m_slots;
    int m_runsStarted = 0;
};

} // namespace charon::core
