// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The common stop script: status per configuration as the toolkit shows it, the template
// branch, adding branches to an admin's script, and running a branch then waiting for the
// emulator.

#include "core/config/profileregistry.h"
#include "core/stopscript/stopscript.h"
#include "core/stopscript/stopscriptrunner.h"
#include "core/support/shellcase.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using charon::test::readText;
using namespace charon::core;

Q_DECLARE_METATYPE(charon::core::StopScriptStatus)

namespace {

const QString kScript = uR"(#!/bin/sh
# site stop script
case "$1" in
  "/charon/hpux.cfg")
      ssh -o BatchMode=yes root@hpux '/sbin/shutdown -h -y 0'
      ;;
  /charon/vms1.cfg|/charon/vms2.cfg)
      /usr/local/bin/vms-down.exp   # wrapper
      expect -f /etc/charon/vms.exp
      ;;
  '/charon/mpe prod.cfg')
      remsh mpe -l manager.sys shutdown
      ;;
  "/charon/new.cfg")
      # TO CUSTOMIZE: shut the guest OS down cleanly here, then delete this line.
      # ssh root@x '/sbin/init 0'
      ;;
  /charon/tru64*.cfg) /usr/local/bin/tru64-down ;;
  '/charon/it'\''s.cfg')
      logger "stopping"; sleep 5
      ;;
  *)
      echo "no shutdown for $1"
      ;;
esac
)"_s;

// The harness's writeText into `dir`, returning the path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    charon::test::writeText(path, text);
    return path;
}

EmulatorProfile::GuestOs profileOs(const QString &profile, const QString &os)
{
    const auto p = ProfileRegistry::forId(profile);
    return p ? p->guestOs(os).value_or(EmulatorProfile::GuestOs {}) : EmulatorProfile::GuestOs {};
}

} // namespace

class TestStopScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void status_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<StopScriptStatus>("status");
        QTest::newRow("ssh") << u"/charon/hpux.cfg"_s << StopScriptStatus::UsingSsh;
        QTest::newRow("expect, 1st alternative")
            << u"/charon/vms1.cfg"_s << StopScriptStatus::UsingExpect;
        QTest::newRow("expect, 2nd alternative")
            << u"/charon/vms2.cfg"_s << StopScriptStatus::UsingExpect;
        QTest::newRow("remsh, quoted space")
            << u"/charon/mpe prod.cfg"_s << StopScriptStatus::UsingRsh;
        QTest::newRow("template") << u"/charon/new.cfg"_s << StopScriptStatus::ToCustomize;
        QTest::newRow("glob, one line") << u"/charon/tru64-a.cfg"_s << StopScriptStatus::Customized;
        QTest::newRow("quote in path") << u"/charon/it's.cfg"_s << StopScriptStatus::Customized;
        QTest::newRow("only the catch-all")
            << u"/charon/other.cfg"_s << StopScriptStatus::CaseNotSet;
        QTest::newRow("quoted is literal") << u"/charon/hpuxXcfg"_s << StopScriptStatus::CaseNotSet;
    }
    void status()
    {
        QFETCH(QString, config);
        QFETCH(StopScriptStatus, status);
        QCOMPARE(StopScript::statusIn(kScript, config), status);
    }

    // Plain paths are compared as words; only an unquoted *, ? or [...] makes an expression
    // (a script with a branch per guest compiled one per guest, on the GUI thread).
    void patternsAreWordsUnlessWild()
    {
        const QList<ShellCaseBranch> branches = parseShellCaseBranches(
            u"case \"$1\" in\n/a/b.cfg | '/c/*.cfg' | /d/\\*.cfg) x ;;\n/e/[ab]?.cfg) y ;;\nesac\n"_s);
        QCOMPARE(branches.size(), 2);
        const ShellCaseBranch &words = branches.at(0);
        QCOMPARE(words.patterns.size(), 3);
        for (const ShellCasePattern &p : words.patterns)
            QVERIFY(!p.wild);
        QVERIFY(words.matches(u"/a/b.cfg"_s));
        QVERIFY(!words.matches(u"/a/bxcfg"_s));
        QVERIFY(words.matches(u"/c/*.cfg"_s));
        QVERIFY(!words.matches(u"/c/x.cfg"_s));
        QVERIFY(words.matches(u"/d/*.cfg"_s));
        QVERIFY(!words.matches(u"/d/x.cfg"_s));
        const ShellCaseBranch &glob = branches.at(1);
        QVERIFY(glob.patterns.value(0).wild);
        QVERIFY(glob.matches(u"/e/a1.cfg"_s));
        QVERIFY(!glob.matches(u"/e/c1.cfg"_s));
        QVERIFY(!glob.matches(u"/e/a12.cfg"_s));
    }

    void statusFromFile()
    {
        QTemporaryDir dir;
        StopScript missing(dir.filePath(u"none.sh"_s));
        QCOMPARE(missing.statusFor(u"/charon/hpux.cfg"_s), StopScriptStatus::NotFound);
        StopScript real(writeFile(dir, u"stop.sh"_s, kScript));
        QCOMPARE(real.statusFor(u"/charon/hpux.cfg"_s), StopScriptStatus::UsingSsh);
        QCOMPARE(StopScript::statusName(StopScriptStatus::UsingSsh), u"Using SSH"_s);
    }

    void defaultPathHonoursEnvironment()
    {
        qunsetenv("CHARON_STOP_SCRIPT");
        qputenv("XDG_CONFIG_HOME", "/tmp/xdg");
        QCOMPARE(
            StopScript::defaultPath(UnitScope::System), u"/etc/charon-manager/stop-guest.sh"_s);
        QCOMPARE(
            StopScript::defaultPath(UnitScope::User), u"/tmp/xdg/charon-manager/stop-guest.sh"_s);
        qputenv("CHARON_STOP_SCRIPT", "/tmp/x.sh");
        QCOMPARE(StopScript::defaultPath(UnitScope::System), u"/tmp/x.sh"_s);
        qunsetenv("CHARON_STOP_SCRIPT");
    }

    void templateIsToCustomizeAndValidShell()
    {
        // Given a new script made of the template for a hostile config path
        QTemporaryDir dir;
        const QString config = u"/srv/it's \"a\" $(reboot) ü.cfg"_s;
        StopScript script(dir.filePath(u"stop.sh"_s));
        QString error;
        QVERIFY2(
            script.addBranch(config, profileOs(u"axp"_s, u"openvms"_s), &error), qPrintable(error));
        const QString text = readText(script.path());
        // Then it reads as "To customize", has the OS's command, and is executable
        QCOMPARE(script.statusFor(config), StopScriptStatus::ToCustomize);
        QVERIFY(text.contains(u"@SYS$SYSTEM:SHUTDOWN 0 SHUTDOWN NO YES LATER NO NONE"_s));
        QVERIFY(QFileInfo(script.path()).isExecutable());
        // And the shell agrees the branch is for exactly that path
        const QString probe = text;
        QString withEcho = probe;
        withEcho.replace(u"    ;;"_s, u"    echo MATCHED\n    ;;"_s);
        const QString probePath = writeFile(dir, u"probe.sh"_s, withEcho);
        QProcess sh;
        sh.start(u"/bin/sh"_s, { probePath, config });
        QVERIFY(sh.waitForFinished());
        QCOMPARE(sh.readAllStandardOutput(), QByteArray("MATCHED\n"));
        sh.start(u"/bin/sh"_s, { probePath, u"/srv/other.cfg"_s });
        QVERIFY(sh.waitForFinished());
        QCOMPARE(sh.readAllStandardOutput(), QByteArray());
        // And a second branch for the same config is refused
        QVERIFY(!script.addBranch(config, profileOs(u"axp"_s, u"openvms"_s), &error));
        QVERIFY2(error.contains(u"already has a branch"_s), qPrintable(error));
        QVERIFY(StopScript::branchTemplate(u"/a\nb"_s, {}, &error).isEmpty());
    }

    void addBranchKeepsTheAdminsScript()
    {
        // Given the admin's script with a catch-all
        QTemporaryDir dir;
        StopScript script(writeFile(dir, u"stop.sh"_s, kScript));
        QString error;
        // When a branch is added for a new guest
        QVERIFY2(script.addBranch(u"/charon/added.cfg"_s, profileOs(u"par"_s, u"hpux"_s), &error),
            qPrintable(error));
        const QString text = readText(script.path());
        // Then every old branch keeps its status, the new one is reachable (before *), and
        // the previous file is kept
        QCOMPARE(script.statusFor(u"/charon/added.cfg"_s), StopScriptStatus::ToCustomize);
        QCOMPARE(script.statusFor(u"/charon/hpux.cfg"_s), StopScriptStatus::UsingSsh);
        QCOMPARE(script.statusFor(u"/charon/mpe prod.cfg"_s), StopScriptStatus::UsingRsh);
        QVERIFY(text.indexOf(u"'/charon/added.cfg')"_s) < text.indexOf(u"  *)"_s));
        QVERIFY(text.contains(u"shutdown -h -y 0"_s));
        QCOMPARE(readText(script.path() + u".bak"_s), kScript);
        QVERIFY(text.startsWith(kScript.left(kScript.indexOf(u"  *)"_s))));
    }

    void templateForConsoleShutdown()
    {
        // MPE/iX shuts down from the console after Ctrl-A: the hint uses expect on the port
        const QString branch
            = StopScript::branchTemplate(u"/c/mpe.cfg"_s, profileOs(u"par"_s, u"mpeix"_s));
        QVERIFY2(branch.contains(u"=SHUTDOWN"_s), qPrintable(branch));
        QVERIFY(branch.contains(u"\\001"_s));
        QVERIFY(branch.contains(u"$CHARON_CONSOLE_PORT"_s));
        QCOMPARE(StopScript::statusIn(StopScript::scriptTemplate(branch), u"/c/mpe.cfg"_s),
            StopScriptStatus::ToCustomize);
    }

    void branchesOfSeveralBlocks()
    {
        const auto branches = parseShellCaseBranches(
            u"case $x in\na) echo a;;\nesac\ncase \"$1\" in\n(b|'c d')\n  echo\n  ;;\nesac\n"_s);
        QCOMPARE(branches.size(), 2);
        QVERIFY(branches.at(1).matches(u"c d"_s));
        QVERIFY(!branches.at(1).matches(u"c"_s));
        QCOMPARE(branches.at(0).blockEndLine, 2);
        QCOMPARE(branches.at(1).blockEndLine, 7);
        QCOMPARE(quoteShellWord(u"it's"_s), u"'it'\\''s'"_s);
    }

    void runnerPowersOffWithoutBranch_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<StopScriptStatus>("status");
        QTest::newRow("no branch") << u"/charon/other.cfg"_s << StopScriptStatus::CaseNotSet;
        QTest::newRow("template branch") << u"/charon/new.cfg"_s << StopScriptStatus::ToCustomize;
    }
    void runnerPowersOffWithoutBranch()
    {
        // Given a running emulator whose config has no customized branch
        QFETCH(QString, config);
        QFETCH(StopScriptStatus, status);
        QTemporaryDir dir;
        StopScript script(writeFile(dir, u"stop.sh"_s, kScript));
        QProcess emulator;
        emulator.start(u"sleep"_s, { u"30"_s });
        QVERIFY(emulator.waitForStarted());
        StopScriptRunner runner;
        QSignalSpy spy(&runner, &StopScriptRunner::finished);
        QElapsedTimer clock;
        clock.start();
        runner.start(script, config, emulator.processId(), 5000);
        // Then the runner ends at once, without running anything: systemd powers it off
        QVERIFY(spy.wait(2000));
        QVERIFY(clock.elapsed() < 1000);
        const auto outcome = spy.first().first().value<StopScriptRunner::Outcome>();
        QVERIFY(!outcome.scriptRan);
        QVERIFY(!outcome.emulatorExited);
        QCOMPARE(outcome.status, status);
        emulator.kill();
        emulator.waitForFinished();
    }

    void runnerRunsBranchThenWaitsForEmulator()
    {
        // Given a branch that records its argv and environment, then shuts the "guest" down
        QTemporaryDir dir;
        const QString log = dir.filePath(u"args"_s);
        const QString config = u"/charon/a b;$x.cfg"_s;
        StopScript script(writeFile(dir, u"stop.sh"_s,
            u"case \"$1\" in\n'/charon/a b;$x.cfg')\n  printf '%s|%s|%s\\n' \"$1\" "
            u"\"$CHARON_GUEST\" "
            "\"$#\" > '"_s
                + log + u"'\n  (sleep 0.3; kill \"$CHARON_MAINPID\") &\n  ;;\nesac\n"_s));
        QProcess emulator;
        emulator.start(u"sleep"_s, { u"30"_s });
        QVERIFY(emulator.waitForStarted());
        QProcessEnvironment env;
        env.insert(u"CHARON_GUEST"_s, u"g1"_s);
        env.insert(u"CHARON_MAINPID"_s, QString::number(emulator.processId()));
        StopScriptRunner runner;
        QSignalSpy spy(&runner, &StopScriptRunner::finished);
        // When it runs
        runner.start(script, config, emulator.processId(), 10000, env);
        QVERIFY(spy.wait(8000));
        const auto outcome = spy.first().first().value<StopScriptRunner::Outcome>();
        // Then the branch got the config as its one argument, and the emulator's exit was seen
        QCOMPARE(readText(log), config + u"|g1|1\n"_s);
        QVERIFY(outcome.scriptRan);
        QCOMPARE(outcome.scriptExitCode, 0);
        QVERIFY2(outcome.emulatorExited, qPrintable(outcome.message));
    }

    void runnerGivesUpAtTheDeadline_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("scriptTimedOut");
        QTest::newRow("script returns, emulator stays") << u"true"_s << false;
        QTest::newRow("script hangs") << u"sleep 30 & echo $! > \"$PIDFILE\"; wait"_s << true;
    }
    void runnerGivesUpAtTheDeadline()
    {
        QFETCH(QString, body);
        QFETCH(bool, scriptTimedOut);
        QTemporaryDir dir;
        StopScript script(writeFile(
            dir, u"stop.sh"_s, u"case \"$1\" in\n/c.cfg)\n  "_s + body + u"\n  ;;\nesac\n"_s));
        QProcess emulator;
        emulator.start(u"sleep"_s, { u"30"_s });
        QVERIFY(emulator.waitForStarted());
        StopScriptRunner runner;
        QSignalSpy spy(&runner, &StopScriptRunner::finished);
        QElapsedTimer clock;
        clock.start();
        const QString pidFile = dir.filePath(u"child.pid"_s);
        QProcessEnvironment env;
        env.insert(u"PIDFILE"_s, pidFile);
        runner.start(script, u"/c.cfg"_s, emulator.processId(), 700, env);
        QVERIFY(spy.wait(5000));
        QVERIFY(clock.elapsed() >= 650);
        const auto outcome = spy.first().first().value<StopScriptRunner::Outcome>();
        QVERIFY(!outcome.emulatorExited);
        QCOMPARE(outcome.scriptTimedOut, scriptTimedOut);
        QTest::qWait(100); // not synchronisation: a window in which a second report would show
        QCOMPARE(spy.size(), 1); // one report only
        // What a hung script started is gone with it
        if (scriptTimedOut) {
            const qint64 child = readText(pidFile).trimmed().toLongLong();
            QVERIFY(child > 0);
            QTRY_VERIFY(!StopScriptRunner::isAlive(child));
        }
        emulator.kill();
        emulator.waitForFinished();
    }

    void runnerWithNoEmulator()
    {
        StopScriptRunner runner;
        QSignalSpy spy(&runner, &StopScriptRunner::finished);
        runner.start(StopScript(u"/nonexistent"_s), u"/c.cfg"_s, 0, 1000);
        QVERIFY(spy.wait(1000));
        QVERIFY(spy.first().first().value<StopScriptRunner::Outcome>().emulatorExited);
        QVERIFY(!StopScriptRunner::isAlive(0));
        QVERIFY(StopScriptRunner::isAlive(QCoreApplication::applicationPid()));
    }
};

CHARON_TEST_GUILESS_MAIN(TestStopScript)
#include "tst_stopscript.moc"
