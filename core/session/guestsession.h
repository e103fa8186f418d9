// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The wiring of one application session, in one place: a systemd connection (user or system
// manager), the client that talks to it, the guest store, the monitor that keeps the store
// equal to systemd, and the pipeline that adds what the guests' files say. The window
// (app/main_gui.cpp), the widget and integration tests and the benchmarks all build this same
// object, so none of them can wire a part differently from the product.
//
//   SystemdConnection -> SystemdClient -> GuestMonitor -> GuestStore <- GuestPipeline
//                                                             |
//                                                    views, console tabs, tray

#include "core/guests/guestpipeline.h"
#include "core/units/unitfile.h"

#include <QObject>

#include <memory>

namespace charon::core {

class GuestEventWatcher;
class GuestMonitor;
class GuestStore;
class SystemdClient;
class SystemdConnection;

class GuestSession : public QObject
{
    Q_OBJECT

public:
    // The pipeline's options for this scope: every part, files watched, the scope's stop
    // script (CHARON_STOP_SCRIPT overrides it, as for charon-vm).
    static GuestPipeline::Options defaultPipelineOptions(UnitScope scope);

    explicit GuestSession(UnitScope scope, QObject *parent = nullptr);
    GuestSession(
        UnitScope scope, const GuestPipeline::Options &pipeline, QObject *parent = nullptr);
    ~GuestSession() override;

    UnitScope scope() const { return m_scope; }
    SystemdConnection *connection() const { return m_connection.get(); }
    SystemdClient *client() const { return m_client.get(); }
    GuestStore *store() const { return m_store.get(); }
    GuestMonitor *monitor() const { return m_monitor.get(); }
    GuestPipeline *pipeline() const { return m_pipeline.get(); }
    // What happens to the guests, live (state, jobs, license, OS answer, the manager).
    GuestEventWatcher *events() const { return m_events.get(); }

    // Begins following systemd (now, or as soon as the manager is on the bus).
    void start();
    // The store matches systemd (every property read) and the pipeline has nothing left to add.
    bool isReady() const;

Q_SIGNALS:
    // isReady() became true (after the first load, and again after each resync settles).
    void ready();

private:
    void checkReady();

    // Each part uses the ones declared before it, and members are destroyed in reverse order.
    UnitScope m_scope;
    std::unique_ptr<SystemdConnection> m_connection;
    std::unique_ptr<SystemdClient> m_client;
    std::unique_ptr<GuestStore> m_store;
    std::unique_ptr<GuestMonitor> m_monitor;
    std::unique_ptr<GuestPipeline> m_pipeline;
    std::unique_ptr<GuestEventWatcher> m_events;
    bool m_wasReady = false;
};

} // namespace charon::core
