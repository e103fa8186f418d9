// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/license/licensetracker.h"

#include "core/domain/guestfacts.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace charon::core {

bool LicenseTracker::isLicenseKind(const QString &kind)
{
    return kind.startsWith(u"license-"_s) || kind == u"shutdown-warning"_s;
}

QString LicenseTracker::expiryLevel(int days)
{
    if (days <= 0)
        return u"EXPIRED"_s;
    if (days < 2)
        return u"CRITICAL"_s;
    if (days <= 3)
        return u"MAJOR"_s;
    if (days <= 7)
        return u"MINOR"_s;
    return u"INFORMATIONAL"_s;
}

bool LicenseTracker::apply(
    const EmulatorProfile::LogMatch &match, const QString &line, const QDateTime &when)
{
    if (!isLicenseKind(match.kind))
        return false;
    const QString key = match.captures.value(u"key"_s);
    if (match.kind == u"license-check"_s) {
        m_lastCheck = when;
        return true;
    }
    if (match.kind == u"license-lost"_s) {
        // The emulator repeats the loss at every hourly check: the loss began at the first.
        if (m_problem != Problem::Lost) {
            m_problemSince = m_problem == Problem::Missing ? m_problemSince : when;
            m_problem = Problem::Lost;
        }
        if (match.graceHours >= 0)
            m_graceHours = match.graceHours;
        m_restoredAt = {};
    } else if (match.kind == u"license-missing"_s) {
        if (m_problem == Problem::None) {
            m_problem = Problem::Missing;
            m_problemSince = when;
        }
        m_restoredAt = {};
    } else if (match.kind == u"shutdown-warning"_s) {
        bool ok = false;
        const int minutes = match.captures.value(u"minutes"_s).toInt(&ok);
        m_shutdownWarnedAt = when;
        m_shutdownAt = ok ? when.addSecs(qint64(minutes) * 60) : QDateTime();
        m_restoredAt = {};
    } else if (match.kind == u"license-expiring"_s) {
        bool ok = false;
        const int days = match.captures.value(u"days"_s).toInt(&ok);
        m_expiryDays = ok ? std::max(0, days) : 0;
        m_expirySeenAt = when;
    } else if (match.kind == u"license-restored"_s) {
        m_problem = Problem::None;
        m_problemSince = {};
        m_graceHours = -1;
        m_shutdownAt = {};
        m_shutdownWarnedAt = {};
        m_expiryDays = -1;
        m_expirySeenAt = {};
        m_restoredAt = when;
    } else {
        return false; // a license kind this version does not know: keep the state
    }
    if (!key.isEmpty())
        m_key = key;
    m_lastKind = match.kind;
    m_lastLine = line;
    m_lastAt = when;
    return true;
}

void LicenseTracker::reset()
{
    *this = LicenseTracker();
}

LicenseHealth LicenseTracker::health() const
{
    switch (state()) {
    case State::Unknown:
        return LicenseHealth::Unknown;
    case State::Ok:
        return LicenseHealth::Ok;
    case State::Expiring:
        return m_expiryDays < 2 ? LicenseHealth::Critical : LicenseHealth::Warning;
    case State::Lost:
    case State::Missing:
    case State::ShutdownWarning:
        return LicenseHealth::Critical;
    }
    return LicenseHealth::Unknown;
}

LicenseTracker::State LicenseTracker::state() const
{
    if (m_shutdownWarnedAt.isValid())
        return State::ShutdownWarning;
    if (m_problem == Problem::Lost)
        return State::Lost;
    if (m_problem == Problem::Missing)
        return State::Missing;
    if (m_expiryDays >= 0)
        return State::Expiring;
    if (m_restoredAt.isValid())
        return State::Ok;
    return State::Unknown;
}

QDateTime LicenseTracker::since() const
{
    switch (state()) {
    case State::ShutdownWarning:
        return m_problemSince.isValid() ? m_problemSince : m_shutdownWarnedAt;
    case State::Lost:
    case State::Missing:
        return m_problemSince;
    case State::Expiring:
        return m_expirySeenAt;
    case State::Ok:
        return m_restoredAt;
    case State::Unknown:
        break;
    }
    return {};
}

QString LicenseTracker::problemHead(const QDateTime &now) const
{
    const QString at = eventTimeText(m_problemSince, now);
    if (m_problem == Problem::Lost) {
        return m_key.isEmpty() ? tr("License key lost at %1").arg(at)
                               : tr("License key %1 lost at %2").arg(m_key, at);
    }
    if (m_problem == Problem::Missing)
        return tr("No valid license key since %1").arg(at);
    return tr("License warning at %1").arg(eventTimeText(m_shutdownWarnedAt, now));
}

QString LicenseTracker::statusText(const QDateTime &now) const
{
    switch (state()) {
    case State::Unknown:
        return {};
    case State::Ok:
        return tr("License restored at %1").arg(eventTimeText(m_restoredAt, now));
    case State::ShutdownWarning:
        if (!m_shutdownAt.isValid())
            return tr("%1 — the emulator announced a shutdown").arg(problemHead(now));
        return tr("%1 — the emulator shuts down by %2")
            .arg(problemHead(now), eventTimeText(m_shutdownAt, now));
    case State::Lost:
        if (m_graceHours < 0)
            return problemHead(now);
        return tr("%1 — the guest keeps running for %n h", nullptr, m_graceHours)
            .arg(problemHead(now));
    case State::Missing:
        return problemHead(now);
    case State::Expiring:
        if (m_expiryDays <= 0)
            return tr("License expired (reported at %1)").arg(eventTimeText(m_expirySeenAt, now));
        return tr("License expires in %n d (%1, reported at %2)", nullptr, m_expiryDays)
            .arg(expiryLevel(m_expiryDays), eventTimeText(m_expirySeenAt, now));
    }
    return {};
}

} // namespace charon::core
