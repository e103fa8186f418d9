// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Hand-made guests for widget tests and the screenshot: a realistic host with guests of every
// family in every state, without systemd. Header-only so each test program just includes it.

#include "core/guests/gueststore.h"

#include <QDateTime>

namespace charon::test {

struct SampleState
{
    const char *activeState;
    const char *subState;
    const char *result;
};

inline core::Guest sampleGuest(const QString &name, const QString &profile, SampleState s)
{
    using namespace Qt::StringLiterals;
    core::Guest g;
    g.name = name;
    g.unit = core::unitNameForGuest(name);
    g.profileId = profile;
    const QString binary = profile == u"par"_s ? u"hpa9-64"_s
        : profile == u"axp"_s                  ? u"as4000"_s
                                               : u"vax4000"_s;
    g.emulator = u"/opt/charon/bin/"_s + binary;
    g.configPath = u"/charon/"_s + name + u".cfg"_s;
    g.workDir = u"/charon/"_s + name;
    g.config.filePath = g.configPath;
    g.config.profileId = profile;
    g.config.cpus = 2;
    g.config.memoryMB = 4096;
    g.unitStatus.loadState = u"loaded"_s;
    g.unitStatus.activeState = QString::fromLatin1(s.activeState);
    g.unitStatus.subState = QString::fromLatin1(s.subState);
    g.unitStatus.result = QString::fromLatin1(s.result);
    g.derived = core::deriveState(g.unitStatus);
    g.startTimeoutSec = 90;
    g.stopTimeoutSec = 600;
    return g;
}

inline const SampleState kRunning { "active", "running", "success" };
inline const SampleState kStarting { "activating", "start-pre", "success" };
inline const SampleState kStopping { "deactivating", "stop-sigterm", "success" };
inline const SampleState kStopped { "inactive", "dead", "success" };
inline const SampleState kCrashed { "failed", "failed", "signal" };
inline const SampleState kExitedBadly { "inactive", "dead", "exit-code" };

// Eight guests as an admin might have them: production running, one failed, one starting...
inline void fillSampleStore(core::GuestStore &store)
{
    using namespace Qt::StringLiterals;
    core::Guest prod = sampleGuest(u"hpux-prod"_s, u"par"_s, kRunning);
    prod.isDefault = true;
    prod.autoBoot = true;
    prod.config.cpus = 4;
    prod.config.memoryMB = 16384;
    prod.config.consolePort = 10003;
    prod.config.model = u"rp4440"_s;
    prod.startedAt = QDateTime::currentDateTime().addDays(-12);
    prod.stopScript = core::StopScriptStatus::UsingSsh;
    prod.oomProtected = true;
    prod.nicChecks = { { u"EWA0"_s, u"enp6s0"_s, false, false, {}, {} } };
    store.upsert(prod);

    core::Guest mpe = sampleGuest(u"mpe-finance"_s, u"par"_s, kRunning);
    mpe.emulator = u"/opt/charon/bin/hpa3"_s;
    mpe.autoBoot = true;
    mpe.config.cpus = 1;
    mpe.config.memoryMB = 1536;
    mpe.config.consolePort = 10005;
    mpe.config.consoleExposed = true;
    mpe.config.consoleListenAddress = u"0.0.0.0"_s;
    store.upsert(mpe);

    core::Guest vms = sampleGuest(u"vms-cluster1"_s, u"axp"_s, kStarting);
    vms.jobInFlight = core::JobKind::Start;
    vms.config.cpus = 4;
    vms.config.memoryMB = 8192;
    vms.config.consolePort = 10010;
    store.upsert(vms);

    core::Guest tru = sampleGuest(u"tru64-build"_s, u"axp"_s, kCrashed);
    tru.unitStatus.execMainCode = 2;
    tru.unitStatus.execMainStatus = 11;
    tru.autoBoot = true;
    tru.config.consolePort = 10011;
    tru.nicChecks = { { u"EWA"_s, u"eth1"_s, false, true, {}, { u"192.168.7.12"_s } } };
    store.upsert(tru);

    core::Guest vax = sampleGuest(u"vax-legacy"_s, u"vax"_s, kStopped);
    vax.config.cpus = 1;
    vax.config.memoryMB = 512;
    vax.config.consolePort = 10020;
    store.upsert(vax);

    core::Guest test = sampleGuest(u"hpux-test"_s, u"par"_s, kStopping);
    test.jobInFlight = core::JobKind::Stop;
    test.config.consolePort = 10004;
    store.upsert(test);

    core::Guest old = sampleGuest(u"vms-archive"_s, u"vax"_s, kExitedBadly);
    old.unitStatus.execMainCode = 1;
    old.unitStatus.execMainStatus = 3;
    old.config.memoryMB = -1;
    old.config.cpus = -1;
    old.config.issues = { { core::ConfigIssue::Severity::Error, old.configPath, 14,
        u"unknown hardware model \"VAX_9000\""_s } };
    store.upsert(old);

    core::Guest unknown = sampleGuest(u"hp3000-spare"_s, u"par"_s, kStopped);
    unknown.unitStatus.loadState = u"not-found"_s;
    unknown.derived = core::deriveState(unknown.unitStatus);
    unknown.config.cpus = -1;
    store.upsert(unknown);
}

} // namespace charon::test
