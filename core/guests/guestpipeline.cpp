// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/guests/guestpipeline.h"

#include "core/guests/guestfileloader.h"
#include "core/guests/gueststore.h"
#include "core/guests/licensemonitor.h"
#include "core/guests/osprobemonitor.h"
#include "core/stopscript/stopscript.h"
#include "core/support/pathwatcher.h"

#include <QFile>

#include <utility>

namespace charon::core {

namespace {

QStringList interfacesOf(const ConfigSummary &config)
{
    QStringList out;
    for (const NicConfig &nic : config.nics) {
        if (!nic.interface.isEmpty())
            out << nic.interface;
    }
    return out;
}

} // namespace

GuestPipeline::GuestPipeline(GuestStore *store, const Options &options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(options)
{
    if (has(Part::Files)) {
        m_files = new GuestFileLoader(this);
        connect(m_files, &GuestFileLoader::loaded, this, [this](const GuestFileLoader::Result &r) {
            onFilesLoaded(r.request.guest, r.request.configPath, r.request.preStartScript, r.config,
                r.scriptHead);
        });
    }
    if (has(Part::Nics)) {
        m_nics = new NicChecker(m_options.nicRoots, this);
        connect(m_nics, &NicChecker::finished, this,
            [this](const QString &name, const QList<NicCheck> &checks) {
                m_store->update(name, [&checks](Guest &g) { g.nicChecks = checks; });
                if (--m_nicChecksRunning[name] <= 0)
                    m_nicChecksRunning.remove(name);
                checkSettled();
            });
    }
    if (m_options.watch && m_options.localFiles) {
        m_watcher = new PathWatcher(this);
        connect(m_watcher, &PathWatcher::changed, this, &GuestPipeline::onPathChanged);
    }
    if (has(Part::StopScript))
        readStopScript();

    connect(m_store, &GuestStore::guestAdded, this,
        [this](int, const QString &name) { onAdded(name); });
    connect(m_store, &GuestStore::guestChanged, this,
        [this](int, const QString &name, Guest::Fields fields) { onChanged(name, fields); });
    connect(m_store, &GuestStore::guestRemoved, this,
        [this](int, const QString &name) { onRemoved(name); });
    for (const QString &name : m_store->names())
        onAdded(name);
    // Created after the store has its guests: their logs' history sets the state at once.
    if (has(Part::License))
        m_license = new LicenseMonitor(m_store, m_options.focus, this);
    if (has(Part::OsProbe) && !m_options.osProbePath.isEmpty()) {
        OsProbeMonitor::Options probe;
        probe.scriptPath = m_options.osProbePath;
        probe.intervalMs = m_options.osProbeIntervalMs;
        probe.limits.timeoutMs = m_options.osProbeTimeoutMs;
        probe.repeat = m_options.watch;
        probe.watchScript = m_options.watch;
        probe.focus = m_options.focus;
        m_probe = new OsProbeMonitor(m_store, probe, this);
        // In one look, the probe's answer is part of what is owed; when watching, runs repeat
        // for as long as guests run, so they never hold "settled" back.
        if (!m_options.watch) {
            connect(m_probe, &OsProbeMonitor::runStarted, this, [this] { m_wasSettled = false; });
            connect(m_probe, &OsProbeMonitor::runFinished, this, &GuestPipeline::checkSettled);
            if (m_probe->pending() > 0)
                m_wasSettled = false;
        }
    }
}

GuestPipeline::~GuestPipeline() = default;

int GuestPipeline::pending() const
{
    int running = 0;
    for (const int n : m_nicChecksRunning)
        running += n;
    const int probing = m_probe && !m_options.watch ? m_probe->pending() : 0;
    return (m_files ? m_files->pending() : 0) + running + int(m_nicQueue.size()) + probing
        + int(m_addedQueue.size());
}

QSet<QString> GuestPipeline::watchedPaths() const
{
    return m_watcher ? m_watcher->paths() : QSet<QString>();
}

void GuestPipeline::readFilesInto(Guest &guest)
{
    const GuestFileLoader::Result r = GuestFileLoader::read(
        { guest.name, guest.configPath, guest.profileId, guest.preStartScript, {} });
    if (!guest.configPath.isEmpty()) {
        guest.config = r.config;
        if (guest.profileId.isEmpty())
            guest.profileId = r.config.profileId;
    }
    guest.preStartScriptHead = r.scriptHead;
}

void GuestPipeline::onAdded(const QString &name)
{
    const Guest *guest = m_store->find(name);
    if (!guest || !m_options.localFiles)
        return;
    Known &known = m_known[name];
    known.unitFiles = guest->unitFiles;
    known.configPath = guest->configPath;
    known.preStartScript = guest->preStartScript;
    known.profileId = guest->profileId;
    applyStopScript(name);
    m_addedQueue.insert(name);
    m_wasSettled = false;
    if (!std::exchange(m_addedScheduled, true))
        QMetaObject::invokeMethod(this, &GuestPipeline::startAdded, Qt::QueuedConnection);
}

void GuestPipeline::startAdded()
{
    m_addedScheduled = false;
    const QSet<QString> added = std::exchange(m_addedQueue, {});
    // Watched before they are read: a change after the read is then seen. A new guest only adds
    // paths: add its own (recomputing the whole set per guest made N guests cost N^2 checks).
    if (m_watcher) {
        if (has(Part::StopScript) && !m_options.stopScriptPath.isEmpty())
            m_watcher->add(m_options.stopScriptPath);
        for (const QString &name : added) {
            const auto known = m_known.constFind(name);
            if (known == m_known.cend())
                continue;
            for (const QString &path :
                QStringList { known->configPath, known->preStartScript } + known->unitFiles)
                m_watcher->add(path);
        }
    }
    for (const QString &name : added) {
        if (m_known.contains(name))
            readFiles(name);
    }
    checkSettled();
}

void GuestPipeline::onChanged(const QString &name, Guest::Fields fields)
{
    const Guest *guest = m_store->find(name);
    auto it = m_known.find(name);
    if (!guest || it == m_known.end())
        return;
    if (fields & (Guest::Field::Identity | Guest::Field::Settings)) {
        // Another configuration or script (GuestBuilder has dropped what the old one said).
        if (guest->configPath != it->configPath || guest->preStartScript != it->preStartScript
            || guest->profileId != it->profileId) {
            const bool configMoved = guest->configPath != it->configPath;
            it->configPath = guest->configPath;
            it->preStartScript = guest->preStartScript;
            it->profileId = guest->profileId;
            if (configMoved)
                applyStopScript(name);
            readFiles(name);
            updateWatches();
        }
    }
    if ((fields & Guest::Field::UnitFiles) && guest->unitFiles != it->unitFiles) {
        it->unitFiles = guest->unitFiles;
        updateWatches();
    }
    if (fields & Guest::Field::Config) {
        // Check (3) compares host interfaces between guests: a guest that gains or loses one
        // changes the answer for every other guest naming it.
        const QStringList now = interfacesOf(guest->config);
        const QStringList before = std::exchange(it->interfaces, now);
        queueNicCheck(name);
        const QSet<QString> touched = QSet<QString>(now.cbegin(), now.cend())
            + QSet<QString>(before.cbegin(), before.cend());
        if (!touched.isEmpty() && before != now) {
            for (auto other = m_known.cbegin(); other != m_known.cend(); ++other) {
                if (other.key() == name)
                    continue;
                for (const QString &iface : other->interfaces) {
                    if (touched.contains(iface)) {
                        queueNicCheck(other.key());
                        break;
                    }
                }
            }
        }
    }
}

void GuestPipeline::onRemoved(const QString &name)
{
    const auto it = m_known.constFind(name);
    if (it == m_known.cend())
        return;
    const QStringList interfaces = it->interfaces;
    m_known.erase(it);
    m_nicQueue.remove(name);
    m_addedQueue.remove(name);
    updateWatches();
    // Check (3) for the guests that shared an interface with it.
    for (auto other = m_known.cbegin(); other != m_known.cend(); ++other) {
        for (const QString &iface : other->interfaces) {
            if (interfaces.contains(iface)) {
                queueNicCheck(other.key());
                break;
            }
        }
    }
    checkSettled();
}

void GuestPipeline::readFiles(const QString &name)
{
    const Known known = m_known.value(name);
    if (!m_files || (known.configPath.isEmpty() && known.preStartScript.isEmpty())) {
        // Nothing to read: the NIC checks still run (a guest without a config has no NICs).
        queueNicCheck(name);
        return;
    }
    m_wasSettled = false;
    m_files->load(
        { name, known.configPath, known.profileId, known.preStartScript, m_options.configCache });
}

void GuestPipeline::onFilesLoaded(const QString &name, const QString &configPath,
    const QString &preStartScript, const ConfigSummary &config, const QStringList &head)
{
    const Guest *guest = m_store->find(name);
    if (guest && guest->configPath == configPath && guest->preStartScript == preStartScript) {
        const Guest::Fields changed = m_store->update(name, [&](Guest &g) {
            if (!configPath.isEmpty()) {
                g.config = config;
                if (g.profileId.isEmpty())
                    g.profileId = config.profileId;
            }
            g.preStartScriptHead = head;
        });
        // An unchanged configuration raises no Config change, yet its NICs are due a check
        // the first time (and after an edit that changed nothing the checks would see again).
        if (!(changed & Guest::Field::Config))
            queueNicCheck(name);
    }
    checkSettled();
}

void GuestPipeline::onPathChanged(const QString &path)
{
    if (path == m_options.stopScriptPath && has(Part::StopScript)) {
        readStopScript();
        for (const QString &name : m_store->names())
            applyStopScript(name);
    }
    for (auto it = m_known.cbegin(); it != m_known.cend(); ++it) {
        if (it->configPath == path || it->preStartScript == path)
            readFiles(it.key());
        if (it->unitFiles.contains(path))
            Q_EMIT unitFilesChanged(it.key());
    }
}

void GuestPipeline::readStopScript()
{
    QFile file(m_options.stopScriptPath);
    m_stopScriptExists = !m_options.stopScriptPath.isEmpty() && file.open(QIODevice::ReadOnly);
    // A stop script is a page of shell; a bounded read keeps a mistaken huge file harmless.
    m_stopScriptText
        = m_stopScriptExists ? QString::fromUtf8(file.read(4 * 1024 * 1024)) : QString();
    m_stopScriptBranches = parseShellCaseBranches(m_stopScriptText);
}

void GuestPipeline::applyStopScript(const QString &name)
{
    if (!has(Part::StopScript) || m_options.stopScriptPath.isEmpty() || !inFocus(name))
        return;
    const Guest *guest = m_store->find(name);
    if (!guest)
        return;
    const StopScriptStatus status = m_stopScriptExists
        ? StopScript::statusIn(m_stopScriptBranches, guest->configPath)
        : StopScriptStatus::NotFound;
    if (guest->stopScript != status)
        m_store->update(name, [status](Guest &g) { g.stopScript = status; });
}

void GuestPipeline::queueNicCheck(const QString &name)
{
    if (!m_nics || !m_known.contains(name) || !inFocus(name))
        return;
    m_nicQueue.insert(name);
    m_wasSettled = false;
    if (m_nicRunScheduled)
        return;
    m_nicRunScheduled = true;
    // Every guest queued in this event-loop turn shares one nmcli run.
    QMetaObject::invokeMethod(this, &GuestPipeline::runNicChecks, Qt::QueuedConnection);
}

void GuestPipeline::runNicChecks()
{
    m_nicRunScheduled = false;
    if (m_nicQueue.isEmpty()) {
        checkSettled();
        return;
    }
    QList<Guest> targets;
    for (const QString &name : std::as_const(m_nicQueue)) {
        if (const Guest *g = m_store->find(name))
            targets << *g;
    }
    m_nicQueue.clear();
    if (targets.isEmpty()) {
        checkSettled();
        return;
    }
    // One finished() per target comes back; they are counted down as they arrive.
    for (const Guest &g : std::as_const(targets))
        ++m_nicChecksRunning[g.name];
    m_nics->check(targets, m_store->guests());
}

void GuestPipeline::updateWatches()
{
    if (!m_watcher)
        return;
    QSet<QString> paths;
    if (has(Part::StopScript) && !m_options.stopScriptPath.isEmpty())
        paths.insert(m_options.stopScriptPath);
    for (const Known &k : std::as_const(m_known)) {
        if (!k.configPath.isEmpty())
            paths.insert(k.configPath);
        if (!k.preStartScript.isEmpty())
            paths.insert(k.preStartScript);
        for (const QString &file : k.unitFiles)
            paths.insert(file);
    }
    m_watcher->setPaths(paths);
}

void GuestPipeline::checkSettled()
{
    if (pending() > 0 || m_nicRunScheduled || m_wasSettled)
        return;
    m_wasSettled = true;
    Q_EMIT settled();
}

} // namespace charon::core
