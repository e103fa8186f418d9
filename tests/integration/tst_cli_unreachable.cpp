// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// charon-vm when systemd cannot be reached: every command that needs it exits 8 with one
// sentence saying why (no bus, no manager on the bus, a manager that does not answer), never
// an empty table with exit 0, never "no guest named" for a name it could not look up, and never
// the whole D-Bus timeout. The frozen manager is this suite's REAL private one, stopped with
// SIGSTOP for the test and continued after.

#include "tests/harness/clirunner.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testmain.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace charon::test;

namespace {
// A home with no guest at all (the known bug: an empty table, exit 0).
QProcessEnvironment emptyHome(const QTemporaryDir &dir, const QString &busAddress)
{
    QProcessEnvironment env;
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
    env.insert(u"HOME"_s, dir.path());
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, busAddress);
    return env;
}
} // namespace

class TestCliUnreachable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noBus()
    {
        QTemporaryDir dir;
        const auto env = emptyHome(dir, u"unix:path="_s + dir.filePath(u"no-bus"_s));
        for (const QStringList &args :
            { QStringList { u"list"_s }, QStringList { u"list"_s, u"--json"_s },
                QStringList { u"status"_s, u"somebody"_s }, QStringList { u"start"_s, u"x"_s } }) {
            const CliResult r = runCli(args, env);
            QVERIFY2(r.code == 8, qPrintable(describe(r)));
            QVERIFY2(r.err.startsWith(u"charon-vm: systemd is unreachable: cannot connect to the "
                                      "user bus"_s),
                qPrintable(describe(r)));
            QVERIFY2(r.err.contains(u"no-bus"_s), qPrintable(describe(r))); // libdbus's why
            QVERIFY2(!r.err.contains(u"no guest named"_s), qPrintable(describe(r)));
            QVERIFY2(r.out.isEmpty(), qPrintable(describe(r))); // no empty table
        }
        QVERIFY(runCli({ u"--help"_s }, env).out.contains(u"8 systemd unreachable"_s));
    }

    void busWithoutManager()
    {
        // A D-Bus daemon of our own where nothing owns org.freedesktop.systemd1
        QTemporaryDir dir;
        const QString socket = dir.filePath(u"bus"_s);
        QProcess daemon;
        daemon.start(u"dbus-daemon"_s,
            { u"--session"_s, u"--nofork"_s, u"--nopidfile"_s, u"--print-address=1"_s,
                u"--address=unix:path="_s + socket });
        if (!daemon.waitForStarted(5000))
            QSKIP("dbus-daemon is not installed");
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 5000);
        const auto env = emptyHome(dir, u"unix:path="_s + socket);
        QElapsedTimer clock;
        clock.start();
        const CliResult list = runCli({ u"list"_s }, env);
        QVERIFY2(list.code == 8, qPrintable(describe(list)));
        QVERIFY2(list.err.contains(u"charon-vm: systemd is unreachable: no systemd manager on the "
                                   "user bus"_s),
            qPrintable(describe(list)));
        QVERIFY(list.out.isEmpty());
        const CliResult status = runCli({ u"status"_s, u"ghost"_s }, env);
        QVERIFY2(status.code == 8 && !status.err.contains(u"no guest named"_s),
            qPrintable(describe(status)));
        QVERIFY2(clock.elapsed() < 10000, "asked the missing manager and waited");
        daemon.terminate();
        daemon.waitForFinished();
    }

    void frozenManagerIsABoundedWait()
    {
        CHARON_REQUIRE_SYSTEMD();
        QFile pidFile(testBase() + u"/manager.pid"_s);
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const pid_t manager = pid_t(pidFile.readAll().trimmed().toInt());
        QVERIFY(manager > 1);
        // A guest-less list works while the manager answers
        QTemporaryDir dir;
        const auto env = emptyHome(dir, qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"));
        QCOMPARE(runCli({ u"list"_s }, env).code, 0);
        // When the manager stops answering (its bus daemon still runs)
        QCOMPARE(::kill(manager, SIGSTOP), 0);
        QElapsedTimer clock;
        clock.start();
        const CliResult r = runCli({ u"list"_s }, env);
        const qint64 took = clock.elapsed();
        ::kill(manager, SIGCONT);
        // Then list gives up after its bounded wait, with the reason, exit 8
        QVERIFY2(r.code == 8, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(u"did not answer within 5 s"_s), qPrintable(describe(r)));
        QVERIFY2(took < 15000, qPrintable(QString::number(took)));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(runCli({ u"list"_s }, env).code, 0);
    }
};

CHARON_TEST_MAIN(TestCliUnreachable)
#include "tst_cli_unreachable.moc"
