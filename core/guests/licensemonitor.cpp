// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/guests/licensemonitor.h"

#include "core/config/profileregistry.h"
#include "core/guests/gueststore.h"
#include "core/license/emulatorlogtimestamp.h"

#include <QDir>
#include <QFileInfo>

#include <utility>

using namespace Qt::StringLiterals;

namespace charon::core {

struct LicenseMonitor::Watch
{
    EmulatorProfile profile;
    QString profileId;
    LogSource source;
    EmulatorLogTailer *tailer = nullptr; // child of the monitor
    LicenseTracker tracker;
    QHash<QString, bool> nics;
};

LicenseMonitor::LicenseMonitor(GuestStore *store, const QStringList &only, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_only(only)
{
    connect(m_store, &GuestStore::guestAdded, this,
        [this](int, const QString &name) { syncSoon(name); });
    connect(
        m_store, &GuestStore::guestRemoved, this, [this](int, const QString &name) { drop(name); });
    connect(m_store, &GuestStore::guestChanged, this,
        [this](int, const QString &name, Guest::Fields fields) {
            if (fields & (Guest::Field::Config | Guest::Field::Identity))
                syncSoon(name);
        });
    // The lines already in the logs only set the state: nothing is emitted, so no listener
    // needs to be connected yet.
    for (const QString &name : m_store->names())
        sync(name);
}

LicenseMonitor::~LicenseMonitor() = default;

LicenseMonitor::LogSource LicenseMonitor::logSourceFor(
    const Guest &guest, const QStringList &defaultLogFiles)
{
    // The emulator resolves a relative log path against its working directory.
    const QString base = !guest.workDir.isEmpty() ? guest.workDir
        : guest.configPath.isEmpty()              ? QString()
                                                  : QFileInfo(guest.configPath).absolutePath();
    LogSource source;
    const QString configured = guest.config.logPath;
    if (!configured.isEmpty()) {
        if (QDir::isAbsolutePath(configured))
            source.file = QDir::cleanPath(configured);
        else if (!base.isEmpty())
            source.file = QDir::cleanPath(QDir(base).absoluteFilePath(configured));
        return source;
    }
    if (!guest.workDir.isEmpty() && !defaultLogFiles.isEmpty()) {
        source.directory = QDir::cleanPath(QDir(guest.workDir).absolutePath());
        source.globs = defaultLogFiles;
    }
    return source;
}

const LicenseTracker *LicenseMonitor::license(const QString &guest) const
{
    const auto watch = m_watches.value(guest);
    return watch ? &watch->tracker : nullptr;
}

QHash<QString, bool> LicenseMonitor::nicLinks(const QString &guest) const
{
    const auto watch = m_watches.value(guest);
    return watch ? watch->nics : QHash<QString, bool>();
}

LicenseMonitor::LogSource LicenseMonitor::logSource(const QString &guest) const
{
    const auto watch = m_watches.value(guest);
    return watch ? watch->source : LogSource();
}

QString LicenseMonitor::currentLogFile(const QString &guest) const
{
    const auto watch = m_watches.value(guest);
    return watch ? watch->tailer->currentFile() : QString();
}

QStringList LicenseMonitor::monitoredGuests() const
{
    QStringList names = m_watches.keys();
    names.sort();
    return names;
}

void LicenseMonitor::sync(const QString &name)
{
    const Guest *guest = m_store->find(name);
    if (!guest || (!m_only.isEmpty() && !m_only.contains(name))) {
        drop(name);
        return;
    }
    const QString profileId
        = guest->profileId.isEmpty() ? guest->config.profileId : guest->profileId;
    const std::optional<EmulatorProfile> profile = ProfileRegistry::forId(profileId);
    const LogSource source
        = profile ? logSourceFor(*guest, profile->defaultLogFiles()) : LogSource();
    const auto existing = m_watches.value(name);
    if (existing && existing->profileId == profileId && existing->source == source)
        return;
    drop(name);
    if (source.isNull())
        return;

    auto watch = std::make_shared<Watch>();
    watch->profile = *profile;
    watch->profileId = profileId;
    watch->source = source;
    watch->tailer = new EmulatorLogTailer(this);
    watch->tailer->setLimits(m_limits);
    connect(watch->tailer, &EmulatorLogTailer::lines, this,
        [this, name](const QStringList &lines) { onLines(name, lines); });
    connect(watch->tailer, &EmulatorLogTailer::fileOpened, this,
        [this, name](const QString &, bool fresh) { onFileOpened(name, fresh); });
    m_watches.insert(name, watch);
    if (!source.file.isEmpty())
        watch->tailer->followFile(source.file);
    else
        watch->tailer->followNewest(source.directory, source.globs);
}

void LicenseMonitor::syncSoon(const QString &name)
{
    m_syncQueue.insert(name);
    if (!std::exchange(m_syncScheduled, true))
        QMetaObject::invokeMethod(this, &LicenseMonitor::syncQueued, Qt::QueuedConnection);
}

void LicenseMonitor::syncQueued()
{
    m_syncScheduled = false;
    for (const QString &name : std::exchange(m_syncQueue, {}))
        sync(name);
}

void LicenseMonitor::drop(const QString &name)
{
    m_syncQueue.remove(name);
    const auto watch = m_watches.take(name);
    if (!watch)
        return;
    // The tailer may be inside its own signal (a listener removed the guest): stop now, free
    // later.
    watch->tailer->stop();
    watch->tailer->disconnect(this);
    watch->tailer->deleteLater();
}

void LicenseMonitor::onFileOpened(const QString &name, bool fresh)
{
    const auto watch = m_watches.value(name);
    if (!watch || !fresh)
        return;
    // A new or restarted log is a new emulator run: what the old one said no longer holds.
    watch->tracker.reset();
    watch->nics.clear();
    publish(name);
}

void LicenseMonitor::onLines(const QString &name, const QStringList &lines)
{
    const auto watch = m_watches.value(name);
    if (!watch)
        return;
    const bool live = !watch->tailer->isReplaying();
    const QDateTime readAt = QDateTime::currentDateTime();
    struct Pending
    {
        bool nic;
        QString kind;
        QString text;
        QString line;
        QDateTime when;
        bool up;
    };
    QList<Pending> pending;
    for (const QString &line : lines) {
        const QList<EmulatorProfile::LogMatch> matches = watch->profile.matchLogLine(line);
        if (matches.isEmpty())
            continue;
        QDateTime when = emulatorLogTimestamp(line);
        if (!when.isValid())
            when = readAt;
        for (const EmulatorProfile::LogMatch &match : matches) {
            if (match.kind == u"nic-up"_s || match.kind == u"nic-down"_s) {
                const QString nic = match.captures.value(u"nic"_s);
                const bool up = match.kind == u"nic-up"_s;
                watch->nics.insert(nic, up);
                if (live)
                    pending.append({ true, match.kind, nic, line, when, up });
            } else if (watch->tracker.apply(match, line, when) && live
                && match.kind != u"license-check"_s) {
                pending.append({ false, match.kind, QString(), line, when, false });
            }
        }
    }
    // The store first, so a listener of the signals reads the new status there.
    publish(name);
    for (const Pending &p : std::as_const(pending)) {
        if (p.nic)
            Q_EMIT nicEvent(name, p.text, p.up);
        else
            Q_EMIT licenseEvent(name, p.kind, p.line, p.when);
    }
}

void LicenseMonitor::publish(const QString &name)
{
    const auto watch = m_watches.value(name);
    const Guest *guest = m_store->find(name);
    if (!watch || !guest)
        return;
    const QString text = watch->tracker.statusText();
    const LicenseHealth health = watch->tracker.health();
    if (guest->licenseStatus != text || guest->licenseHealth != health) {
        m_store->update(name, [&text, health](Guest &g) {
            g.licenseStatus = text;
            g.licenseHealth = health;
        });
    }
}

} // namespace charon::core
