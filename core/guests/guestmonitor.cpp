// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/guests/guestmonitor.h"

#include "core/guests/gueststore.h"
#include "core/systemd/guestbuilder.h"
#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdconnection.h"

#include <QDBusVariant>
#include <QLocale>
#include <QLoggingCategory>

#include <utility>

using namespace Qt::StringLiterals;

namespace charon::core {

Q_LOGGING_CATEGORY(lcMonitor, "charon.monitor", QtInfoMsg)

GuestMonitor::GuestMonitor(SystemdClient *client, GuestStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_connection(client->connection())
    , m_store(store)
    , m_alwaysResync(qEnvironmentVariableIntValue("CHARON_FORCE_RESYNC") == 1)
{ }

GuestMonitor::~GuestMonitor() = default;

void GuestMonitor::start()
{
    if (m_started)
        return;
    m_started = true;
    auto *c = m_connection;
    connect(c, &SystemdConnection::propertiesChanged, this, &GuestMonitor::onPropertiesChanged);
    connect(c, &SystemdConnection::unitNew, this,
        [this](const QString &unit, const QString &) { onUnitNew(unit); });
    connect(c, &SystemdConnection::unitRemoved, this,
        [this](const QString &unit, const QString &) { onUnitRemoved(unit); });
    connect(c, &SystemdConnection::jobNew, this,
        [this](quint32, const QString &path, const QString &unit) { onJobNew(path, unit); });
    connect(c, &SystemdConnection::jobRemoved, this,
        [this](quint32, const QString &path, const QString &unit, const QString &) {
            onJobRemoved(path, unit);
        });
    connect(c, &SystemdConnection::reloading, this, &GuestMonitor::onReloading);
    connect(c, &SystemdConnection::managerVanished, this, &GuestMonitor::onManagerVanished);
    connect(c, &SystemdConnection::managerAppeared, this, [this] {
        beginSync(SyncMode::Slow,
            m_resyncs == 0 ? tr("reading the guests") : tr("the systemd manager is back"));
    });
    connect(c, &SystemdConnection::busDisconnected, this,
        [this](const QString &reason) { onManagerVanished(reason); });
    // No bus: say why, and when the connection tries again (its backoff timer, not a poll).
    connect(c, &SystemdConnection::reopenScheduled, this, [this](int delayMs, const QString &why) {
        m_store->setConnected(false,
            tr("cannot connect to the %1: %2; trying again in %3 s")
                .arg(m_connection->description(), why)
                .arg(QLocale().toString(delayMs / 1000.0)));
    });
    if (c->isManagerPresent())
        beginSync(SyncMode::Slow, {});
    else if (!c->isBusConnected())
        m_store->setConnected(
            false, tr("cannot connect to the %1: %2").arg(c->description(), c->busError()));
    else
        m_store->setConnected(false, tr("waiting for systemd on the %1").arg(c->description()));
}

void GuestMonitor::forceResync(const QString &reason)
{
    if (!m_connection->isManagerPresent())
        return; // managerAppeared will resync
    beginSync(SyncMode::Slow, reason.isEmpty() ? tr("resynchronizing with systemd") : reason);
}

void GuestMonitor::beginSync(SyncMode mode, const QString &reason)
{
    // A sync already on the slow path stays on it: it owes a resubscribe and setConnected.
    if (m_syncing && m_syncMode == SyncMode::Slow)
        mode = SyncMode::Slow;
    const int generation = ++m_generation;
    qCDebug(lcMonitor) << "sync" << (mode == SyncMode::Slow ? "slow" : "fast") << reason;
    m_syncing = true;
    m_listed = false;
    m_syncMode = mode;
    m_syncWaiting.clear();
    if (mode == SyncMode::Slow) {
        ++m_resyncs;
        m_synced = false;
        m_entries.clear();
        m_store->setConnected(false, reason);
        SystemdCallJob *subscribe = m_client->subscribe();
        connect(subscribe, &SystemdJob::finished, this, [this, generation](SystemdJob *job) {
            if (generation == m_generation && job->isError())
                m_store->setConnected(false, job->errorString());
        });
    }
    ListGuestUnitsJob *list = m_client->listGuestUnits();
    connect(list, &SystemdJob::finished, this, [this, generation, list](SystemdJob *) {
        if (generation != m_generation)
            return;
        if (list->isError()) {
            m_syncing = false;
            m_store->setConnected(false, list->errorString());
            return;
        }
        QList<QString> units;
        for (const GuestUnitEntry &e : list->units())
            units.append(e.unit);
        onListed(generation, units);
    });
}

void GuestMonitor::onListed(int, const QList<QString> &units)
{
    const QSet<QString> listed(units.cbegin(), units.cend());
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (!listed.contains(it.key()) && !it->fetchInFlight)
            it = m_entries.erase(it);
        else
            ++it;
    }
    m_listed = true;
    // Read every unit again, even one with a read in flight: that read may predate a reload.
    for (const QString &unit : units) {
        m_syncWaiting.insert(unit);
        fetch(unit);
    }
    if (m_syncWaiting.isEmpty())
        completeSync();
}

void GuestMonitor::fetch(const QString &unit)
{
    Entry &entry = m_entries[unit];
    entry.fetchInFlight = true;
    entry.changedDuringFetch = false;
    const int serial = ++entry.fetchSerial;
    const int generation = m_generation;
    UnitPropertiesJob *job = m_client->fetchProperties(unit);
    connect(job, &SystemdJob::finished, this,
        [this, generation, serial, job](SystemdJob *) { onFetched(generation, serial, job); });
}

void GuestMonitor::onFetched(int generation, int serial, UnitPropertiesJob *job)
{
    const QString unit = job->unit();
    auto it = m_entries.find(unit);
    // An older generation answers for a manager that is gone; an older serial was overtaken
    // by a newer read of the same unit, whose reply is still to come.
    if (generation != m_generation || (it != m_entries.end() && it->fetchSerial != serial))
        return;
    if (it != m_entries.end()) {
        it->fetchInFlight = false;
        if (job->isError()) {
            qCWarning(lcMonitor) << job->errorString() << job->error().details;
        } else if (!isGuest(job->properties())) {
            // A stub left by a lookup, or a unit whose file is gone: not a guest (any more).
            m_entries.erase(it);
            if (!m_syncing)
                m_store->remove(guestNameFromUnit(unit));
        } else {
            it->properties = job->properties();
            it->fetched = true;
            const JobRef running = UnitPropertyCodec::jobRef(it->properties.unit.value(u"Job"_s));
            setJob(unit, running.isNone() ? QString() : running.path);
            if (!m_syncing || !m_syncWaiting.contains(unit))
                publish(unit);
        }
    }
    const auto again = m_entries.find(unit);
    const bool readAgain = again != m_entries.end() && !job->isError()
        && std::exchange(again->changedDuringFetch, false);
    if (m_syncing && m_syncWaiting.remove(unit) && m_syncWaiting.isEmpty() && m_listed)
        completeSync();
    if (readAgain && m_entries.contains(unit))
        fetch(unit);
}

bool GuestMonitor::isGuest(const UnitProperties &p)
{
    const QString load = p.unit.value(u"LoadState"_s).toString();
    const QString active = p.unit.value(u"ActiveState"_s).toString();
    return load != u"not-found"_s || (active != u"inactive"_s && !active.isEmpty());
}

void GuestMonitor::completeSync()
{
    QList<Guest> guests;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->fetched)
            guests.append(buildGuest(it.key(), *it));
    }
    std::sort(guests.begin(), guests.end(),
        [](const Guest &a, const Guest &b) { return a.name < b.name; });
    m_syncing = false;
    m_store->resync(guests);
    m_store->setConnected(true);
    m_synced = true;
    Q_EMIT synced();
    if (std::exchange(m_syncAgain, false))
        beginSync(m_alwaysResync ? SyncMode::Slow : SyncMode::Fast,
            tr("systemd reloaded its configuration"));
}

Guest GuestMonitor::buildGuest(const QString &unit, const Entry &entry) const
{
    const Guest *current = m_store->find(guestNameFromUnit(unit));
    Guest guest = GuestBuilder::build(unit, entry.properties, current ? *current : Guest {});
    guest.jobInFlight = entry.jobPath.isEmpty() ? JobKind::None : jobKindFromSystemd(entry.jobType);
    return guest;
}

void GuestMonitor::publish(const QString &unit)
{
    // The slow path publishes everything at once, in completeSync().
    if (m_syncing && m_syncMode == SyncMode::Slow)
        return;
    const auto it = m_entries.constFind(unit);
    if (it == m_entries.cend() || !it->fetched)
        return;
    const Guest guest = buildGuest(unit, *it);
    m_store->upsert(guest);
}

void GuestMonitor::reread(const QString &name)
{
    const QString unit = unitNameForGuest(name);
    auto it = m_entries.find(unit);
    if (it == m_entries.end() || !it->fetched || m_syncing)
        return; // not known yet, or a read of everything is under way
    if (it->fetchInFlight) {
        it->changedDuringFetch = true; // that read may predate the change: one more after it
        return;
    }
    fetch(unit);
}

void GuestMonitor::setJob(const QString &unit, const QString &jobPath)
{
    auto it = m_entries.find(unit);
    if (it == m_entries.end() || it->jobPath == jobPath)
        return;
    it->jobPath = jobPath;
    it->jobType.clear();
    if (jobPath.isEmpty())
        return;
    const int generation = m_generation;
    SystemdCallJob *ask = m_client->jobType(jobPath);
    connect(ask, &SystemdJob::finished, this, [this, generation, ask, unit, jobPath](SystemdJob *) {
        auto it = m_entries.find(unit);
        // The job may be over already (NoSuchObject), or replaced: then there is nothing to show.
        if (generation != m_generation || ask->isError() || it == m_entries.end()
            || it->jobPath != jobPath)
            return;
        it->jobType = ask->arguments().value(0).value<QDBusVariant>().variant().toString();
        publish(unit);
    });
}

void GuestMonitor::onPropertiesChanged(const QString &path, const QString &interface,
    const QVariantMap &changed, const QStringList &invalidated)
{
    const QString unit = UnitPropertyCodec::unitFromObjectPath(path);
    auto it = m_entries.find(unit);
    // Unknown units are read when listed or on UnitNew. With a read in flight, its replies may
    // be older or newer than this signal (one per interface): read again once it is in.
    if (it != m_entries.end() && it->fetchInFlight) {
        it->changedDuringFetch = true;
        return;
    }
    if (it == m_entries.end() || !it->fetched)
        return;
    const bool isUnit = interface == SystemdConnection::UnitInterface;
    if (!isUnit && interface != SystemdConnection::ServiceInterface)
        return;
    QVariantMap &target = isUnit ? it->properties.unit : it->properties.service;
    target.insert(UnitPropertyCodec::normalize(interface, changed));
    if (UnitPropertyCodec::needsRefetch(interface, invalidated)) {
        fetch(unit);
        return;
    }
    if (isUnit && changed.contains(u"Job"_s)) {
        const JobRef job = UnitPropertyCodec::jobRef(target.value(u"Job"_s));
        setJob(unit, job.isNone() ? QString() : job.path);
    }
    publish(unit);
}

void GuestMonitor::onUnitNew(const QString &unit)
{
    if (guestNameFromUnit(unit).isEmpty()
        || (m_syncing && m_syncMode == SyncMode::Slow && !m_listed))
        return; // the running list will include it
    const auto it = m_entries.constFind(unit);
    // What we hold stays current: every later change comes with PropertiesChanged. Only a unit
    // we know nothing of needs reading (this is also the echo of our own GetAll loading it).
    if (it != m_entries.cend() && (it->fetched || it->fetchInFlight))
        return;
    fetch(unit);
}

void GuestMonitor::onUnitRemoved(const QString &unit)
{
    const auto it = m_entries.constFind(unit);
    if (it == m_entries.cend() || it->fetchInFlight)
        return;
    // Garbage collection of an inactive unit, or its end: the unit file decides.
    const int generation = m_generation;
    const int serial = it->fetchSerial;
    SystemdCallJob *ask = m_client->unitFileState(unit);
    connect(ask, &SystemdJob::finished, this, [this, generation, serial, ask, unit](SystemdJob *) {
        auto it = m_entries.find(unit);
        if (generation != m_generation || it == m_entries.end() || it->fetchSerial != serial
            || it->fetchInFlight)
            return; // read again since: that reading wins
        if (ask->error().category != SystemdError::Category::NotFound)
            return;
        m_entries.erase(it);
        m_store->remove(guestNameFromUnit(unit));
    });
}

void GuestMonitor::onJobNew(const QString &jobPath, const QString &unit)
{
    if (m_entries.contains(unit))
        setJob(unit, jobPath);
}

void GuestMonitor::onJobRemoved(const QString &jobPath, const QString &unit)
{
    const auto it = m_entries.constFind(unit);
    if (it == m_entries.cend() || it->jobPath != jobPath)
        return;
    setJob(unit, QString());
    publish(unit);
}

void GuestMonitor::onReloading(bool active)
{
    qCDebug(lcMonitor) << "reloading" << active;
    if (active || (!m_synced && !m_syncing))
        return;
    // A list still in flight is no proof of freshness: systemd may have answered it before the
    // reload began, the reply merely not read yet. So every reload is followed by a list taken
    // after it: now, or right after the sync in flight completes.
    if (m_syncing) {
        m_syncAgain = true;
        return;
    }
    beginSync(
        m_alwaysResync ? SyncMode::Slow : SyncMode::Fast, tr("systemd reloaded its configuration"));
}

void GuestMonitor::onManagerVanished(const QString &reason)
{
    qCDebug(lcMonitor) << "manager vanished:" << reason;
    ++m_generation; // whatever is in flight answers for a manager that is gone
    m_syncing = false;
    m_syncAgain = false; // the manager's return brings a full resync
    m_synced = false;
    m_store->setConnected(false, reason);
}

} // namespace charon::core
