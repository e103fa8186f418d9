// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/events/guesteventwatcher.h"

#include "core/guests/gueststore.h"
#include "core/guests/licensemonitor.h"
#include "core/systemd/systemdconnection.h"

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

bool isStopped(GuestState state)
{
    return state == GuestState::Inactive || state == GuestState::Failed;
}

// Job results that mean the job did not do its work. "canceled" is left out: it is what a job
// replaced by the user's next request (a stop during a start) ends with, and that is no news.
bool isJobFailure(const QString &result)
{
    return result == u"failed"_s || result == u"timeout"_s || result == u"dependency"_s
        || result == u"invalid"_s || result == u"assert"_s || result == u"unsupported"_s;
}

} // namespace

GuestEventWatcher::GuestEventWatcher(
    GuestStore *store, SystemdConnection *connection, LicenseMonitor *license, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_license(license)
    , m_connected(store->isConnected())
    , m_everConnected(store->isConnected())
{
    for (const QString &name : m_store->names())
        remember(name);
    m_started = QDateTime::currentDateTime();
    connect(m_store, &GuestStore::guestAdded, this,
        [this](int, const QString &name) { remember(name); });
    connect(m_store, &GuestStore::guestRemoved, this,
        [this](int, const QString &name) { m_seen.remove(name); });
    connect(m_store, &GuestStore::guestChanged, this,
        [this](int, const QString &name, Guest::Fields fields) { onChanged(name, fields); });
    connect(m_store, &GuestStore::connectionChanged, this, &GuestEventWatcher::onConnectionChanged);
    if (connection) {
        connect(connection, &SystemdConnection::jobRemoved, this,
            [this](quint32, const QString &, const QString &unit, const QString &result) {
                onJobRemoved(unit, result);
            });
    }
    if (license)
        connect(license, &LicenseMonitor::licenseEvent, this, &GuestEventWatcher::onLicenseEvent);
}

void GuestEventWatcher::remember(const QString &name)
{
    const Guest *guest = m_store->find(name);
    if (!guest)
        return;
    // A guest first seen now (a new unit systemd loaded when it was started) whose start or
    // failure happened while we watched: that is news, not baseline.
    if (m_started.isValid() && !m_seen.contains(name)) {
        Seen &seen = m_seen[name];
        seen.derived = DerivedState { GuestState::Inactive, StopReason::Requested };
        const bool startedSince = guest->startedAt.isValid() && guest->startedAt >= m_started;
        const bool stoppedSince = guest->stoppedAt.isValid() && guest->stoppedAt >= m_started;
        if ((guest->derived.state == GuestState::Active && startedSince)
            || (guest->derived.reason == StopReason::Failure && stoppedSince)) {
            if (guest->derived.reason == StopReason::Failure)
                seen.derived = DerivedState { GuestState::Active, StopReason::None };
            onStateChanged(*guest, seen);
        }
    }
    Seen &seen = m_seen[name];
    seen.derived = guest->derived;
    seen.subState = guest->unitStatus.subState;
    seen.osVerdict = guest->osAnswer.verdict;
    seen.licenseTrouble = guest->licenseHealth == LicenseHealth::Critical
        || guest->licenseHealth == LicenseHealth::Warning;
    seen.health = seen.healthBefore = guest->licenseHealth;
    seen.osBaselinePending = guest->derived.state == GuestState::Active
        && (guest->osAnswer.verdict == OsAnswer::Verdict::NotProbed
            || guest->osAnswer.verdict == OsAnswer::Verdict::Waiting);
    if (guest->jobInFlight != JobKind::None)
        seen.lastJob = guest->jobInFlight;
}

void GuestEventWatcher::onChanged(const QString &name, Guest::Fields fields)
{
    const Guest *guest = m_store->find(name);
    if (!guest)
        return;
    auto it = m_seen.find(name);
    if (it == m_seen.end()) {
        remember(name);
        return;
    }
    if (fields.testFlag(Guest::Field::Job) && guest->jobInFlight != JobKind::None)
        it->lastJob = guest->jobInFlight;
    if (fields.testFlag(Guest::Field::License) && guest->licenseHealth != it->health) {
        it->healthBefore = it->health;
        it->health = guest->licenseHealth;
    }
    // Re-read after a reconnect: the store was filled again, the difference is news only
    // while connected.
    if (fields.testFlag(Guest::Field::State))
        onStateChanged(*guest, *it);
    if (fields.testFlag(Guest::Field::OsAnswer))
        onOsAnswerChanged(*guest, *it);
}

void GuestEventWatcher::onStateChanged(const Guest &guest, Seen &seen)
{
    const DerivedState before = seen.derived;
    const QString subBefore = seen.subState;
    seen.derived = guest.derived;
    seen.subState = guest.unitStatus.subState;
    const GuestState now = guest.derived.state;
    const QString &name = guest.name;
    QVariantMap details { { u"state"_s, stateName(now) },
        { u"subState"_s, guest.unitStatus.subState }, { u"result"_s, guest.unitStatus.result } };

    seen.osBaselinePending = false; // from now on the guest's verdicts follow what we saw
    const bool autoRestart = guest.unitStatus.subState == u"auto-restart"_s;
    if (autoRestart && subBefore != u"auto-restart"_s) {
        // With Restart=on-failure systemd never shows "failed": the failure is this moment.
        const QString why = describeResult(guest.unitStatus);
        emitEvent(GuestEvent::Kind::Failed, GuestEvent::Severity::Critical, name,
            why.isEmpty() ? tr("%1 stopped with FAILURE").arg(name)
                          : tr("%1 stopped with FAILURE: %2").arg(name, why),
            details);
        emitEvent(GuestEvent::Kind::Restarting, GuestEvent::Severity::Warning, name,
            tr("%1 will be restarted by systemd").arg(name), details);
        seen.restartPending = true;
        return;
    }
    if (now == GuestState::Active && before.state != GuestState::Active) {
        const bool restarted = std::exchange(seen.restartPending, false);
        details.insert(u"restarted"_s, restarted);
        emitEvent(GuestEvent::Kind::Started, GuestEvent::Severity::Info, name,
            restarted ? tr("%1 was restarted by systemd").arg(name) : tr("%1 started").arg(name),
            details);
        return;
    }
    if (isStopped(now))
        seen.restartPending = false;
    if (isStopped(now) && !isStopped(before.state) && subBefore != u"auto-restart"_s) {
        if (guest.derived.reason == StopReason::Failure) {
            const QString why = describeResult(guest.unitStatus);
            emitEvent(GuestEvent::Kind::Failed, GuestEvent::Severity::Critical, name,
                why.isEmpty() ? tr("%1 stopped with FAILURE").arg(name)
                              : tr("%1 stopped with FAILURE: %2").arg(name, why),
                details);
        } else {
            emitEvent(GuestEvent::Kind::Stopped, GuestEvent::Severity::Info, name,
                tr("%1 stopped (requested)").arg(name), details);
        }
    } else if (isStopped(now) && subBefore == u"auto-restart"_s
        && guest.unitStatus.result == u"start-limit-hit"_s) {
        // The restarts ran out: it stays down.
        emitEvent(GuestEvent::Kind::Failed, GuestEvent::Severity::Critical, name,
            tr("%1 stopped with FAILURE: %2").arg(name, describeResult(guest.unitStatus)), details);
    }
}

void GuestEventWatcher::onOsAnswerChanged(const Guest &guest, Seen &seen)
{
    using V = OsAnswer::Verdict;
    const V before = seen.osVerdict;
    const V now = guest.osAnswer.verdict;
    seen.osVerdict = now;
    if (now == before || now == V::NotProbed || now == V::Waiting)
        return;
    if (std::exchange(seen.osBaselinePending, false))
        return;
    const QString &name = guest.name;
    const QVariantMap details { { u"detail"_s, guest.osAnswer.detail } };
    if (now == V::Answers) {
        emitEvent(GuestEvent::Kind::OsAnswers, GuestEvent::Severity::Info, name,
            tr("%1: the guest OS answers").arg(name), details);
    } else if (now == V::NoAnswer) {
        emitEvent(GuestEvent::Kind::OsNoAnswer, GuestEvent::Severity::Warning, name,
            tr("%1: the guest OS does not answer (not booted or unreachable)").arg(name), details);
    } else {
        emitEvent(GuestEvent::Kind::OsProbeError, GuestEvent::Severity::Warning, name,
            tr("%1: the guest OS probe failed: %2").arg(name, guest.osAnswer.detail), details);
    }
}

void GuestEventWatcher::onJobRemoved(const QString &unit, const QString &result)
{
    if (!isJobFailure(result))
        return;
    const QString name = guestNameFromUnit(unit);
    auto it = m_seen.find(name);
    if (name.isEmpty() || it == m_seen.end())
        return;
    const JobKind job = it->lastJob;
    const QString what = job == JobKind::None ? tr("a job") : jobKindText(job);
    emitEvent(GuestEvent::Kind::JobFailed, GuestEvent::Severity::Warning, name,
        tr("%1: %2 did not succeed (%3)").arg(name, what, result),
        { { u"job"_s, jobKindName(job) }, { u"result"_s, result } });
}

void GuestEventWatcher::onLicenseEvent(
    const QString &name, const QString &kind, const QString &line, const QDateTime &when)
{
    auto it = m_seen.find(name);
    if (it == m_seen.end())
        return;
    const LicenseTracker *tracker = m_license ? m_license->license(name) : nullptr;
    QVariantMap details { { u"line"_s, line } };
    using K = GuestEvent::Kind;
    using S = GuestEvent::Severity;
    if (kind == u"license-lost"_s) {
        it->licenseTrouble = true;
        const int grace = tracker ? tracker->graceHours() : -1;
        details.insert(u"graceHours"_s, grace);
        emitEvent(K::LicenseLost, S::Critical, name,
            grace > 0
                ? tr("%1: license key lost; the emulator runs on for %2 h").arg(name).arg(grace)
                : tr("%1: license key lost").arg(name),
            details, when);
    } else if (kind == u"license-restored"_s) {
        const bool wasTrouble = it->licenseTrouble || it->healthBefore == LicenseHealth::Critical
            || it->healthBefore == LicenseHealth::Warning;
        it->licenseTrouble = false;
        emitEvent(wasTrouble ? K::LicenseRestored : K::LicenseFound, S::Info, name,
            wasTrouble ? tr("%1: license key restored").arg(name)
                       : tr("%1: license key found").arg(name),
            details, when);
    } else if (kind == u"license-missing"_s) {
        it->licenseTrouble = true;
        emitEvent(K::LicenseMissing, S::Critical, name, tr("%1: no valid license key").arg(name),
            details, when);
    } else if (kind == u"shutdown-warning"_s) {
        it->licenseTrouble = true;
        const QDateTime at = tracker ? tracker->shutdownAt() : QDateTime();
        const qint64 minutes = at.isValid() ? qMax<qint64>(0, when.secsTo(at) / 60) : -1;
        details.insert(u"minutes"_s, minutes);
        emitEvent(K::ShutdownWarning, S::Critical, name,
            minutes >= 0 ? tr("%1: the emulator will shut down in %2 min").arg(name).arg(minutes)
                         : tr("%1: the emulator announced a shutdown").arg(name),
            details, when);
    } else if (kind == u"license-expiring"_s) {
        const int days = tracker ? tracker->expiresInDays() : -1;
        const QString level = LicenseTracker::expiryLevel(days);
        details.insert(u"days"_s, days);
        details.insert(u"level"_s, level);
        if (days <= 0) {
            it->licenseTrouble = true;
            emitEvent(K::LicenseExpired, S::Critical, name, tr("%1: the license expired").arg(name),
                details, when);
            return;
        }
        const S severity = level == u"CRITICAL"_s ? S::Critical
            : level == u"INFORMATIONAL"_s         ? S::Info
                                                  : S::Warning;
        if (severity != S::Info)
            it->licenseTrouble = true;
        emitEvent(K::LicenseExpiring, severity, name,
            tr("%1: the license expires in %2 d (%3)").arg(name).arg(days).arg(level), details,
            when);
    }
}

void GuestEventWatcher::onConnectionChanged(bool connected, const QString &reason)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    if (connected) {
        if (m_everConnected)
            emitEvent(GuestEvent::Kind::ManagerBack, GuestEvent::Severity::Info, {},
                tr("The host's systemd can be reached again"));
        m_everConnected = true;
        return;
    }
    if (m_everConnected)
        emitEvent(GuestEvent::Kind::ManagerLost, GuestEvent::Severity::Critical, {},
            reason.isEmpty() ? tr("The host's systemd cannot be reached")
                             : tr("The host's systemd cannot be reached: %1").arg(reason),
            { { u"reason"_s, reason } });
}

void GuestEventWatcher::emitEvent(GuestEvent::Kind kind, GuestEvent::Severity severity,
    const QString &guest, const QString &text, const QVariantMap &details, const QDateTime &when)
{
    GuestEvent e;
    e.kind = kind;
    e.severity = severity;
    e.guest = guest;
    e.text = text;
    e.details = details;
    e.when = when.isValid() ? when : QDateTime::currentDateTime();
    Q_EMIT event(e);
}

} // namespace charon::core
