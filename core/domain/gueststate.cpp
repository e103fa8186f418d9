// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/domain/gueststate.h"

#include <QCoreApplication>

#include <csignal>
#include <cstring>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {
QString tr(const char *text)
{
    // lupdate files tr() calls made in free functions under the namespace's name.
    return QCoreApplication::translate("charon::core", text);
}

// systemd's own exit statuses for a child it could not turn into the service's process
// (systemd.exec(5), "Process Exit Codes"): the emulator never ran.
const char *systemdExitName(int status)
{
    static const struct
    {
        int status;
        const char *name;
    } names[] = { { 200, "CHDIR" }, { 201, "NICE" }, { 202, "FDS" }, { 203, "EXEC" },
        { 204, "MEMORY" }, { 205, "LIMITS" }, { 206, "OOM_ADJUST" }, { 207, "SIGNAL_MASK" },
        { 208, "STDIN" }, { 209, "STDOUT" }, { 210, "CHROOT" }, { 211, "IOPRIO" },
        { 212, "TIMERSLACK" }, { 213, "SECUREBITS" }, { 214, "SETSCHEDULER" },
        { 215, "CPUAFFINITY" }, { 216, "GROUP" }, { 217, "USER" }, { 218, "CAPABILITIES" },
        { 219, "CGROUP" }, { 220, "SETSID" }, { 221, "CONFIRM" }, { 222, "STDERR" }, { 224, "PAM" },
        { 225, "NETWORK" }, { 226, "NAMESPACE" }, { 227, "NO_NEW_PRIVILEGES" }, { 228, "SECCOMP" },
        { 229, "SELINUX_CONTEXT" }, { 230, "PERSONALITY" }, { 231, "APPARMOR_PROFILE" },
        { 232, "ADDRESS_FAMILIES" }, { 233, "RUNTIME_DIRECTORY" }, { 235, "CHOWN" },
        { 236, "SMACK_PROCESS_LABEL" }, { 237, "KEYRING" }, { 238, "STATE_DIRECTORY" },
        { 239, "CACHE_DIRECTORY" }, { 240, "LOGS_DIRECTORY" }, { 241, "CONFIGURATION_DIRECTORY" },
        { 242, "NUMA_POLICY" }, { 243, "CREDENTIALS" } };
    for (const auto &entry : names) {
        if (entry.status == status)
            return entry.name;
    }
    return nullptr;
}

QString describeExitCode(const UnitStatus &s)
{
    // CLD_EXITED is 1; 0 means the main process never ran: a pre-start command failed.
    if (s.execMainCode == 0)
        return tr("a command run before the emulator failed (ExecStartPre)");
    if (s.execMainStatus == 0)
        return tr("a command run around the emulator failed (ExecStartPost, ExecStop...)");
    const char *name = systemdExitName(s.execMainStatus);
    if (!name)
        return tr("the emulator exited with status %1").arg(s.execMainStatus);
    const QString code = QString::number(s.execMainStatus) + u'/' + QLatin1String(name);
    switch (s.execMainStatus) {
    case 200:
        return tr("the working directory could not be entered (%1)").arg(code);
    case 203:
        return tr("the emulator could not be executed: missing or not executable (%1)").arg(code);
    case 216:
    case 217:
        return tr("the configured user or group does not exist (%1)").arg(code);
    default:
        break;
    }
    return tr("systemd could not prepare the emulator's process (%1)").arg(code);
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
        return describeExitCode(s);
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
