#include "core/gueststate.h"

#include <QCoreApplication>

#include <csignal>
#include <cstring>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("charon::core::GuestState", text);
}

bool isFailureResult(const QString &result)
{
    return !result.isEmpty() && result != u"success"_s;
}
} // namespace

DerivedState deriveState(const UnitStatus &s)
{
    if (s.loadState != u"loaded"_s && !s.loadState.isEmpty())
        return { GuestState::Unknown, StopReason::None };
    if (s.activeState == u"active"_s || s.activeState == u"reloading"_s)
        return { GuestState::Active, StopReason::None };
    if (s.activeState == u"activating"_s) {
        // auto-restart: the emulator failed and systemd waits RestartSec before trying again.
        const bool restarting = s.subState == u"auto-restart"_s;
        return { GuestState::Activating, restarting ? StopReason::Failure : StopReason::None };
    }
    if (s.activeState == u"deactivating"_s)
        return { GuestState::Deactivating, StopReason::None };
    if (s.activeState == u"failed"_s)
        return { GuestState::Failed, StopReason::Failure };
    if (s.activeState == u"inactive"_s)
        return { GuestState::Inactive,
            isFailureResult(s.result) ? StopReason::Failure : StopReason::Requested };
    return { GuestState::Unknown, StopReason::None };
}

QString stateName(GuestState state)
{
    switch (state) {
    case GuestState::Active:
        return u"ACTIVE"_s;
    case GuestState::Activating:
        return u"ACTIVATING"_s;
    case GuestState::Inactive:
        return u"INACTIVE"_s;
    case GuestState::Deactivating:
        return u"DEACTIVATING"_s;
    case GuestState::Failed:
        return u"FAILED"_s;
    case GuestState::Unknown:
        break;
    }
    return u"UNKNOWN"_s;
}

QString stopReasonName(StopReason reason)
{
    switch (reason) {
    case StopReason::Requested:
        return u"REQUESTED"_s;
    case StopReason::Failure:
        return u"FAILURE"_s;
    case StopReason::None:
        break;
    }
    return {};
}

QString describeResult(const UnitStatus &s)
{
    if (s.loadState == u"not-found"_s)
        return tr("the unit file is missing");
    if (s.loadState == u"bad-setting"_s || s.loadState == u"error"_s)
        return tr("systemd cannot load the unit file (%1)").arg(s.loadState);
    if (s.loadState == u"masked"_s)
        return tr("the unit is masked");
    const QString &r = s.result;
    if (r.isEmpty() || r == u"success"_s)
        return {};
    if (r == u"exit-code"_s)
        return tr("the emulator exited with status %1").arg(s.execMainStatus);
    if (r == u"signal"_s || r == u"core-dump"_s) {
        const char *abbrev = sigabbrev_np(s.execMainStatus);
        const QString sig
            = abbrev ? u"SIG"_s + QString::fromLatin1(abbrev) : QString::number(s.execMainStatus);
        return r == u"signal"_s ? tr("the emulator was killed by signal %1").arg(sig)
                                : tr("the emulator crashed (%1, core dumped)").arg(sig);
    }
    if (r == u"timeout"_s)
        return tr("systemd gave up waiting (timeout)");
    if (r == u"start-limit-hit"_s)
        return tr("it failed too often in a row (start limit hit)");
    if (r == u"oom-kill"_s)
        return tr("the kernel's OOM killer ended the emulator");
    if (r == u"resources"_s)
        return tr("systemd could not prepare it (working directory, files or user missing)");
    if (r == u"watchdog"_s)
        return tr("the watchdog expired");
    if (r == u"exec-condition"_s)
        return tr("a start condition was not met");
    return tr("systemd reports: %1").arg(r);
}

} // namespace charon::core
