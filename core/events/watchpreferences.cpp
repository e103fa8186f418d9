// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/events/watchpreferences.h"

#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {
std::unique_ptr<QSettings> open(const QString &file)
{
    if (!file.isEmpty())
        return std::make_unique<QSettings>(file, QSettings::IniFormat);
    return std::make_unique<QSettings>(u"charon-manager"_s, u"charon-manager"_s);
}
} // namespace

WatchPreferences::WatchPreferences() = default;

WatchPreferences::WatchPreferences(const QString &file)
    : m_file(file)
{ }

bool WatchPreferences::notifiesByDefault(GuestEvent::Kind kind)
{
    using K = GuestEvent::Kind;
    // Routine news is off by default: a start the admin asked for needs no pop-up.
    return kind != K::Started && kind != K::Stopped && kind != K::LicenseFound
        && kind != K::OsAnswers;
}

bool WatchPreferences::notifies(GuestEvent::Kind kind) const
{
    return open(m_file)
        ->value(u"notify/"_s + GuestEvent::kindName(kind), notifiesByDefault(kind))
        .toBool();
}

void WatchPreferences::setNotifies(GuestEvent::Kind kind, bool on)
{
    open(m_file)->setValue(u"notify/"_s + GuestEvent::kindName(kind), on);
}

int WatchPreferences::osProbeIntervalSec() const
{
    return std::clamp(open(m_file)->value(u"probe/intervalSec"_s, 60).toInt(), 10, 86400);
}

void WatchPreferences::setOsProbeIntervalSec(int seconds)
{
    open(m_file)->setValue(u"probe/intervalSec"_s, std::clamp(seconds, 10, 86400));
}

int WatchPreferences::osProbeTimeoutSec() const
{
    return std::clamp(open(m_file)->value(u"probe/timeoutSec"_s, 20).toInt(), 1, 3600);
}

void WatchPreferences::setOsProbeTimeoutSec(int seconds)
{
    open(m_file)->setValue(u"probe/timeoutSec"_s, std::clamp(seconds, 1, 3600));
}

bool WatchPreferences::keepWatchingInTray(bool trayAvailable) const
{
    return trayAvailable && open(m_file)->value(u"window/keepWatchingInTray"_s, true).toBool();
}

void WatchPreferences::setKeepWatchingInTray(bool on)
{
    open(m_file)->setValue(u"window/keepWatchingInTray"_s, on);
}

} // namespace charon::core
