#include "cli/stopscriptcommand.h"

#include "core/stopscript/stopscriptrunner.h"

#include "core/guests/guestsnapshot.h"

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
    // Leave systemd a few seconds to kill and reap before its own timeout hits.
    const int margin = qMin(5, timeout / 4);
    return qMax(1, timeout - margin) * 1000;
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
    runner->start(context()->stopScript(), guest->configPath, mainPid,
        deadlineMs(guest->stopTimeoutSec), env);
}

} // namespace charon::cli
