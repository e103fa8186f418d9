// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A request that is one D-Bus method call: Subscribe, KillUnit, Reload, GetUnitFileState, a
// property Get. The reply's arguments are the result.

#include "core/systemd/systemdjob.h"

#include <QStringList>
#include <QVariantList>

namespace charon::core {

class SystemdCallJob : public SystemdJob
{
    Q_OBJECT

public:
    // `what` names the request for error messages ("Killing hpux-prod failed"). Errors named
    // in `acceptedErrors` count as success (e.g. AlreadySubscribed for Subscribe).
    SystemdCallJob(SystemdConnection *connection, const QDBusMessage &message, const QString &what,
        QObject *parent, int timeoutMs = -1, const QStringList &acceptedErrors = {});

    QVariantList arguments() const { return m_arguments; }
    QString acceptedError() const { return m_acceptedError; } // which one, "" if none

private:
    QVariantList m_arguments;
    QString m_acceptedError;
};

} // namespace charon::core
