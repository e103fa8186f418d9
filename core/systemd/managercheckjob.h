// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Whether systemd can be talked to at all, and if not, why, in one sentence an admin can act
// on: no bus (the socket is missing, the address is wrong), permission denied, no manager on
// the bus (it exited or is restarting), or a manager that does not answer. Asked of the bus
// daemon first (GetNameOwner answers at once and never activates anything: a call addressed to
// a missing systemd1 on a bus with systemd activation would wait the whole D-Bus timeout), then
// of the manager itself with a bounded wait (its Version property). The CLI runs it before a
// command that needs systemd, so an unreachable manager is an error with its cause, never an
// empty table or a "no guest named".

#include "core/systemd/systemdjob.h"

namespace charon::core {

class ManagerCheckJob : public SystemdJob
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 5000;
    ManagerCheckJob(SystemdConnection *connection, int timeoutMs, QObject *parent);

    // The manager's version string once it answered.
    QString version() const { return m_version; }

private:
    void askManager();
    QString unreachable(const QString &why) const;

    int m_timeoutMs;
    QString m_version;
};

} // namespace charon::core
