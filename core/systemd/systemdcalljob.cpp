// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/systemd/systemdcalljob.h"

namespace charon::core {

SystemdCallJob::SystemdCallJob(SystemdConnection *connection, const QDBusMessage &message,
    const QString &what, QObject *parent, int timeoutMs, const QStringList &acceptedErrors)
    : SystemdJob(connection, parent)
{
    send(
        message, what,
        [this](const QDBusMessage &reply) {
            m_arguments = reply.arguments();
            succeed();
        },
        [this, acceptedErrors](const QDBusMessage &reply) {
            if (!acceptedErrors.contains(reply.errorName()))
                return false;
            m_acceptedError = reply.errorName();
            succeed();
            return true;
        },
        timeoutMs);
}

} // namespace charon::core
