// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/session/guestsession.h"

#include "core/config/profileregistry.h"
#include "core/events/guesteventwatcher.h"
#include "core/events/watchpreferences.h"
#include "core/guests/guestmonitor.h"
#include "core/guests/gueststore.h"
#include "core/probe/osprobescript.h"
#include "core/stopscript/stopscript.h"
#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdconnection.h"

namespace charon::core {

GuestPipeline::Options GuestSession::defaultPipelineOptions(UnitScope scope)
{
    GuestPipeline::Options options;
    options.stopScriptPath = StopScript::defaultPath(scope);
    options.osProbePath = OsProbeScript::defaultPath(scope == UnitScope::System);
    const WatchPreferences preferences;
    options.osProbeIntervalMs = preferences.osProbeIntervalSec() * 1000;
    options.osProbeTimeoutMs = preferences.osProbeTimeoutSec() * 1000;
    return options;
}

GuestSession::GuestSession(UnitScope scope, QObject *parent)
    : GuestSession(scope, defaultPipelineOptions(scope), parent)
{ }

GuestSession::GuestSession(UnitScope scope, const GuestPipeline::Options &pipeline, QObject *parent)
    : QObject(parent)
    , m_scope(scope)
    , m_connection(std::make_unique<SystemdConnection>(scope == UnitScope::User
              ? SystemdConnection::Scope::User
              : SystemdConnection::Scope::System))
    , m_client(std::make_unique<SystemdClient>(m_connection.get()))
    , m_store(std::make_unique<GuestStore>())
    , m_monitor(std::make_unique<GuestMonitor>(m_client.get(), m_store.get()))
{
    GuestPipeline::Options options = pipeline;
    options.localFiles = options.localFiles && m_connection->isLocal();
    m_pipeline = std::make_unique<GuestPipeline>(m_store.get(), options);
    m_events = std::make_unique<GuestEventWatcher>(
        m_store.get(), m_connection.get(), m_pipeline->licenseMonitor());
    connect(m_monitor.get(), &GuestMonitor::synced, this, &GuestSession::checkReady);
    connect(m_monitor.get(), &GuestMonitor::detailsRead, this, &GuestSession::checkReady);
    connect(m_pipeline.get(), &GuestPipeline::settled, this, &GuestSession::checkReady);
    connect(
        m_pipeline.get(), &GuestPipeline::unitFilesChanged, m_monitor.get(), &GuestMonitor::reread);
    connect(m_store.get(), &GuestStore::connectionChanged, this, [this](bool connected) {
        if (!connected)
            m_wasReady = false;
    });
}

GuestSession::~GuestSession() = default;

void GuestSession::start()
{
    ProfileRegistry::preload(); // read while systemd is asked, not when the first guest is built
    m_monitor->start();
}

bool GuestSession::isReady() const
{
    return m_monitor->isSynced() && !m_monitor->readingDetails() && m_pipeline->isSettled();
}

void GuestSession::checkReady()
{
    if (m_wasReady || !isReady())
        return;
    m_wasReady = true;
    Q_EMIT ready();
}

} // namespace charon::core
