// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/logs/logswindows.h"

#include "core/config/profileregistry.h"
#include "core/guests/licensemonitor.h"
#include "ui/logs/logswindow.h"

#include <QWidget>

namespace charon::ui {

LogsWindows::LogsWindows(core::GuestStore *store, QWidget *parent)
    : QObject(parent)
    , m_store(store)
    , m_parent(parent)
{ }

LogsWindow *LogsWindows::window(const QString &guest) const
{
    return m_windows.value(guest).data();
}

LogsWindow *LogsWindows::open(const QString &name)
{
    if (LogsWindow *open = window(name)) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    const core::Guest *guest = m_store->find(name);
    if (!guest)
        return nullptr;
    LogsWindow::Setup setup;
    setup.guest = name;
    setup.journal.scope = m_scope;
    setup.journal.unit = guest->unit.isEmpty() ? core::unitNameForGuest(name) : guest->unit;
    const QString profileId
        = guest->profileId.isEmpty() ? guest->config.profileId : guest->profileId;
    if (const auto profile = core::ProfileRegistry::forId(profileId)) {
        setup.profile = *profile;
        const core::LicenseMonitor::LogSource source
            = core::LicenseMonitor::logSourceFor(*guest, profile->defaultLogFiles());
        setup.log = { source.file, source.directory, source.globs };
    } else {
        const core::LicenseMonitor::LogSource source
            = core::LicenseMonitor::logSourceFor(*guest, {});
        setup.log = { source.file, source.directory, source.globs };
    }
    auto *window = new LogsWindow(setup, m_parent);
    m_windows.insert(name, window);
    window->show();
    window->start();
    return window;
}

} // namespace charon::ui
