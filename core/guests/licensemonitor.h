// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Watches the emulator log of every guest in a GuestStore and turns the license and NIC lines
// into state and notifications. Per guest: an EmulatorLogTailer on the configured log (or, with
// none configured, the newest file of the profile's defaultLogFiles() in the working
// directory), the guest profile's patterns, and a LicenseTracker whose one-line summary is
// written to Guest::licenseStatus. Follows the store: guests added, removed, or whose Config or
// Identity changed (another log, another profile) get their tailer started, stopped or moved.
// licenseEvent()/nicEvent() fire for lines written while we watch; the lines found in an
// existing log at start only set the state (no notification storm for old history).

#include "core/license/emulatorlogtailer.h"
#include "core/license/licensetracker.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

namespace charon::core {

class GuestStore;
struct Guest;

class LicenseMonitor : public QObject
{
    Q_OBJECT

public:
    // Where a guest's emulator writes its log, as far as its config and profile tell.
    struct LogSource
    {
        QString file; // a configured log file (absolute), or
        QString directory; // the working directory holding per-start log files
        QStringList globs; // their names
        bool isNull() const { return file.isEmpty() && directory.isEmpty(); }
        friend bool operator==(const LogSource &, const LogSource &) = default;
    };

    // `only`: the guests to watch; empty = every guest of the store.
    explicit LicenseMonitor(
        GuestStore *store, const QStringList &only = {}, QObject *parent = nullptr);
    ~LicenseMonitor() override;

    // For tailers started from now on (tests use small limits).
    void setTailerLimits(const EmulatorLogTailer::Limits &limits) { m_limits = limits; }

    // nullptr when the guest is unknown or has no log to follow.
    const LicenseTracker *license(const QString &guest) const;
    // NIC name -> link up, from the `Device EWA0 (enp6s0) : RX up/down` lines seen.
    QHash<QString, bool> nicLinks(const QString &guest) const;
    LogSource logSource(const QString &guest) const;
    QString currentLogFile(const QString &guest) const; // "" while none is open
    QStringList monitoredGuests() const;

    static LogSource logSourceFor(const Guest &guest, const QStringList &defaultLogFiles);

Q_SIGNALS:
    // Every license line read live except the hourly checks; `when` is the line's own
    // timestamp when it has one, else when it was read.
    void licenseEvent(
        const QString &guest, const QString &kind, const QString &line, const QDateTime &when);
    void nicEvent(const QString &guest, const QString &nic, bool up);

private:
    struct Watch;

    void sync(const QString &guest);
    void syncSoon(const QString &guest);
    void syncQueued();
    void drop(const QString &guest);
    void onLines(const QString &guest, const QStringList &lines);
    void onFileOpened(const QString &guest, bool fresh);
    void publish(const QString &guest);

    GuestStore *m_store;
    QStringList m_only;
    EmulatorLogTailer::Limits m_limits;
    QHash<QString, std::shared_ptr<Watch>> m_watches;
    // Guests added or changed in this event-loop turn, synced at its end: following a log lists
    // its directory and reads its tail, and a resync adds 200 guests at once (before their
    // configurations are read, which may name another log).
    QSet<QString> m_syncQueue;
    bool m_syncScheduled = false;
};

} // namespace charon::core
