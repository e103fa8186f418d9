// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli/stopscriptcommand.h"

#include "core/guests/guestsnapshot.h"
#include "core/stopscript/stopscriptrunner.h"

#include <QFile>

#include <ctime>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace charon::cli {

QString StopScriptCommand::summary() const
{
    return tr("Internal (ExecStop=): run the guest's stop script branch, wait for the emulator.");
}

int StopScriptCommand::deadlineMs(int stopTimeoutSec)
{
    // systemd's default stop timeout when none is set; "no limit" still gets a (long) end.
    const int timeout = stopTimeoutSec < 0 ? 90 : stopTimeoutSec == 0 ? 24 * 3600 : stopTimeoutSec;
    // systemd's TimeoutStopSec clock runs for ExecStop= too: if this helper were still running
    // when it strikes, the stop would end Result=timeout (FAILURE) even though it was requested.
    // So finish a margin before it (a quarter of a short timeout, 5 s of a long one), leaving
    // systemd time to end the emulator with KillSignal (SIGTERM) and start its own clock again.
    const qint64 timeoutMs = qint64(timeout) * 1000;
    const qint64 marginMs = qMin<qint64>(5000, timeoutMs / 4);
    return int(timeoutMs - marginMs);
}

qint64 StopScriptCommand::processAgeMs()
{
    // Field 22 of /proc/self/stat: the start time in clock ticks since boot. "comm" (field 2)
    // may hold spaces and parentheses, so count from the last ')'.
    QFile stat(u"/proc/self/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    bool ok = false;
    const qint64 startTicks = fields.value(22 - 3).toLongLong(&ok);
    timespec now = {};
    if (!ok || ::clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return 0;
    const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    const qint64 startMs = startTicks * 1000 / ::sysconf(_SC_CLK_TCK);
    return qBound(qint64(0), nowMs - startMs, qint64(3600) * 1000);
}

void StopScriptCommand::run(const QCommandLineParser &, const QStringList &args)
{
    if (args.size() != 1) {
        fail(ExitUsage, tr("stop-script takes one guest name"));
        return;
    }
    if (!checkGuestsExist(args))
        return;
    QString error;
    const auto guest = GuestSnapshot::readFiles(context()->units(), args.first(), &error);
    if (!guest) {
        // Nothing to run: the emulator is powered off by systemd, which is what must happen.
        CliContext::error(error);
        finish(ExitOk);
        return;
    }
    const qint64 mainPid = qEnvironmentVariableIntValue("MAINPID");
    QProcessEnvironment env;
    env.insert(u"CHARON_GUEST"_s, guest->name);
    env.insert(u"CHARON_CONFIG"_s, guest->configPath);
    env.insert(u"CHARON_MAINPID"_s, QString::number(mainPid));
    if (guest->config.consolePort > 0)
        env.insert(u"CHARON_CONSOLE_PORT"_s, QString::number(guest->config.consolePort));
    auto *runner = new StopScriptRunner(this);
    connect(runner, &StopScriptRunner::finished, this,
        [this, guest](const StopScriptRunner::Outcome &outcome) {
            CliContext::out(u"%1: %2"_s.arg(guest->name, outcome.message));
            finish(ExitOk);
        });
    // systemd's clock started when it spawned us: what our own start-up took (loading Qt,
    // reading the unit and the configuration, on a busy host) is already spent.
    const int budget = deadlineMs(guest->stopTimeoutSec) - int(processAgeMs());
    runner->start(context()->stopScript(), guest->configPath, mainPid, qMax(0, budget), env);
}

} // namespace charon::cli
