// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Waiting for a SystemdJob in a test: the job deletes itself after finished(), so everything a
// test wants to look at is copied out in the slot. Tests may wait; product code never does.

#include "core/systemd/systemdclient.h"

#include <QTest>

#include <memory>

namespace charon::test {

struct JobOutcome
{
    bool finished = false;
    core::SystemdError error;
    QString jobResult;
    QVariantList arguments;
    core::UnitProperties properties;
    QList<core::GuestUnitEntry> units;
};

inline JobOutcome awaitJob(core::SystemdJob *job, int timeoutMs = 20000)
{
    auto outcome = std::make_shared<JobOutcome>();
    QObject::connect(job, &core::SystemdJob::finished, job, [outcome](core::SystemdJob *j) {
        outcome->finished = true;
        outcome->error = j->error();
        if (auto *c = qobject_cast<core::UnitCommandJob *>(j))
            outcome->jobResult = c->jobResult();
        if (auto *c = qobject_cast<core::SystemdCallJob *>(j))
            outcome->arguments = c->arguments();
        if (auto *p = qobject_cast<core::UnitPropertiesJob *>(j))
            outcome->properties = p->properties();
        if (auto *l = qobject_cast<core::ListGuestUnitsJob *>(j))
            outcome->units = l->units();
    });
    (void)QTest::qWaitFor([outcome] { return outcome->finished; }, timeoutMs);
    return *outcome;
}

} // namespace charon::test
