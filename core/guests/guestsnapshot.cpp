// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/guests/guestsnapshot.h"

#include "core/guests/gueststore.h"
#include "core/systemd/guestbuilder.h"
#include "core/systemd/systemdclient.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace charon::core {

GuestSnapshot::GuestSnapshot(const UnitFile &units, UnitScope scope, SystemdClient *client,
    const GuestPipeline::Options &pipeline, QObject *parent)
    : QObject(parent)
    , m_units(units)
    , m_scope(scope)
    , m_client(client)
    , m_options(pipeline)
    , m_store(new GuestStore(this))
{
    m_options.watch = false;
}

GuestSnapshot::~GuestSnapshot() = default;

std::optional<Guest> GuestSnapshot::readFiles(
    const UnitFile &units, const QString &name, QString *error)
{
    const auto unit = units.read(name, error);
    if (!unit)
        return std::nullopt;
    Guest g = unit->guest;
    GuestPipeline::readFilesInto(g);
    return g;
}

QList<Guest> GuestSnapshot::guests() const
{
    QList<Guest> out;
    for (const QString &name : m_wanted) {
        if (const Guest *g = m_store->find(name))
            out << *g;
    }
    return out;
}

void GuestSnapshot::load(const QStringList &names, Detail detail, bool withOthers)
{
    m_detail = detail;
    const QStringList all = m_units.guestNames();
    const QStringList wanted = names.isEmpty() ? all : names;
    const QStringList toRead = withOthers ? all : wanted;
    // Asked first: systemd prepares its answer while the files are read.
    const bool askSystemd = detail != Detail::Files && m_client;
    if (askSystemd) {
        ++m_pending;
        ListGuestUnitsJob *list = m_client->listGuestUnits(ListGuestUnitsJob::Files::Skipped);
        connect(list, &SystemdJob::finished, this, [this, list] {
            --m_pending;
            // No guest asked about (none has a unit file): the answer does not matter.
            if (!m_wanted.isEmpty() && list->isError())
                m_errors << list->errorString();
            else if (!m_wanted.isEmpty())
                onListed(list->units());
            finishIfDone();
        });
    }
    for (const QString &name : toRead) {
        QString error;
        const auto unit = m_units.read(name, &error);
        if (!unit) {
            if (wanted.contains(name))
                m_errors << error;
            continue;
        }
        Guest g = unit->guest;
        g.isDefault = g.name == m_star;
        m_guests.insert(name, g);
        if (wanted.contains(name))
            m_wanted << name;
    }
    std::sort(m_wanted.begin(), m_wanted.end());
    if (askSystemd && !m_wanted.isEmpty()) {
        // The unit files were just read; their enablement comes from the links beside them
        // (UnitEnablement), not from systemd's costly ListUnitFilesByPatterns.
        m_enablement.emplace(m_scope);
        m_enablement->scan();
    }
    finishIfDone();
}

void GuestSnapshot::onListed(const QList<GuestUnitEntry> &entries)
{
    QHash<QString, GuestUnitEntry> byUnit;
    for (const GuestUnitEntry &e : entries)
        byUnit.insert(e.unit, e);
    for (const QString &name : std::as_const(m_wanted)) {
        const Guest &g = m_guests[name];
        GuestUnitEntry e = byUnit.value(g.unit);
        e.unitFileState = m_enablement->state(g.unit);
        const bool needsResult = e.activeState == u"inactive"_s;
        if (e.loaded && (m_detail == Detail::Full || m_detail == Detail::Listing || needsResult)) {
            fetch(name, e);
            continue;
        }
        apply(name, listedProperties(e));
    }
}

UnitProperties GuestSnapshot::listedProperties(const GuestUnitEntry &e)
{
    // What systemd reports for it: from the list when loaded, else what loading it would.
    UnitProperties p;
    p.unit.insert(u"LoadState"_s,
        e.loaded ? e.loadState : (e.unitFileState == u"masked"_s ? u"masked"_s : u"loaded"_s));
    p.unit.insert(u"ActiveState"_s, e.loaded ? e.activeState : u"inactive"_s);
    p.unit.insert(u"SubState"_s, e.loaded ? e.subState : u"dead"_s);
    p.unit.insert(u"UnitFileState"_s, e.unitFileState);
    if (!e.loaded)
        p.service.insert(u"Result"_s, u"success"_s);
    return p;
}

void GuestSnapshot::fetch(const QString &name, const GuestUnitEntry &listed)
{
    ++m_pending;
    const QString unit = m_guests.value(name).unit;
    const bool listing = m_detail == Detail::Listing;
    // What a listing shows (see the header): start and stop times, the last run's result and
    // exit status (state, reason, cause), and the service settings systemd runs with (they
    // differ from the files until a daemon-reload). One Get costs systemd about 20 us, and
    // us about as much: nothing more is asked. The states come from the list.
    UnitPropertiesJob *job = listing
        ? m_client->fetchProperties(unit,
            { u"ActiveEnterTimestamp"_s, u"InactiveEnterTimestamp"_s },
            { u"Result"_s, u"ExecMainCode"_s, u"ExecMainStatus"_s, u"TimeoutStartUSec"_s,
                u"TimeoutStopUSec"_s, u"OOMScoreAdjust"_s, u"Restart"_s })
        : m_client->fetchProperties(unit);
    connect(job, &SystemdJob::finished, this, [this, name, job, listing, listed] {
        --m_pending;
        if (job->isError()) {
            m_errors << job->errorString();
        } else if (listing) {
            UnitProperties p = listedProperties(listed);
            p.unit.insert(job->properties().unit);
            p.service.insert(job->properties().service);
            apply(name, p);
        } else {
            apply(name, job->properties());
        }
        finishIfDone();
    });
}

void GuestSnapshot::apply(const QString &name, const UnitProperties &properties)
{
    // systemd's view of state and settings; identity stays as the unit file has it (systemd
    // reports ExecStart arguments with "$$" still doubled).
    const Guest fromFile = m_guests.value(name);
    // So systemd's command lines are not parsed only to be replaced: recognising the emulator
    // in ExecStart loads every emulator profile (a third of `charon-vm list --json`'s time).
    UnitProperties p = properties;
    for (const QString &key : { u"ExecStart"_s, u"ExecStartPre"_s, u"WorkingDirectory"_s })
        p.service.remove(key);
    Guest g = GuestBuilder::build(fromFile.unit, p, fromFile);
    g.emulator = fromFile.emulator;
    g.configPath = fromFile.configPath;
    g.workDir = fromFile.workDir;
    g.profileId = fromFile.profileId;
    g.preStartScript = fromFile.preStartScript;
    m_guests[name] = g;
}

void GuestSnapshot::finishIfDone()
{
    if (m_pending > 0 || m_pipeline)
        return;
    startPipeline();
}

void GuestSnapshot::startPipeline()
{
    QList<Guest> guests = m_guests.values();
    std::sort(guests.begin(), guests.end(),
        [](const Guest &a, const Guest &b) { return a.name < b.name; });
    m_store->resync(guests);
    m_options.focus = m_wanted;
    m_pipeline = std::make_unique<GuestPipeline>(m_store, m_options);
    const auto done = [this] {
        if (m_done)
            return;
        m_done = true;
        Q_EMIT ready();
    };
    connect(m_pipeline.get(), &GuestPipeline::settled, this, done);
    if (m_pipeline->isSettled())
        QMetaObject::invokeMethod(this, done, Qt::QueuedConnection);
}

} // namespace charon::core
