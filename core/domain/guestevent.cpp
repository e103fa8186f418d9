// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/domain/guestevent.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

struct KindNames
{
    GuestEvent::Kind kind;
    QString name;
    QString code;
};

const QList<KindNames> &kindTable()
{
    using K = GuestEvent::Kind;
    static const QList<KindNames> table = {
        { K::Started, u"started"_s, u"STARTED"_s },
        { K::Stopped, u"stopped"_s, u"STOPPED"_s },
        { K::Failed, u"failed"_s, u"ABORTED"_s },
        { K::Restarting, u"restarting"_s, u"RESTARTING"_s },
        { K::JobFailed, u"job-failed"_s, u"JOB_FAILED"_s },
        { K::ManagerLost, u"manager-lost"_s, u"MANAGER_LOST"_s },
        { K::ManagerBack, u"manager-back"_s, u"MANAGER_BACK"_s },
        { K::LicenseFound, u"license-found"_s, u"LICENSE_CONNECTED"_s },
        { K::LicenseLost, u"license-lost"_s, u"LICENSE_DISCONNECTED"_s },
        { K::LicenseRestored, u"license-restored"_s, u"LICENSE_RECONNECTED"_s },
        { K::LicenseMissing, u"license-missing"_s, u"LICENSE_ABSENT"_s },
        { K::LicenseExpiring, u"license-expiring"_s, u"LICENSE_EXPIRATION"_s },
        { K::LicenseExpired, u"license-expired"_s, u"LICENSE_EXPIRED"_s },
        { K::ShutdownWarning, u"shutdown-warning"_s, u"SHUTDOWN_WARNING"_s },
        { K::OsAnswers, u"os-answers"_s, u"OS_ANSWERS"_s },
        { K::OsNoAnswer, u"os-no-answer"_s, u"OS_NO_ANSWER"_s },
        { K::OsProbeError, u"os-probe-error"_s, u"OS_PROBE_ERROR"_s },
    };
    return table;
}

} // namespace

QString GuestEvent::kindName(Kind kind)
{
    for (const KindNames &k : kindTable())
        if (k.kind == kind)
            return k.name;
    return {};
}

QString GuestEvent::toolkitCode(Kind kind)
{
    for (const KindNames &k : kindTable())
        if (k.kind == kind)
            return k.code;
    return {};
}

bool GuestEvent::kindFromName(const QString &name, Kind *kind)
{
    for (const KindNames &k : kindTable()) {
        if (k.name == name) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

QList<GuestEvent::Kind> GuestEvent::allKinds()
{
    QList<Kind> kinds;
    for (const KindNames &k : kindTable())
        kinds << k.kind;
    return kinds;
}

QString GuestEvent::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Critical:
        return u"critical"_s;
    }
    return {};
}

bool GuestEvent::isLicenseKind(Kind kind)
{
    switch (kind) {
    case Kind::LicenseFound:
    case Kind::LicenseLost:
    case Kind::LicenseRestored:
    case Kind::LicenseMissing:
    case Kind::LicenseExpiring:
    case Kind::LicenseExpired:
    case Kind::ShutdownWarning:
        return true;
    default:
        return false;
    }
}

} // namespace charon::core
