// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
//
// Turns what the store and the license monitor see into GuestEvents, live only: the state the
// watcher finds when it starts (or when a guest appears) is the baseline, not news. Sources:
//  - the store's State changes: started, stopped by request, stopped with FAILURE (systemd's
//    Result named), a restart scheduled by systemd (auto-restart);
//  - the store's Job field and the manager's JobRemoved: a job that ended other than "done";
//  - the store's connection: the manager lost and back;
//  - the store's OsAnswer: the probe's verdict changed;
//  - LicenseMonitor::licenseEvent: the emulator log's license lines.
#pragma once

#include "core/domain/guest.h"
#include "core/domain/guestevent.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace charon::core {

class GuestStore;
class LicenseMonitor;
class SystemdConnection;

class GuestEventWatcher : public QObject
{
    Q_OBJECT

public:
    // `connection` (job results) and `license` may be null.
    GuestEventWatcher(GuestStore *store, SystemdConnection *connection, LicenseMonitor *license,
        QObject *parent = nullptr);

Q_SIGNALS:
    void event(const charon::core::GuestEvent &event);

private:
    struct Seen
    {
        DerivedState derived;
        QString subState;
        JobKind lastJob = JobKind::None;
        OsAnswer::Verdict osVerdict = OsAnswer::Verdict::NotProbed;
        bool licenseTrouble = false; // what our own license events said last
        // The store's license health now and just before its last change: the monitor
        // updates the store before it emits the line's event, and a state read from the log's
        // history (at start) brings no event at all.
        LicenseHealth health = LicenseHealth::Unknown;
        LicenseHealth healthBefore = LicenseHealth::Unknown;
        bool restartPending = false;
        // Running when watching began: its first probe verdict is the baseline, not news.
        bool osBaselinePending = false; // systemd scheduled an automatic restart, not active yet
    };

    void remember(const QString &name);
    void onChanged(const QString &name, Guest::Fields fields);
    void onStateChanged(const Guest &guest, Seen &seen);
    void onOsAnswerChanged(const Guest &guest, Seen &seen);
    void onJobRemoved(const QString &unit, const QString &result);
    void onLicenseEvent(
        const QString &name, const QString &kind, const QString &line, const QDateTime &when);
    void onConnectionChanged(bool connected, const QString &reason);
    void emitEvent(GuestEvent::Kind kind, GuestEvent::Severity severity, const QString &guest,
        const QString &text, const QVariantMap &details = {}, const QDateTime &when = {});

    GuestStore *m_store;
    QPointer<LicenseMonitor> m_license;
    QHash<QString, Seen> m_seen;
    QDateTime m_started; // when the baseline was taken
    bool m_connected = false;
    bool m_everConnected = false;
};

} // namespace charon::core
