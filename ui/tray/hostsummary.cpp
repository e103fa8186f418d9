// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/tray/hostsummary.h"

using namespace Qt::StringLiterals;

namespace charon::ui {

HostSummary HostSummary::of(const core::GuestStore &store)
{
    HostSummary s;
    s.connected = store.isConnected();
    s.guests = store.count();
    for (const core::Guest &g : store.guests()) {
        if (g.derived.state == core::GuestState::Active)
            ++s.running;
        if (g.derived.reason == core::StopReason::Failure
            || g.derived.state == core::GuestState::Failed)
            ++s.failed;
        if (g.licenseHealth == core::LicenseHealth::Critical)
            ++s.licenseTrouble;
    }
    return s;
}

Icons::HostHealth HostSummary::health() const
{
    if (!connected)
        return Icons::HostHealth::Disconnected;
    if (failed > 0)
        return Icons::HostHealth::Failed;
    if (licenseTrouble > 0)
        return Icons::HostHealth::LicenseTrouble;
    return Icons::HostHealth::Fine;
}

QString HostSummary::text() const
{
    if (!connected)
        return tr("Charon Manager: systemd cannot be reached");
    QStringList parts { tr("guests: %1").arg(guests), tr("running: %1").arg(running) };
    if (failed > 0)
        parts << tr("failed: %1").arg(failed);
    if (licenseTrouble > 0)
        parts << tr("license trouble: %1").arg(licenseTrouble);
    return tr("Charon Manager — %1").arg(parts.join(u", "_s));
}

} // namespace charon::ui
