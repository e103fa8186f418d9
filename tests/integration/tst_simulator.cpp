// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// charon-guest-sim as a real systemd --user service, reached over its real console port: boot,
// login and clean shutdown (inactive, Result=success), the crash switch (failed, Result=signal),
// the single-console rule, license lines on SIGUSR1/SIGUSR2, a slow start seen as ACTIVATING
// (Type=notify) and a slow stop seen as DEACTIVATING, telnet negotiation bytes, flood, and the
// configurations it must refuse. No simulator process may outlive a test.

#include "tests/harness/testenv.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace charon::test;

namespace {
const QString kUnit = u"charon-sim-test.service"_s;

// One console client; `seen` keeps everything received, telnet negotiation included.
struct Console
{
    QTcpSocket socket;
    QByteArray seen;

    bool open(quint16 port, int timeoutMs = 10000)
    {
        return QTest::qWaitFor(
            [&] {
                socket.abort();
                socket.connectToHost(QHostAddress::LocalHost, port);
                return socket.waitForConnected(500);
            },
            timeoutMs);
    }
    bool waitFor(const QByteArray &needle, int timeoutMs = 15000)
    {
        return QTest::qWaitFor(
            [&] {
                seen += socket.readAll();
                return seen.contains(needle);
            },
            timeoutMs);
    }
    void type(const QByteArray &line) { socket.write(line + "\r\n"); }
};

// Simulators started by this suite: in the manager's cgroup, or children of the test itself.
QList<qint64> leftoverSimulators()
{
    const QString simulator = QFileInfo(simulatorPath()).canonicalFilePath();
    const QByteArray cgroup = "charon-harness-"
        + QCryptographicHash::hash(
            QDir(testBase()).absolutePath().toUtf8(), QCryptographicHash::Sha1)
              .toHex()
              .left(12);
    QList<qint64> pids;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric || QFileInfo(u"/proc/%1/exe"_s.arg(pid)).symLinkTarget() != simulator)
            continue;
        const QByteArray stat = readFile(u"/proc/%1/stat"_s.arg(pid));
        const qint64 parent = stat.mid(stat.lastIndexOf(')') + 2).split(' ').value(1).toLongLong();
        if (readFile(u"/proc/%1/cgroup"_s.arg(pid)).contains(cgroup) || parent == ::getpid())
            pids << pid;
    }
    return pids;
}
} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    quint16 m_port = 0;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    QString writeConfig(const QByteArray &extra = {})
    {
        m_port = freeTcpPort();
        QFile file(path(u"guest.cfg"_s));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("# A PAR guest for charon-guest-sim\nsystem_model = \"rp4440\"\n"
                   "license_key_id \"1422726238\"\nconsole.type = telnet\n"
                   "console.port = \""
            + QByteArray::number(m_port)
            + "\"\n"
              "log_file = \"guest.log\"\nEWA0.iface = \"simtest0\"\n"
            + extra);
        return file.fileName();
    }

    // Installs the unit; the ExecStopPost line records how systemd saw the end.
    bool installUnit(const QStringList &environment, const QString &type = u"simple"_s)
    {
        QString text = u"[Unit]\nDescription=charon-guest-sim integration test\n\n[Service]\n"
                       "Type=%1\nExecStart=%2 -x %3\nWorkingDirectory=%4\nTimeoutStopSec=20\n"
                       "Environment=\"RESULT_FILE=%5\"\n"
                       "ExecStopPost=/bin/sh -c 'echo \"$$SERVICE_RESULT $$EXIT_CODE "
                       "$$EXIT_STATUS\" > \"$$RESULT_FILE\"'\n"_s.arg(type, simulatorPath(),
                           path(u"guest.cfg"_s), m_dir->path(), path(u"result"_s));
        if (type == u"notify"_s)
            text += u"NotifyAccess=main\n"_s;
        QStringList all = environment;
        for (const char *sanitizer : { "ASAN_OPTIONS", "UBSAN_OPTIONS" }) {
            if (qEnvironmentVariableIsSet(sanitizer))
                all << QString::fromLatin1(sanitizer) + u'=' + qEnvironmentVariable(sanitizer);
        }
        for (const QString &variable : std::as_const(all))
            text += u"Environment=\"%1\"\n"_s.arg(variable);
        QDir().mkpath(userUnitDir());
        QFile unit(userUnitDir() + u'/' + kUnit);
        if (!unit.open(QIODevice::WriteOnly))
            return false;
        unit.write(text.toUtf8());
        unit.close();
        return systemctl({ u"daemon-reload"_s }) == 0;
    }

    QString state() const { return unitProperty(kUnit, u"ActiveState"_s); }

    bool startUnit(const QStringList &environment, const QByteArray &extraConfig = {})
    {
        return !writeConfig(extraConfig).isEmpty() && installUnit(environment)
            && systemctl({ u"start"_s, kUnit }) == 0;
    }

    void logIn(Console &console)
    {
        QVERIFY(console.open(m_port));
        QVERIFY2(console.waitFor("Console Login: "), console.seen.right(300).constData());
        console.type("operator");
        QVERIFY(console.waitFor("Password:"));
        console.type("any password");
        QVERIFY(console.waitFor("$ "));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        if (harnessSkipReason().isEmpty()) {
            systemctl({ u"stop"_s, kUnit });
            systemctl({ u"reset-failed"_s, kUnit });
            QFile::remove(userUnitDir() + u'/' + kUnit);
            systemctl({ u"daemon-reload"_s });
        }
        // Then nothing is left running, whatever the test did
        QTRY_VERIFY2(leftoverSimulators().isEmpty(), "a charon-guest-sim process was left behind");
    }

    void bootLoginAndCleanShutdown()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given the simulator as a service at a fifth of the believable pace
        QVERIFY(startUnit({ u"CHARON_SIM_PACE=20"_s }));
        QCOMPARE(state(), u"active"_s);
        // When an operator connects, Then the boot shows and ends at the login prompt
        Console console;
        logIn(console);
        QVERIFY(console.seen.contains("Firmware Version"));
        QVERIFY(console.seen.contains("The system is ready."));
        console.type("uname -a");
        QVERIFY(console.waitFor("HP-UX guest B.11.31"));
        // When the OS is shut down cleanly
        console.type("shutdown -h -y 0");
        QVERIFY(console.waitFor("System has halted"));
        // Then the machine powers off and systemd sees a clean stop
        QTRY_COMPARE_WITH_TIMEOUT(state(), u"inactive"_s, 15000);
        QTRY_COMPARE(readFile(path(u"result"_s)).trimmed(), QByteArray("success exited 0"));
        QCOMPARE(unitProperty(kUnit, u"Result"_s), u"success"_s);
        QVERIFY(readFile(path(u"guest.log"_s)).contains("emulator stopped: the guest powered"));
    }

    void crashSwitchFailsTheUnit()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given a simulator told to crash one second after start
        QVERIFY(startUnit({ u"CHARON_SIM_CRASH_AFTER=1"_s, u"CHARON_SIM_PACE=0"_s }));
        // Then the unit fails, killed by SIGSEGV without a core dump
        QTRY_COMPARE_WITH_TIMEOUT(state(), u"failed"_s, 15000);
        QCOMPARE(unitProperty(kUnit, u"Result"_s), u"signal"_s);
        QCOMPARE(unitProperty(kUnit, u"ExecMainStatus"_s), u"11"_s);
        QTRY_COMPARE(readFile(path(u"result"_s)).trimmed(), QByteArray("signal killed SEGV"));
    }

    void secondClientIsRefused()
    {
        CHARON_REQUIRE_SYSTEMD();
        QVERIFY(startUnit({ u"CHARON_SIM_PACE=0"_s }));
        Console first;
        QVERIFY(first.open(m_port));
        QVERIFY(first.waitFor("Console Login: "));
        // When a second client connects
        Console second;
        QVERIFY(second.open(m_port));
        QTRY_COMPARE(second.socket.state(), QAbstractSocket::UnconnectedState);
        second.seen += second.socket.readAll();
        // Then it reads who has the console and is disconnected
        const QString expected
            = u"console in use by 127.0.0.1:%1 since "_s.arg(first.socket.localPort());
        QVERIFY2(second.seen.startsWith(expected.toUtf8()), second.seen.constData());
        QCOMPARE(second.seen.count('\n'), 1);
        // And the first client still works
        first.type("operator");
        QVERIFY(first.waitFor("Password:"));
    }

    void licenseSignalsWriteLogLines()
    {
        CHARON_REQUIRE_SYSTEMD();
        QVERIFY(startUnit({ u"CHARON_SIM_PACE=0"_s }));
        const QString log = path(u"guest.log"_s);
        QTRY_VERIFY(readFile(log).contains("console OPA0 listening"));
        QVERIFY(readFile(log).contains(":Device EWA0 (simtest0) : RX up\n"));
        // When the license dongle "disappears" and comes back
        QCOMPARE(systemctl({ u"kill"_s, u"-s"_s, u"USR1"_s, kUnit }), 0);
        QTRY_VERIFY(readFile(log).contains(":err:Contact with license key lost ...\n"));
        QCOMPARE(systemctl({ u"kill"_s, u"-s"_s, u"USR2"_s, kUnit }), 0);
        QTRY_VERIFY(readFile(log).contains(":info:Contact with license key restored ...\n"));
        // Then the emulator keeps running
        QCOMPARE(state(), u"active"_s);
    }

    void slowStartShowsActivating()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given a Type=notify unit whose emulator opens its console after 2 s
        QVERIFY(!writeConfig().isEmpty());
        QVERIFY(
            installUnit({ u"CHARON_SIM_START_DELAY=2"_s, u"CHARON_SIM_PACE=0"_s }, u"notify"_s));
        QCOMPARE(systemctl({ u"start"_s, u"--no-block"_s, kUnit }), 0);
        // Then systemd shows it activating, with no console yet
        QTRY_COMPARE(state(), u"activating"_s);
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(!probe.waitForConnected(500) || state() != u"activating"_s);
        // And active once the console listens (READY=1)
        QTRY_COMPARE_WITH_TIMEOUT(state(), u"active"_s, 15000);
        Console console;
        QVERIFY(console.open(m_port, 1000));
        QVERIFY(console.waitFor("Console Login: "));
    }

    void slowStopShowsDeactivating()
    {
        CHARON_REQUIRE_SYSTEMD();
        QVERIFY(startUnit({ u"CHARON_SIM_STOP_DELAY=2"_s, u"CHARON_SIM_PACE=0"_s }));
        QTRY_VERIFY(readFile(path(u"guest.log"_s)).contains("console OPA0 listening"));
        // When stopped, Then systemd shows it deactivating while it lingers
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(systemctl({ u"stop"_s, u"--no-block"_s, kUnit }), 0);
        QTRY_COMPARE(state(), u"deactivating"_s);
        QTRY_COMPARE_WITH_TIMEOUT(state(), u"inactive"_s, 15000);
        QVERIFY2(timer.elapsed() >= 1800, qPrintable(QString::number(timer.elapsed())));
        QTRY_COMPARE(readFile(path(u"result"_s)).trimmed(), QByteArray("success exited 0"));
    }

    void sigtermEndsPromptly()
    {
        CHARON_REQUIRE_SYSTEMD();
        QVERIFY(!writeConfig().isEmpty());
        QProcess simulator;
        simulator.start(simulatorPath(), { u"-x"_s, path(u"guest.cfg"_s) });
        Console console;
        QVERIFY(console.open(m_port));
        // When SIGTERM arrives, Then the simulator exits cleanly within 200 ms
        QElapsedTimer timer;
        timer.start();
        simulator.terminate();
        QVERIFY(simulator.waitForFinished(5000));
        QVERIFY2(timer.elapsed() < 200, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
        QCOMPARE(simulator.exitStatus(), QProcess::NormalExit);
        QCOMPARE(simulator.exitCode(), 0);
    }

    void telnetNegotiationBytes()
    {
        CHARON_REQUIRE_SYSTEMD();
        QVERIFY(startUnit({ u"CHARON_SIM_PACE=0"_s }));
        Console raw;
        QVERIFY(raw.open(m_port));
        // Then the first bytes are IAC WILL ECHO, IAC WILL SGA, IAC DO NAWS, IAC DO TTYPE
        const QByteArray negotiation("\xff\xfb\x01\xff\xfb\x03\xff\xfd\x1f\xff\xfd\x18");
        QVERIFY(raw.waitFor(negotiation));
        QVERIFY(raw.seen.startsWith(negotiation));
        // When the client offers its terminal type, Then the server asks for it
        raw.seen.clear();
        raw.socket.write("\xff\xfb\x18");
        QVERIFY(raw.waitFor("\xff\xfa\x18\x01\xff\xf0"));
    }

    void floodCommandThroughput()
    {
        CHARON_REQUIRE_SYSTEMD();
        QVERIFY(startUnit({ u"CHARON_SIM_PACE=0"_s }));
        Console console;
        logIn(console);
        // When 4 MiB are asked for, Then they arrive before the next prompt
        console.seen.clear();
        console.type("flood 4194304");
        QVERIFY(console.waitFor("guest $ ", 60000));
        QVERIFY2(console.seen.size() >= 4194304, qPrintable(QString::number(console.seen.size())));
    }

    void refusesUnusableConfigurations_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("message");
        QTest::newRow("error in config")
            << QByteArray("license_key_id = \"1\"\nconsole.port = \"10009\"\n") << u"has errors"_s;
        QTest::newRow("no console port")
            << QByteArray("system_model = \"rp4440\"\n") << u"configures no console port"_s;
        QTest::newRow("bad switch")
            << QByteArray("# charon-guest-sim: os=beos\nconsole.port = \"10009\"\n")
            << u"bad value"_s;
    }

    void refusesUnusableConfigurations()
    {
        CHARON_REQUIRE_SYSTEMD();
        QFETCH(QByteArray, config);
        QFETCH(QString, message);
        QFile file(path(u"bad.cfg"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(config);
        file.close();
        QString out;
        QCOMPARE(run(simulatorPath(), { u"-x"_s, file.fileName() }, &out), 2);
        QVERIFY2(out.contains(message), qPrintable(out));
    }
};

CHARON_TEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
