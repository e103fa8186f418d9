// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// charon-vm as a user runs it: the real binary, --user, against the suite's private systemd
// manager, with the guest simulator as the emulator. Each command's effect is checked in
// systemd itself (systemctl show) and on disk, and each bad input gives its exit code and
// message and writes nothing.

#include "core/domain/guest.h"
#include "tests/harness/clirunner.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testmain.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <fcntl.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace charon::test;

namespace {

using Result = CliResult;

Result vm(const QStringList &args, const QProcessEnvironment &env = {},
    const QString &program = cliPath())
{
    return runCli(args, env, program);
}

QString axpConfig(const QString &name, quint16 port, const QByteArray &extra = {})
{
    return simulatorConfig(name, port, extra);
}

QJsonObject guestJson(const QString &name)
{
    const Result r = vm({ u"list"_s, u"--json"_s });
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        if (v.toObject().value(u"name"_s).toString() == name)
            return v.toObject();
    }
    return {};
}

QString unitOf(const QString &name)
{
    return charon::core::unitNameForGuest(name);
}

QStringList unitFiles()
{
    return QDir(userUnitDir()).entryList({ u"charon-guest-*"_s }, QDir::Files | QDir::Dirs);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    // Adds a simulator guest; QVERIFYs success.
    void addGuest(const QString &name, const QString &config, const QStringList &extra = {})
    {
        const Result r = vm(QStringList { u"add"_s, u"--name"_s, name, u"--emulator"_s,
                                simulatorPath(), u"--config"_s, config }
            + extra);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }

private Q_SLOTS:
    void wholeLifecycle()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given a configuration for a new guest
        const quint16 port = freeTcpPort();
        const QString config = axpConfig(u"life"_s, port);
        // When it is added
        Result r = vm({ u"add"_s, u"--name"_s, u"life"_s, u"--emulator"_s, simulatorPath(),
            u"--config"_s, config });
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(r.out.contains(u"Added guest life"_s));
        // Then systemd knows it, stopped, and list --json describes it
        QCOMPARE(unitProperty(unitOf(u"life"_s), u"LoadState"_s), u"loaded"_s);
        QJsonObject g = guestJson(u"life"_s);
        QCOMPARE(g.value(u"unit"_s).toString(), unitOf(u"life"_s));
        QCOMPARE(g.value(u"emulator"_s).toString(), simulatorPath());
        QCOMPARE(g.value(u"config"_s).toString(), config);
        QCOMPARE(g.value(u"model"_s).toString(), u"AlphaServer_ES40"_s);
        QCOMPARE(g.value(u"cpus"_s).toInt(), 4);
        QCOMPARE(g.value(u"memoryMB"_s).toInt(), 2048);
        QCOMPARE(g.value(u"consolePort"_s).toInt(), int(port));
        QCOMPARE(g.value(u"state"_s).toString(), u"INACTIVE"_s);
        QCOMPARE(g.value(u"stopReason"_s).toString(), u"REQUESTED"_s);
        QCOMPARE(g.value(u"autoBoot"_s).toBool(), false);
        QCOMPARE(g.value(u"default"_s).toBool(), false);

        // When it is started, it runs, and list and status say so
        r = vm({ u"start"_s, u"life"_s });
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(unitProperty(unitOf(u"life"_s), u"ActiveState"_s), u"active"_s);
        QCOMPARE(guestJson(u"life"_s).value(u"state"_s).toString(), u"ACTIVE"_s);
        r = vm({ u"status"_s, u"life"_s });
        QVERIFY2(r.code == 0 && r.out.contains(u"ACTIVE"_s), qPrintable(describe(r)));
        QVERIFY(r.out.contains(u"To customize"_s)); // add wrote a template stop-script branch

        // And removing a running guest is refused
        r = vm({ u"remove"_s, u"life"_s });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"is running"_s), qPrintable(describe(r)));
        QVERIFY(QFile::exists(userUnitDir() + u'/' + unitOf(u"life"_s)));

        // When it is stopped (template branch only: powered off at once, counted as requested)
        QElapsedTimer clock;
        clock.start();
        r = vm({ u"stop"_s, u"life"_s });
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(clock.elapsed() < 20000);
        QCOMPARE(unitProperty(unitOf(u"life"_s), u"ActiveState"_s), u"inactive"_s);
        QCOMPARE(unitProperty(unitOf(u"life"_s), u"Result"_s), u"success"_s);

        // Auto-boot on and off
        r = vm({ u"enable"_s, u"life"_s });
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(unitProperty(unitOf(u"life"_s), u"UnitFileState"_s), u"enabled"_s);
        QCOMPARE(guestJson(u"life"_s).value(u"autoBoot"_s).toBool(), true);
        r = vm({ u"disable"_s, u"life"_s });
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(unitProperty(unitOf(u"life"_s), u"UnitFileState"_s), u"disabled"_s);

        // The star: set, used when no name is given, shown in the list
        r = vm({ u"default"_s, u"life"_s });
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(vm({ u"default"_s }).out.trimmed(), u"life"_s);
        QCOMPARE(guestJson(u"life"_s).value(u"default"_s).toBool(), true);
        r = vm({ u"start"_s });
        QVERIFY2(r.code == 0 && r.out.contains(u"Started life"_s), qPrintable(describe(r)));
        r = vm({ u"stop"_s, u"life"_s });
        QVERIFY2(r.code == 0, qPrintable(describe(r)));

        // When it is removed, the unit goes and the star with it; the config stays
        r = vm({ u"remove"_s, u"life"_s });
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(!QFile::exists(userUnitDir() + u'/' + unitOf(u"life"_s)));
        QVERIFY(QFile::exists(config));
        QVERIFY(guestJson(u"life"_s).isEmpty());
        QCOMPARE(vm({ u"default"_s }).code, 3);
        QCOMPARE(unitProperty(unitOf(u"life"_s), u"LoadState"_s), u"not-found"_s);
    }

    void forceRemoveStopsFirst()
    {
        CHARON_REQUIRE_SYSTEMD();
        addGuest(u"forced"_s, axpConfig(u"forced"_s, freeTcpPort()));
        QCOMPARE(vm({ u"start"_s, u"forced"_s }).code, 0);
        const Result r = vm({ u"remove"_s, u"--force"_s, u"forced"_s });
        QVERIFY2(r.code == 0 && r.out.contains(u"Stopped forced"_s), qPrintable(describe(r)));
        QVERIFY(!QFile::exists(userUnitDir() + u'/' + unitOf(u"forced"_s)));
    }

    void parallelStartAndNoWait()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given two guests
        addGuest(u"par-a"_s, axpConfig(u"par-a"_s, freeTcpPort()));
        addGuest(u"par-b"_s, axpConfig(u"par-b"_s, freeTcpPort()));
        // When both are started in one command, both run
        Result r = vm({ u"start"_s, u"par-a"_s, u"par-b"_s });
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(r.out.contains(u"Started par-a"_s) && r.out.contains(u"Started par-b"_s));
        QCOMPARE(unitProperty(unitOf(u"par-a"_s), u"ActiveState"_s), u"active"_s);
        QCOMPARE(unitProperty(unitOf(u"par-b"_s), u"ActiveState"_s), u"active"_s);
        // When stopped with --no-wait, the command returns once queued; the stop still happens
        r = vm({ u"stop"_s, u"--no-wait"_s, u"par-a"_s, u"par-b"_s });
        QVERIFY2(r.code == 0 && r.out.contains(u"queued"_s), qPrintable(describe(r)));
        QTRY_COMPARE_WITH_TIMEOUT(
            unitProperty(unitOf(u"par-a"_s), u"ActiveState"_s), u"inactive"_s, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            unitProperty(unitOf(u"par-b"_s), u"ActiveState"_s), u"inactive"_s, 20000);
        QCOMPARE(vm({ u"remove"_s, u"par-a"_s }).code, 0);
        QCOMPARE(vm({ u"remove"_s, u"par-b"_s }).code, 0);
    }

    void failedStartIsExitFive()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given a guest added with --force although its configuration has an error
        const QString config = axpConfig(u"broken"_s, freeTcpPort(), "set OPA0 port=notaport\n");
        Result r = vm({ u"add"_s, u"--name"_s, u"broken"_s, u"--emulator"_s, simulatorPath(),
            u"--config"_s, config, u"--force"_s });
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        // When it is started, charon-vm prestart refuses, and the job fails
        r = vm({ u"start"_s, u"broken"_s });
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains(u"broken"_s), qPrintable(describe(r)));
        QCOMPARE(unitProperty(unitOf(u"broken"_s), u"ActiveState"_s), u"failed"_s);
        QCOMPARE(guestJson(u"broken"_s).value(u"stopReason"_s).toString(), u"FAILURE"_s);
        // And list --json says why, as status --json does
        const QString cause = guestJson(u"broken"_s).value(u"cause"_s).toString();
        QVERIFY2(!cause.isEmpty(), qPrintable(describe(vm({ u"list"_s, u"--json"_s }))));
        const QJsonObject status
            = QJsonDocument::fromJson(vm({ u"status"_s, u"--json"_s, u"broken"_s }).out.toUtf8())
                  .object();
        QCOMPARE(cause, status.value(u"cause"_s).toString());
        QCOMPARE(vm({ u"remove"_s, u"broken"_s }).code, 0);
    }

    void nothingToDoIsExitSeven()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given one running guest and one stopped
        addGuest(u"ntd-a"_s, axpConfig(u"ntd-a"_s, freeTcpPort()));
        addGuest(u"ntd-b"_s, axpConfig(u"ntd-b"_s, freeTcpPort()));
        Result r = vm({ u"start"_s, u"ntd-a"_s });
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        // When both are started: the running one is said to be, the other still starts
        r = vm({ u"start"_s, u"ntd-a"_s, u"ntd-b"_s });
        QVERIFY2(r.code == 7, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(u"charon-vm: ntd-a is already running"_s), qPrintable(describe(r)));
        QVERIFY2(r.out.contains(u"Started ntd-b"_s) && !r.out.contains(u"Started ntd-a"_s),
            qPrintable(describe(r)));
        QCOMPARE(unitProperty(unitOf(u"ntd-b"_s), u"ActiveState"_s), u"active"_s);
        // Stopping both does something for both: exit 0
        r = vm({ u"stop"_s, u"ntd-a"_s, u"ntd-b"_s });
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        // Stopping a stopped guest says so, exit 7
        r = vm({ u"stop"_s, u"ntd-a"_s });
        QVERIFY2(r.code == 7, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(u"charon-vm: ntd-a is already stopped"_s), qPrintable(describe(r)));
        // And the code is documented in the usage
        QVERIFY(vm({ u"--help"_s }).out.contains(u"7 nothing to do"_s));
        QCOMPARE(vm({ u"remove"_s, u"ntd-a"_s }).code, 0);
        QCOMPARE(vm({ u"remove"_s, u"ntd-b"_s }).code, 0);
    }

    void powerOffStopWarnsAndAsksOnlyAtATerminal()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given a running guest whose stop-script branch is still the template
        addGuest(u"pwr"_s, axpConfig(u"pwr"_s, freeTcpPort()));
        Result r = vm({ u"start"_s, u"pwr"_s });
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        // When stop runs at a terminal and the admin answers "n"
        int master = -1;
        int slave = -1;
        QCOMPARE(::openpty(&master, &slave, nullptr, nullptr, nullptr), 0);
        QProcess p;
        p.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        p.setChildProcessModifier([slave, master] {
            ::close(master);
            ::dup2(slave, 0);
            ::dup2(slave, 2);
        });
        p.start(cliPath(), { u"--user"_s, u"stop"_s, u"pwr"_s });
        ::close(slave);
        QByteArray terminal;
        ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
        bool answered = false;
        while (!p.waitForFinished(100)) {
            char buffer[4096];
            ssize_t n;
            while ((n = ::read(master, buffer, sizeof buffer)) > 0)
                terminal.append(buffer, n);
            if (!answered && terminal.contains("[y/N]")) {
                answered = true;
                QCOMPARE(::write(master, "n\n", 2), ssize_t(2));
            }
        }
        ::close(master);
        // Then it said power-off, asked, stopped nothing and exited 1
        QVERIFY2(answered, terminal.constData());
        QVERIFY2(terminal.contains("charon-vm: warning: no shutdown commands in the stop script "
                                   "for pwr (stop script: To customize)"),
            terminal.constData());
        QCOMPARE(p.exitCode(), 1);
        QCOMPARE(unitProperty(unitOf(u"pwr"_s), u"ActiveState"_s), u"active"_s);

        // When a script (no terminal) stops it: the same warning line, no question, stopped
        r = vm({ u"stop"_s, u"pwr"_s });
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(u"charon-vm: warning: no shutdown commands"_s)
                && !r.err.contains(u"[y/N]"_s),
            qPrintable(describe(r)));
        QCOMPARE(unitProperty(unitOf(u"pwr"_s), u"ActiveState"_s), u"inactive"_s);
        // And stop of a stopped guest warns about nothing
        r = vm({ u"stop"_s, u"pwr"_s });
        QVERIFY2(!r.err.contains(u"warning"_s), qPrintable(describe(r)));
        QVERIFY(vm({ u"help"_s, u"stop"_s }).out.contains(u"--yes"_s));
        QCOMPARE(vm({ u"remove"_s, u"pwr"_s }).code, 0);
    }

    void everyUnknownNameIsReported()
    {
        CHARON_REQUIRE_SYSTEMD();
        addGuest(u"known"_s, axpConfig(u"known"_s, freeTcpPort()));
        // When a command names two unknown guests and a known one
        const Result r = vm({ u"start"_s, u"ghost-one"_s, u"known"_s, u"ghost-two"_s });
        // Then both unknown names are reported, exit 3, and nothing was started
        QVERIFY2(r.code == 3, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(u"charon-vm: no guest named \"ghost-one\""_s)
                && r.err.contains(u"charon-vm: no guest named \"ghost-two\""_s),
            qPrintable(describe(r)));
        QCOMPARE(r.err.trimmed().count(u'\n'), 1);
        QCOMPARE(unitProperty(unitOf(u"known"_s), u"ActiveState"_s), u"inactive"_s);
        QCOMPARE(vm({ u"remove"_s, u"known"_s }).code, 0);
    }

    void helpCommandPrintsTheHelp()
    {
        CHARON_REQUIRE_SYSTEMD();
        const Result all = vm({ u"help"_s });
        QVERIFY2(all.code == 0, qPrintable(describe(all)));
        QCOMPARE(all.out, vm({ u"--help"_s }).out);
        QVERIFY(all.out.contains(u"help [COMMAND]"_s));
        const Result one = vm({ u"help"_s, u"start"_s });
        QVERIFY2(one.code == 0, qPrintable(describe(one)));
        QCOMPARE(one.out, vm({ u"start"_s, u"--help"_s }).out);
        QVERIFY(one.out.contains(u"--no-wait"_s));
        const Result unknown = vm({ u"help"_s, u"frobnicate"_s });
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.startsWith(u"charon-vm: unknown command"_s));
    }

    void listFitsTheTerminal()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given a guest whose configuration lives deep in a long path
        const QString deep = testBase()
            + u"/a-rather-long-folder-name/for-the-configurations/of-the-production-guests"_s;
        QVERIFY(QDir().mkpath(deep));
        const QString config = deep + u"/wide.cfg"_s;
        QVERIFY(QFile::copy(axpConfig(u"wide"_s, freeTcpPort()), config));
        addGuest(u"wide"_s, config);
        // When list writes to an 80-column terminal
        int master = -1;
        int slave = -1;
        winsize size { 24, 80, 0, 0 };
        QCOMPARE(::openpty(&master, &slave, nullptr, nullptr, &size), 0);
        QProcess p;
        p.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        p.setChildProcessModifier([slave, master] {
            ::close(master);
            ::dup2(slave, 1);
        });
        p.start(cliPath(), { u"--user"_s, u"list"_s });
        ::close(slave);
        QByteArray output;
        const auto drain = [&] {
            char buffer[4096];
            ssize_t n;
            while ((n = ::read(master, buffer, sizeof buffer)) > 0)
                output.append(buffer, n);
        };
        ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
        while (!p.waitForFinished(100))
            drain();
        drain();
        ::close(master);
        QCOMPARE(p.exitCode(), 0);
        // Then every row fits, and the long path is elided in the middle
        const QStringList lines = QString::fromUtf8(output).remove(u'\r').split(u'\n');
        bool row = false;
        for (const QString &line : lines) {
            if (line.startsWith(u"Host "_s))
                continue; // the host header is one sentence, not a row
            QVERIFY2(line.size() <= 80, qPrintable(line));
            if (line.contains(u" wide "_s)) {
                row = true;
                QVERIFY2(line.contains(u"\u2026"_s) && line.contains(u".cfg "_s), qPrintable(line));
            }
        }
        QVERIFY2(row, output.constData());
        // And piped, the full path is printed
        const Result piped = vm({ u"list"_s });
        QVERIFY2(piped.out.contains(config), qPrintable(describe(piped)));
        QCOMPARE(vm({ u"remove"_s, u"wide"_s }).code, 0);
    }

    void customizedStopScriptRunsAndIsWaitedFor()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given a stop script whose branch for this guest records its call and ends the
        // emulator as a clean OS shutdown would (the simulator exits 0 on SIGTERM)
        const QString config = axpConfig(u"clean"_s, freeTcpPort());
        const QString marker = testBase() + u"/clean-stopped"_s;
        // ExecStop= runs in the manager's environment: the script is at the default location.
        const QString script = QString::fromLocal8Bit(qgetenv("XDG_CONFIG_HOME"))
            + u"/charon-manager/stop-guest.sh"_s;
        addGuest(u"clean"_s, config, { u"--no-stop-branch"_s });
        QVERIFY(writeFile(script,
            "case \"$1\" in\n'" + config.toUtf8()
                + "')\n  printf '%s %s' \"$CHARON_GUEST\" \"$CHARON_CONSOLE_PORT\" > '"
                + marker.toUtf8() + "'\n  kill -TERM \"$CHARON_MAINPID\"\n  ;;\nesac\n"));
        QVERIFY(vm({ u"status"_s, u"clean"_s }).out.contains(u"Customized"_s));
        QCOMPARE(vm({ u"start"_s, u"clean"_s }).code, 0);
        // When it is stopped
        QElapsedTimer clock;
        clock.start();
        const Result r = vm({ u"stop"_s, u"clean"_s });
        // Then the branch ran with the guest's values, and the emulator exited by itself
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(clock.elapsed() < 20000);
        QCOMPARE(readText(marker),
            u"clean "_s + QString::number(guestJson(u"clean"_s).value(u"consolePort"_s).toInt()));
        QCOMPARE(unitProperty(unitOf(u"clean"_s), u"Result"_s), u"success"_s);
        QCOMPARE(unitProperty(unitOf(u"clean"_s), u"ExecMainStatus"_s), u"0"_s);
        QFile::remove(script);
        QCOMPARE(vm({ u"remove"_s, u"clean"_s }).code, 0);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString sim = simulatorPath();
        const QString good = axpConfig(u"good"_s, freeTcpPort());
        const QString noExec = testBase() + u"/not-executable"_s;
        QVERIFY(writeFile(noExec, "#!/bin/sh\n"));
        QTest::newRow("start unknown")
            << QStringList { u"start"_s, u"ghost"_s } << 3 << u"no guest named \"ghost\""_s;
        QTest::newRow("stop unknown")
            << QStringList { u"stop"_s, u"ghost"_s } << 3 << u"no guest named \"ghost\""_s;
        QTest::newRow("status unknown")
            << QStringList { u"status"_s, u"ghost"_s } << 3 << u"no guest named"_s;
        QTest::newRow("remove unknown")
            << QStringList { u"remove"_s, u"ghost"_s } << 3 << u"no guest named"_s;
        QTest::newRow("enable unknown")
            << QStringList { u"enable"_s, u"ghost"_s } << 3 << u"no guest named"_s;
        QTest::newRow("missing config") << QStringList { u"add"_s, u"--emulator"_s, sim,
            u"--config"_s, testBase() + u"/nowhere.cfg"_s }
                                        << 1 << u"configuration file not found"_s;
        QTest::newRow("missing emulator") << QStringList { u"add"_s, u"--emulator"_s,
            u"/nonexistent/as4100"_s, u"--config"_s, good }
                                          << 1 << u"emulator not found"_s;
        QTest::newRow("emulator not executable") << QStringList { u"add"_s, u"--emulator"_s, noExec,
            u"--config"_s, good } << 1 << u"emulator is not an executable file"_s;
        QTest::newRow("config with errors") << QStringList { u"add"_s, u"--emulator"_s, sim,
            u"--config"_s, axpConfig(u"bad"_s, 1, "set OPA0 port=abc\n") }
                                            << 1 << u"configuration has errors"_s;
        QTest::newRow("invalid name") << QStringList { u"add"_s, u"--name"_s, u"a b"_s,
            u"--emulator"_s, sim, u"--config"_s, good }
                                      << 2 << u"invalid guest name"_s;
        QTest::newRow("add without config") << QStringList { u"add"_s, u"--emulator"_s, sim } << 2
                                            << u"add needs --emulator and --config"_s;
        QTest::newRow("unknown command")
            << QStringList { u"frobnicate"_s } << 2 << u"unknown command"_s;
        QTest::newRow("unknown option") << QStringList { u"list"_s, u"--frob"_s } << 2 << u"frob"_s;
        QTest::newRow("no command") << QStringList {} << 2 << u"no command given"_s;
    }
    void badInput()
    {
        CHARON_REQUIRE_SYSTEMD();
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QStringList before = unitFiles();
        const Result r = vm(args);
        QVERIFY2(r.code == code, qPrintable(describe(r)));
        // One clear line on stderr, and nothing written
        QVERIFY2(r.err.contains(message), qPrintable(describe(r)));
        QVERIFY2(r.err.startsWith(u"charon-vm: "_s), qPrintable(describe(r)));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        QCOMPARE(unitFiles(), before);
    }

    void clashesAreRefused()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given one guest on some console port
        const quint16 port = freeTcpPort();
        addGuest(u"first"_s, axpConfig(u"first"_s, port));
        const QStringList before = unitFiles();
        // When another is added with the same name, or on the same port, it is refused
        Result r = vm({ u"add"_s, u"--name"_s, u"first"_s, u"--emulator"_s, simulatorPath(),
            u"--config"_s, axpConfig(u"other"_s, freeTcpPort()) });
        QCOMPARE(r.code, 1);
        QVERIFY2(
            r.err.contains(u"a guest named \"first\" already exists"_s), qPrintable(describe(r)));
        r = vm({ u"add"_s, u"--name"_s, u"second"_s, u"--emulator"_s, simulatorPath(),
            u"--config"_s, axpConfig(u"second"_s, port) });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"console port %1 is already used by guest \"first\""_s.arg(port)),
            qPrintable(describe(r)));
        QCOMPARE(unitFiles(), before);
        QCOMPARE(vm({ u"remove"_s, u"first"_s }).code, 0);
    }

    void aliasesPickTheCommand()
    {
        CHARON_REQUIRE_SYSTEMD();
        addGuest(u"alias"_s, axpConfig(u"alias"_s, freeTcpPort()));
        const QString dir = QFileInfo(cliPath()).absolutePath();
        // vmlist is list, vmstart/vmstop are start/stop
        Result r = vm({ u"--json"_s }, {}, dir + u"/vmlist"_s);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).isArray());
        r = vm({ u"alias"_s }, {}, dir + u"/vmstart"_s);
        QVERIFY2(r.code == 0 && r.out.contains(u"Started alias"_s), qPrintable(describe(r)));
        r = vm({ u"alias"_s }, {}, dir + u"/vmstop"_s);
        QVERIFY2(r.code == 0 && r.out.contains(u"Stopped alias"_s), qPrintable(describe(r)));
        // and the table has the host header and the guest
        r = vm({}, {}, dir + u"/vmlist"_s);
        QVERIFY2(
            r.out.startsWith(u"Host "_s) && r.out.contains(u"alias"_s), qPrintable(describe(r)));
        QCOMPARE(vm({ u"remove"_s, u"alias"_s }).code, 0);
    }

    void cfgEditsSafely()
    {
        CHARON_REQUIRE_SYSTEMD();
        const QString config = axpConfig(u"edit"_s, freeTcpPort());
        addGuest(u"edit"_s, config);
        const QString original = readText(config);
        // An "editor" that appends what $EDIT_LINE says (argv: the copy's path)
        const QString editor = testBase() + u"/editor"_s;
        QVERIFY(writeFile(editor, "#!/bin/sh\nprintf '%s\\n' \"$EDIT_LINE\" >> \"$1\"\n"));
        QFile::setPermissions(editor, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment env;
        env.insert(u"EDITOR"_s, editor);
        env.insert(u"VISUAL"_s, QString());

        // A valid edit is saved, the old file kept as .bak
        env.insert(u"EDIT_LINE"_s, u"set ram0 size=4096"_s);
        Result r = vm({ u"cfg"_s, u"edit"_s }, env);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(readText(config), original + u"set ram0 size=4096\n"_s);
        QCOMPARE(readText(config + u".bak"_s), original);
        QCOMPARE(guestJson(u"edit"_s).value(u"memoryMB"_s).toInt(), 4096);

        // An invalid edit is refused (stdin is no terminal), the copy kept for the user
        const QString saved = readText(config);
        env.insert(u"EDIT_LINE"_s, u"set OPA0 port=notaport"_s);
        r = vm({ u"cfg"_s, u"edit"_s }, env);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"your edit is kept in"_s), qPrintable(describe(r)));
        QCOMPARE(readText(config), saved);

        // Unless the user insists
        r = vm({ u"cfg"_s, u"--force"_s, u"edit"_s }, env);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(readText(config).endsWith(u"set OPA0 port=notaport\n"_s));
        QCOMPARE(vm({ u"remove"_s, u"edit"_s }).code, 0);
    }
};

CHARON_TEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
