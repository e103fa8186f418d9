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
{
    if (const auto scope = m_connection->localScope())
        m_localScope
            = *scope == SystemdConnection::Scope::User ? UnitScope::User : UnitScope::System;
    m_pool.setMaxThreadCount(1);
}

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
    // The unit files are read while the window is built and systemd is found and asked.
    if (m_localScope) {
        startWholeScan(expectedUnitPath());
        m_prescanned = true;
    }
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
    m_loadedListed = false;
    m_loaded.clear();
    m_requested.clear();
    m_syncMode = mode;
    m_syncWaiting.clear();
    if (mode == SyncMode::Slow) {
        ++m_resyncs;
        m_synced = false;
        m_entries.clear();
        m_detailsPending.clear();
        m_store->setConnected(false, reason);
        SystemdCallJob *subscribe = m_client->subscribe();
        connect(subscribe, &SystemdJob::finished, this, [this, generation](SystemdJob *job) {
            if (generation == m_generation && job->isError())
                m_store->setConnected(false, job->errorString());
        });
    }
    const bool local = m_localScope.has_value();
    // A scan started by start() serves the first sync if it is recent (the manager may have
    // come much later); any other sync reads the files again: they are why systemd reloaded.
    if (local && !(std::exchange(m_prescanned, false) && m_scanAge.elapsed() < 2000))
        startWholeScan(expectedUnitPath());
    ListGuestUnitsJob *list = m_client->listGuestUnits(
        local ? ListGuestUnitsJob::Files::SearchPath : ListGuestUnitsJob::Files::Included);
    connect(list, &SystemdJob::finished, this, [this, generation, list, local](SystemdJob *) {
        if (generation != m_generation)
            return;
        if (list->isError()) {
            m_syncing = false;
            m_store->setConnected(false, list->errorString());
            return;
        }
        if (local) {
            onLoadedListed(list->loadedUnits(), list->unitPath());
            return;
        }
        onListed(generation, list->units());
    });
}

void GuestMonitor::forgetUnlisted(const QSet<QString> &listed)
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (!listed.contains(it.key()) && !readInFlight(*it)) {
            m_detailsPending.remove(it.key());
            it = m_entries.erase(it);
        } else
            ++it;
    }
}

void GuestMonitor::onListed(int, const QList<GuestUnitEntry> &units)
{
    QSet<QString> listed;
    for (const GuestUnitEntry &e : units)
        listed.insert(e.unit);
    forgetUnlisted(listed);
    m_listed = true;
    m_loadedListed = true;
    // Read every unit again, even one with a read in flight: that read may predate a reload.
    for (const GuestUnitEntry &e : units) {
        const auto known = m_entries.constFind(e.unit);
        if (e.loaded && stateInList(e)
            && (known == m_entries.cend() || !known->fetched || known->partial)) {
            applyList(e); // read once the sync is announced
            continue;
        }
        m_syncWaiting.insert(e.unit);
        fetch(e.unit);
        takeListedJob(e);
    }
    if (m_syncWaiting.isEmpty())
        completeSync();
}

void GuestMonitor::onLoadedListed(const QList<GuestUnitEntry> &loaded, const QStringList &unitPath)
{
    qCDebug(lcMonitor) << "listed" << loaded.size() << "loaded units";
    m_loadedListed = true;
    m_loaded = loaded;
    m_unitPath = unitPath;
    const bool pathAsExpected = unitPath == m_scanPath;
    // systemd's view of every guest it holds, read while the files are scanned. Read again
    // even with a read in flight: that read may predate a reload.
    for (const GuestUnitEntry &e : loaded) {
        if (!ListGuestUnitsJob::isGuest(e))
            continue;
        m_requested.insert(e.unit);
        const auto known = m_entries.constFind(e.unit);
        // A guest already shown with its full properties keeps them until the new read is in
        // (a fast sync after a reload); one we know nothing of yet is shown from the list.
        if (stateInList(e) && (known == m_entries.cend() || !known->fetched || known->partial)) {
            applyList(e); // read once the sync is announced
            continue;
        }
        m_syncWaiting.insert(e.unit);
        fetch(e.unit);
        takeListedJob(e);
    }
    if (pathAsExpected)
        useWholeScan(); // or when it ends
    else
        startWholeScan(unitPath);
}

bool GuestMonitor::stateInList(const GuestUnitEntry &e)
{
    // deriveState() needs nothing else for these; an inactive or failed guest's stop reason is
    // in its Result, which only the GetAll says.
    return e.loadState == u"loaded"_s
        && (e.activeState == u"active"_s || e.activeState == u"reloading"_s
            || e.activeState == u"activating"_s || e.activeState == u"deactivating"_s);
}

void GuestMonitor::applyList(const GuestUnitEntry &e)
{
    Entry &entry = m_entries[e.unit];
    UnitProperties p;
    p.unit.insert(u"Id"_s, e.unit);
    p.unit.insert(u"LoadState"_s, e.loadState);
    p.unit.insert(u"ActiveState"_s, e.activeState);
    p.unit.insert(u"SubState"_s, e.subState);
    const bool job = e.jobId != 0;
    p.unit.insert(u"Job"_s, QVariant::fromValue(JobRef { e.jobId, job ? e.jobPath : u"/"_s }));
    if (!e.unitFileState.isEmpty()) // listed with its file (a remote host)
        p.unit.insert(u"UnitFileState"_s, e.unitFileState);
    entry.properties = p;
    entry.fetched = true;
    entry.fromFiles = false;
    entry.partial = true;
    entry.jobPath.clear();
    takeListedJob(e);
    m_detailsPending.insert(e.unit);
    publish(e.unit);
}

void GuestMonitor::takeListedJob(const GuestUnitEntry &e)
{
    // The list names the job's type too: no JobType to ask when the read shows the same job.
    if (e.jobId == 0)
        return;
    Entry &entry = m_entries[e.unit];
    entry.jobPath = e.jobPath;
    entry.jobType = e.jobType;
}

void GuestMonitor::fillFromFiles(Entry &entry, const ScannedGuestUnit &scanned)
{
    // What systemd would say of these files; the running service's own view (if the files
    // changed since it loaded them) replaces it when its read comes.
    const UnitProperties files = propertiesFromFiles(scanned);
    for (const QString &key : { u"UnitFileState"_s, u"FragmentPath"_s, u"DropInPaths"_s })
        entry.properties.unit.insert(key, files.unit.value(key));
    if (!scanned.readable)
        return;
    for (const QString &key : { u"ExecStart"_s, u"ExecStartPre"_s, u"WorkingDirectory"_s,
             u"TimeoutStartUSec"_s, u"TimeoutStopUSec"_s, u"OOMScoreAdjust"_s, u"Restart"_s })
        entry.properties.service.insert(key, files.service.value(key));
}

void GuestMonitor::detailsDone(const QString &unit)
{
    if (m_detailsPending.remove(unit) && m_detailsPending.isEmpty())
        Q_EMIT detailsRead();
}

QStringList GuestMonitor::expectedUnitPath() const
{
    return m_unitPath.isEmpty() ? GuestUnitScan::searchPath(*m_localScope) : m_unitPath;
}

void GuestMonitor::startWholeScan(const QStringList &path)
{
    const int serial = ++m_scanSerial;
    m_scanPath = path;
    m_scanAge.start();
    m_scanResult.reset();
    const UnitEnablement enablement(*m_localScope);
    m_pool.start([this, serial, path, enablement] {
        const QList<ScannedGuestUnit> scanned = GuestUnitScan::scan(path, enablement);
        QMetaObject::invokeMethod(
            this, [this, serial, scanned] { onWholeScanned(serial, scanned); },
            Qt::QueuedConnection);
    });
}

void GuestMonitor::onWholeScanned(int serial, const QList<ScannedGuestUnit> &scanned)
{
    if (serial != m_scanSerial)
        return; // another scan replaced it
    m_scanResult = scanned;
    useWholeScan();
}

void GuestMonitor::useWholeScan()
{
    // Both halves of a local sync are in: the list of what systemd holds, and the files.
    // (A result is taken once: nothing sets it again for the same scan.)
    if (!m_syncing || !m_loadedListed || !m_scanResult || m_scanPath != m_unitPath)
        return;
    const QList<ScannedGuestUnit> scanned = *std::exchange(m_scanResult, std::nullopt);
    onScanned(m_generation, scanned, true);
}

void GuestMonitor::startScan(const QStringList &only)
{
    // A re-read of some guests' files (the whole scan is startWholeScan's).
    const int generation = m_generation;
    const QStringList path = m_unitPath;
    const UnitEnablement enablement(*m_localScope);
    m_pool.start([this, generation, path, enablement, only] {
        const QList<ScannedGuestUnit> scanned = GuestUnitScan::scan(path, enablement, only);
        QMetaObject::invokeMethod(
            this, [this, generation, scanned] { onScanned(generation, scanned, false); },
            Qt::QueuedConnection);
    });
}

void GuestMonitor::onScanned(int generation, const QList<ScannedGuestUnit> &scanned, bool whole)
{
    if (generation != m_generation)
        return;
    if (!whole) {
        // A re-read of one guest's files (reread()): still built from its files?
        for (const ScannedGuestUnit &s : scanned) {
            const auto it = m_entries.constFind(s.unit);
            if (it == m_entries.cend() || !it->fromFiles || readInFlight(*it) || m_syncing)
                continue;
            if (s.readable)
                applyFiles(s);
            else
                fetch(s.unit); // systemd's verdict on files we cannot read, or on a mask
        }
        return;
    }
    qCDebug(lcMonitor) << "scanned" << scanned.size() << "unit files;" << m_syncWaiting.size()
                       << "reads pending";
    QList<GuestUnitEntry> files;
    QHash<QString, ScannedGuestUnit> byUnit;
    for (const ScannedGuestUnit &s : scanned) {
        GuestUnitEntry f;
        f.unit = s.unit;
        f.unitFilePath = s.path;
        f.unitFileState = s.unitFileState;
        files << f;
        byUnit.insert(s.unit, s);
    }
    const QList<GuestUnitEntry> guests = ListGuestUnitsJob::merge(files, m_loaded);
    QSet<QString> listed;
    for (const GuestUnitEntry &g : guests)
        listed.insert(g.unit);
    forgetUnlisted(listed);
    m_listed = true;
    m_builtFromFiles = 0;
    for (const GuestUnitEntry &g : guests) {
        const auto s = byUnit.constFind(g.unit);
        if (m_requested.contains(g.unit)) {
            const auto shown = m_entries.find(g.unit);
            if (shown != m_entries.end() && shown->partial && s != byUnit.cend()) {
                fillFromFiles(*shown, *s);
                publish(g.unit);
            }
            continue;
        }
        const auto it = m_entries.constFind(g.unit);
        if (!g.loaded && it != m_entries.cend() && readInFlight(*it))
            continue; // loaded since the list was taken: that read is newer than the files
        if (!g.loaded && s != byUnit.cend() && s->readable) {
            applyFiles(*s);
            ++m_builtFromFiles;
            continue;
        }
        // Held by systemd but not a guest by the list alone (systemd still holds the unit as
        // "not-found" while a new file for it waits for a daemon-reload), files we cannot
        // read, or a mask: systemd's own view (e.g. bad-setting) is what to show.
        m_syncWaiting.insert(g.unit);
        fetch(g.unit);
    }
    if (m_syncWaiting.isEmpty())
        completeSync();
}

void GuestMonitor::applyFiles(const ScannedGuestUnit &scanned)
{
    Entry &entry = m_entries[scanned.unit];
    entry.properties = propertiesFromFiles(scanned);
    entry.fetched = true;
    entry.fromFiles = true;
    entry.partial = false;
    entry.fetchInFlight = false;
    entry.changedDuringFetch = false;
    ++entry.fetchSerial; // an older read still in flight no longer counts
    setJob(scanned.unit, QString());
    publish(scanned.unit);
}

UnitProperties GuestMonitor::propertiesFromFiles(const ScannedGuestUnit &s)
{
    const auto command = [](const ExecLine &line) {
        ExecCommand c;
        c.argv = line.argv;
        // systemd reports the arguments as written, "$$" still doubled (it halves them when it
        // runs the command), and GuestBuilder halves them as it does: double them back.
        if (!line.prefixes.contains(u':')) {
            for (qsizetype i = 1; i < c.argv.size(); ++i)
                c.argv[i].replace(u"$"_s, u"$$"_s);
        }
        c.path = line.argv.value(0);
        if (line.prefixes.contains(u'@') && !c.argv.isEmpty())
            c.argv.removeFirst(); // "@path argv0 args..."
        return c;
    };
    UnitProperties p;
    p.unit.insert(u"Id"_s, s.unit);
    p.unit.insert(u"LoadState"_s, s.masked ? u"masked"_s : u"loaded"_s);
    p.unit.insert(u"ActiveState"_s, u"inactive"_s);
    p.unit.insert(u"SubState"_s, u"dead"_s);
    p.unit.insert(u"UnitFileState"_s, s.unitFileState);
    p.unit.insert(u"FragmentPath"_s, s.fragmentPath);
    p.unit.insert(u"DropInPaths"_s, s.dropInPaths);
    p.unit.insert(u"ActiveEnterTimestamp"_s, quint64(0));
    p.unit.insert(u"InactiveEnterTimestamp"_s, quint64(0));
    p.unit.insert(u"StateChangeTimestamp"_s, quint64(0));
    p.unit.insert(u"Job"_s, QVariant::fromValue(JobRef { 0, u"/"_s }));
    p.unit.insert(u"NeedDaemonReload"_s, false);
    p.unit.insert(u"InvocationID"_s, QByteArray());
    QList<ExecCommand> start;
    QList<ExecCommand> pre;
    if (s.readable) {
        start << command(s.execStart);
        for (const ExecLine &line : s.execStartPre)
            pre << command(line);
    }
    p.service.insert(u"ExecStart"_s, QVariant::fromValue(start));
    p.service.insert(u"ExecStartPre"_s, QVariant::fromValue(pre));
    p.service.insert(u"WorkingDirectory"_s, s.workingDirectory);
    p.service.insert(
        u"TimeoutStartUSec"_s, s.readable ? s.timeoutStartUs : GuestUnitScan::DefaultTimeoutUs);
    p.service.insert(
        u"TimeoutStopUSec"_s, s.readable ? s.timeoutStopUs : GuestUnitScan::DefaultTimeoutUs);
    p.service.insert(u"OOMScoreAdjust"_s, s.oomScoreAdjust);
    p.service.insert(u"Restart"_s, s.readable ? s.restart : u"no"_s);
    p.service.insert(u"ExecMainCode"_s, 0);
    p.service.insert(u"ExecMainStatus"_s, 0);
    p.service.insert(u"MainPID"_s, 0u);
    p.service.insert(u"Result"_s, u"success"_s);
    return p;
}

void GuestMonitor::fetch(const QString &unit)
{
    Entry &entry = m_entries[unit];
    entry.fetchInFlight = true;
    entry.changedDuringFetch = false;
    qCDebug(lcMonitor) << "read" << unit;
    const int serial = ++entry.fetchSerial;
    const int generation = m_generation;
    entry.fetchGeneration = generation;
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
            UnitProperties fresh = job->properties();
            // A read that comes after systemd dropped the stopped unit from memory loads it
            // again: systemd has forgotten when the guest last ran and stopped, what we saw
            // stays true.
            if (it->fetched && fresh.unit.value(u"ActiveState"_s).toString() == u"inactive"_s
                && fresh.unit.value(u"InactiveEnterTimestamp"_s).toULongLong() == 0) {
                for (const QString &key : { u"ActiveEnterTimestamp"_s, u"InactiveEnterTimestamp"_s,
                         u"StateChangeTimestamp"_s }) {
                    if (it->properties.unit.value(key).toULongLong() != 0)
                        fresh.unit.insert(key, it->properties.unit.value(key));
                }
            }
            it->properties = fresh;
            it->fetched = true;
            it->fromFiles = false;
            it->partial = false;
            const JobRef running = UnitPropertyCodec::jobRef(it->properties.unit.value(u"Job"_s));
            setJob(unit, running.isNone() ? QString() : running.path);
            if (!m_syncing || !m_syncWaiting.contains(unit))
                publish(unit);
        }
    }
    const auto again = m_entries.find(unit);
    const bool readAgain = again != m_entries.end() && !job->isError()
        && std::exchange(again->changedDuringFetch, false);
    detailsDone(unit);
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
    qCDebug(lcMonitor) << "synced" << m_entries.size() << "guests";
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
    // Now the properties of the guests shown from the list: sent while they were being built,
    // their replies (some 300 properties each, demarshalled here) would delay the sync. (A fast
    // sync keeps those still owed from before it: the reads of an older generation are ignored
    // and each is sent again here, or done with if the guest is gone or read whole since.)
    const QList<QString> details(m_detailsPending.cbegin(), m_detailsPending.cend());
    for (const QString &unit : details) {
        const auto it = m_entries.constFind(unit);
        if (it == m_entries.cend() || !it->partial)
            detailsDone(unit);
        else if (!readInFlight(*it))
            fetch(unit);
    }
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
    if (it->fromFiles && !readInFlight(*it)) {
        startScan({ unit }); // systemd does not hold it: its files say it all
        return;
    }
    if (readInFlight(*it)) {
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
    if (it != m_entries.end() && readInFlight(*it)) {
        it->changedDuringFetch = true;
        return;
    }
    if (it == m_entries.end() || !it->fetched)
        return;
    if (it->fromFiles || it->partial) {
        // systemd holds it now (or its read failed): its whole view, not a change to ours.
        fetch(unit);
        return;
    }
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
        || (m_syncing && m_syncMode == SyncMode::Slow && !m_loadedListed))
        return; // the running list will include it
    const auto it = m_entries.constFind(unit);
    // What we hold stays current: every later change comes with PropertiesChanged. Only a unit
    // we know nothing of needs reading (this is also the echo of our own GetAll loading it),
    // or one built from its files: systemd's view of it begins now.
    if (it != m_entries.cend() && ((it->fetched && !it->fromFiles) || readInFlight(*it)))
        return;
    fetch(unit);
}

void GuestMonitor::onUnitRemoved(const QString &unit)
{
    const auto it = m_entries.constFind(unit);
    if (it == m_entries.cend() || readInFlight(*it))
        return;
    // Garbage collection of an inactive unit, or its end: the unit file decides.
    const int generation = m_generation;
    const int serial = it->fetchSerial;
    SystemdCallJob *ask = m_client->unitFileState(unit);
    connect(ask, &SystemdJob::finished, this, [this, generation, serial, ask, unit](SystemdJob *) {
        auto it = m_entries.find(unit);
        if (generation != m_generation || it == m_entries.end() || it->fetchSerial != serial
            || readInFlight(*it))
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
    m_detailsPending.clear();
    m_store->setConnected(false, reason);
}

} // namespace charon::core
