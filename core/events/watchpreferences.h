// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
//
// What the admin chose to be told about and how often the guest OS is probed, kept in the
// application's settings file (~/.config/charon-manager/charon-manager.conf) so the window and
// `charon-vm watch` read the same choices.
#pragma once

#include "core/domain/guestevent.h"

#include <QSet>

class QSettings;

namespace charon::core {

class WatchPreferences
{
public:
    WatchPreferences(); // the application's settings file
    explicit WatchPreferences(const QString &file); // tests

    bool notifies(GuestEvent::Kind kind) const;
    void setNotifies(GuestEvent::Kind kind, bool on);
    static bool notifiesByDefault(GuestEvent::Kind kind);

    int osProbeIntervalSec() const; // 10 .. 86400, default 60
    void setOsProbeIntervalSec(int seconds);
    int osProbeTimeoutSec() const; // 1 .. 3600, default 20
    void setOsProbeTimeoutSec(int seconds);

    // Whether closing the window keeps watching from the tray; `trayAvailable` is the default
    // (off when there is no tray to come back from).
    bool keepWatchingInTray(bool trayAvailable) const;
    void setKeepWatchingInTray(bool on);

private:
    QString m_file;
};

} // namespace charon::core
