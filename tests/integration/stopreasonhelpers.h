// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Guests for tst_stopreason_systemd: charon-guest-sim (or a stand-in that dies of SIGTERM) as
// the emulator of a unit written by the product's own UnitFile into a manager's user unit
// directory, plus a test drop-in (60-test.conf) with the simulator's switches, an optional
// common stop script, a memory limit, no core dumps, output to a file, and an ExecStopPost= witness
// that records how systemd saw the end: "$SERVICE_RESULT $EXIT_CODE $EXIT_STATUS" (e.g. "success
// exited 0").

#include "core/domain/gueststate.h"
#include "core/units/unitfile.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testscope.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>
#include <cstring>

namespace charon::test {

struct GuestSpec
{
    QString name;
    int stopTimeoutSec = 10;
    QStringList simSwitches; // CHARON_SIM_...=value
    bool stopScriptBranch = false; // a customized branch that leaves the emulator running
    bool sleeper = false; // `exec sleep` instead of the simulator: dies of SIGTERM unhandled
    int memoryMaxMb = 0; // MemoryMax= of the unit; 0 = none
};

// VmRSS of a process in MiB; -1 when it is gone.
inline qint64 residentMiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    }
    return -1;
}

// "STATE REASON" ("INACTIVE REQUESTED"), or "STATE" when there is no reason.
inline QString readingOf(const core::DerivedState &derived)
{
    const QString reason = core::stopReasonName(derived.reason);
    return core::stateName(derived.state) + (reason.isEmpty() ? QString() : u' ' + reason);
}

// The unit status systemd had when it ran ExecStopPost (its manager may be gone since): the
// service ends "inactive" when the result is success, else "failed" (systemd's own rule).
inline core::UnitStatus statusFromWitness(const QString &witness)
{
    const QStringList words = witness.split(u' ');
    core::UnitStatus s;
    s.loadState = QStringLiteral("loaded");
    s.result = words.value(0);
    s.activeState = s.result == u"success" ? QStringLiteral("inactive") : QStringLiteral("failed");
    s.subState = s.result == u"success" ? QStringLiteral("dead") : QStringLiteral("failed");
    const QString code = words.value(1);
    s.execMainCode = code == u"exited" ? 1 : code == u"killed" ? 2 : code == u"dumped" ? 3 : 0;
    s.execMainStatus = words.value(2).toInt();
    for (int sig = 1; sig < 32 && s.execMainCode >= 2; ++sig) {
        if (const char *abbrev = sigabbrev_np(sig);
            abbrev && words.value(2) == QLatin1String(abbrev))
            s.execMainStatus = sig;
    }
    return s;
}

// `systemctl --user ARGS` against the manager whose state lives under `base` (argv only).
inline int systemctlIn(const QString &base, const QStringList &args, QString *out = nullptr)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), base + QStringLiteral("/run"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), base + QStringLiteral("/config"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("unix:path=") + base + QStringLiteral("/run/bus"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("systemctl"), QStringList { scopeFlag() } + args);
    if (!process.waitForStarted(5000) || !process.waitForFinished(30000))
        return -1;
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

class StopReasonGuests
{
public:
    explicit StopReasonGuests(const QString &unitDir)
        : m_units(systemScope() ? core::UnitScope::System : core::UnitScope::User, unitDir)
    {
        QDir().mkpath(unitDir);
    }
    bool isValid() const { return m_temp.isValid(); }
    QString error() const { return m_error; }
    // Where the guests' configurations, logs and common stop script are.
    QString directory() const { return m_temp.path(); }
    QString configPath(const QString &name) const
    {
        return m_temp.filePath(name + QStringLiteral(".cfg"));
    }
    QString stopScriptPath() const { return m_temp.filePath(QStringLiteral("stop-guest.sh")); }

    // Writes the guest's unit (UnitFile, as the product does) and the test drop-in; returns
    // the unit name, "" with error() on failure. The caller reloads its manager.
    QString add(const GuestSpec &spec)
    {
        const QString config = m_temp.filePath(spec.name + QStringLiteral(".cfg"));
        if (!writeText(config,
                QStringLiteral("# A PAR guest for charon-guest-sim\nsystem_model = \"rp4440\"\n"
                               "console.type = telnet\nconsole.port = \"%1\"\n"
                               "log_file = \"%2.log\"\n")
                    .arg(freeTcpPort())
                    .arg(spec.name)))
            return fail(QStringLiteral("cannot write ") + config);
        const QString stopScript = m_temp.filePath(QStringLiteral("stop-guest.sh"));
        QFile::remove(stopScript);
        if (spec.stopScriptBranch
            && !writeText(stopScript,
                QStringLiteral("#!/bin/sh\ncase \"$1\" in\n  \"%1\")\n"
                               "      echo \"site shutdown: nothing to do, the emulator runs on\"\n"
                               "      ;;\nesac\n")
                    .arg(config)))
            return fail(QStringLiteral("cannot write ") + stopScript);
        QString emulator = simulatorPath();
        if (spec.sleeper) {
            emulator = m_temp.filePath(QStringLiteral("emu-sleep"));
            if (!writeText(emulator, QStringLiteral("#!/bin/sh\nexec sleep 1000\n"))
                || !QFile::setPermissions(emulator, QFile::ReadOwner | QFile::ExeOwner))
                return fail(QStringLiteral("cannot write ") + emulator);
        }
        core::Guest g;
        g.name = spec.name;
        g.emulator = emulator;
        g.profileId = QStringLiteral("par");
        g.configPath = config;
        g.workDir = m_temp.path();
        g.stopTimeoutSec = spec.stopTimeoutSec;
        // Type=notify for the simulator: the start job ends once its console listens.
        const core::LaunchOptions launch { QStringLiteral("Charon-PAR"), QStringLiteral("-x"),
            !spec.sleeper, cliPath() };
        if (!m_units.write(g, launch, core::UnitFile::Mode::Create, &m_error))
            return {};
        QStringList environment = spec.simSwitches;
        environment << QStringLiteral("CHARON_SIM_PACE=0")
                    << QStringLiteral("CHARON_STOP_SCRIPT=") + stopScript
                    << QStringLiteral("RESULT_FILE=") + witnessPath(spec.name);
        for (const char *sanitizer : { "ASAN_OPTIONS", "UBSAN_OPTIONS" }) {
            if (qEnvironmentVariableIsSet(sanitizer))
                environment << QString::fromLatin1(sanitizer) + u'='
                        + qEnvironmentVariable(sanitizer);
        }
        // The output of every process of the unit (emulator, our ExecStop helper) for the test.
        QString dropIn = QStringLiteral("[Service]\nStandardOutput=append:%1\n"
                                        "StandardError=append:%1\n")
                             .arg(outputPath(spec.name));
        dropIn += QStringLiteral("LimitCORE=0\n"
                                 "ExecStopPost=/bin/sh -c 'echo \"$$SERVICE_RESULT "
                                 "$$EXIT_CODE $$EXIT_STATUS\" > \"$$RESULT_FILE\"'\n");
        if (spec.memoryMaxMb > 0)
            dropIn += QStringLiteral("MemoryMax=%1M\n").arg(spec.memoryMaxMb);
        for (const QString &variable : std::as_const(environment))
            dropIn += QStringLiteral("Environment=\"%1\"\n").arg(variable);
        if (!writeText(m_units.unitPath(spec.name) + QStringLiteral(".d/60-test.conf"), dropIn))
            return fail(QStringLiteral("cannot write the test drop-in"));
        m_names << spec.name;
        return core::unitNameForGuest(spec.name);
    }

    // What ExecStopPost recorded for the guest's last end; "" before any.
    QString witness(const QString &name) const
    {
        QFile file(witnessPath(name));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed()
                                              : QString();
    }

    // Everything the unit's processes wrote on stdout and stderr.
    QString output(const QString &name) const
    {
        QFile file(outputPath(name));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    // Stops and removes every guest added, in the suite's manager.
    void removeAll()
    {
        for (const QString &name : std::as_const(m_names)) {
            const QString unit = core::unitNameForGuest(name);
            systemctl({ QStringLiteral("stop"), unit });
            systemctl({ QStringLiteral("reset-failed"), unit });
            QFile::remove(m_units.unitPath(name));
            QFile::remove(m_units.unitPath(name) + QStringLiteral(".bak"));
            QDir(m_units.unitPath(name) + QStringLiteral(".d")).removeRecursively();
        }
        if (!m_names.isEmpty())
            systemctl({ QStringLiteral("daemon-reload") });
        m_names.clear();
    }

private:
    QString witnessPath(const QString &name) const
    {
        return m_temp.filePath(name + QStringLiteral(".result"));
    }
    QString outputPath(const QString &name) const
    {
        return m_temp.filePath(name + QStringLiteral(".out"));
    }
    QString fail(const QString &why)
    {
        m_error = why;
        return {};
    }
    static bool writeText(const QString &path, const QString &text)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(text.toUtf8()) >= 0;
    }

    QTemporaryDir m_temp;
    core::UnitFile m_units;
    QStringList m_names;
    QString m_error;
};

} // namespace charon::test
