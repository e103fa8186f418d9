// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// runConsole() (what `charon-vm console` runs) in a real pseudo-terminal against the real
// charon-guest-sim: this test program starts itself as the console process on the pty's slave
// side and plays the user on the master side. The login prompt appears, keys reach the guest,
// a window change reaches it as NAWS, Ctrl-] leaves, and the terminal's settings come back on
// every way out: the escape key, SIGTERM, a fatal signal. A dead port and a busy console end
// with their own exit codes and words; the halt-key warning is printed first.

#include "tests/harness/simprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include "cli/terminalconsole.h"
#include <csignal>
#include <fcntl.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using charon::test::SimProcess;

namespace {
const char kChildPort[] = "CHARON_TEST_CONSOLE_PORT";

// The console process: runConsole() on its stdin/stdout/stderr, which are the pty.
int consoleChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    charon::core::ConsoleOptions options;
    options.guestName = u"test-guest"_s;
    options.breakOn = qEnvironmentVariable("CHARON_TEST_CONSOLE_BREAK_ON");
    options.connectTimeout = std::chrono::milliseconds(3000);
    if (qEnvironmentVariable("CHARON_TEST_CONSOLE_RETURN") == "telnet"_L1)
        options.returnMode = charon::core::TelnetSession::ReturnMode::Telnet;
    if (qEnvironmentVariableIsSet("CHARON_TEST_CONSOLE_ABORT_AFTER_MS")) {
        QTimer::singleShot(qEnvironmentVariableIntValue("CHARON_TEST_CONSOLE_ABORT_AFTER_MS"),
            [] { ::raise(SIGABRT); });
    }
    return charon::core::runConsole(
        u"127.0.0.1"_s, quint16(qEnvironmentVariableIntValue(kChildPort)), options);
}

// The user's side of a pseudo-terminal with the console process on the other.
struct PtySession
{
    int master = -1;
    int slave = -1; // kept open here too, so the settings can be read after the child is gone
    termios cooked {};
    QProcess child;
    QByteArray output;

    ~PtySession()
    {
        if (child.state() != QProcess::NotRunning) {
            child.kill();
            child.waitForFinished(3000);
        }
        ::close(master);
        ::close(slave);
    }

    bool start(quint16 port, const QStringList &environment = {})
    {
        return start(QCoreApplication::applicationFilePath(), {},
            QStringList { QString::fromLatin1(kChildPort) + u'=' + QString::number(port) }
                + environment);
    }
    bool start(const QString &program, const QStringList &args, const QStringList &environment)
    {
        winsize size { 24, 80, 0, 0 };
        if (::openpty(&master, &slave, nullptr, nullptr, &size) != 0)
            return false;
        ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
        ::tcgetattr(slave, &cooked);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &variable : environment)
            env.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
        child.setProcessEnvironment(env);
        const int tty = slave;
        const int user = master;
        child.setChildProcessModifier([tty, user] {
            ::close(user);
            // A session of its own with the pty as controlling terminal, like a login shell's.
            ::setsid();
            ::ioctl(tty, TIOCSCTTY, 0);
            ::dup2(tty, 0);
            ::dup2(tty, 1);
            ::dup2(tty, 2);
            const rlimit noCore { 0, 0 };
            ::setrlimit(RLIMIT_CORE, &noCore);
        });
        child.start(program, args);
        return child.waitForStarted(5000);
    }

    void pump()
    {
        char buffer[4096];
        ssize_t n;
        while ((n = ::read(master, buffer, sizeof buffer)) > 0)
            output.append(buffer, n);
    }
    bool waitFor(const QByteArray &needle, int timeoutMs = 10000)
    {
        return QTest::qWaitFor(
            [&] {
                pump();
                return output.contains(needle);
            },
            timeoutMs);
    }
    void type(const QByteArray &bytes)
    {
        QCOMPARE(::write(master, bytes.constData(), size_t(bytes.size())), bytes.size());
    }
    bool waitForExit(int timeoutMs = 10000)
    {
        const bool done
            = QTest::qWaitFor([&] { return child.state() == QProcess::NotRunning; }, timeoutMs);
        pump();
        return done;
    }
    tcflag_t localFlags() const
    {
        termios now {};
        ::tcgetattr(slave, &now);
        return now.c_lflag;
    }
    bool isRaw() const { return (localFlags() & (ICANON | ECHO | ISIG)) == 0; }
    bool isRestored() const
    {
        termios now {};
        ::tcgetattr(slave, &now);
        return now.c_lflag == cooked.c_lflag && now.c_iflag == cooked.c_iflag
            && now.c_oflag == cooked.c_oflag && now.c_cflag == cooked.c_cflag;
    }
};
} // namespace

class TestTerminalConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loginPromptKeysNawsAndEscape()
    {
        // Given a running HP-UX guest, When `console` starts in a terminal
        SimProcess sim;
        QVERIFY(sim.startHpux());
        PtySession pty;
        QVERIFY(pty.start(sim.port));
        // Then the hint comes first, then the guest's login prompt, in a raw terminal
        QVERIFY2(pty.waitFor("Console Login:"), pty.output.constData());
        const QByteArray hint = "Connected to the console of test-guest (127.0.0.1:"
            + QByteArray::number(sim.port) + "). Press Ctrl-] to leave.";
        QVERIFY(pty.output.contains(hint));
        QVERIFY(pty.isRaw());
        QVERIFY(sim.waitForNote("console window 80x24"));
        // When the user types, Then the guest answers
        pty.type("operator\r");
        QVERIFY2(pty.waitFor("Password:"), pty.output.constData());
        // When the terminal window changes, Then the guest hears of it (SIGWINCH -> NAWS)
        const winsize bigger { 30, 100, 0, 0 };
        QCOMPARE(::ioctl(pty.master, TIOCSWINSZ, &bigger), 0);
        QVERIFY2(sim.waitForNote("console window 100x30"), sim.notes.constData());
        // When Ctrl-] is pressed, Then it leaves with 0 and the terminal is as it was
        pty.type("\x1d");
        QVERIFY(pty.waitForExit());
        QCOMPARE(pty.child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(pty.child.exitCode(), 0);
        QVERIFY(pty.output.contains("Left the console."));
        QVERIFY(pty.isRestored());
    }

    void returnIsOneCrToARawPeer_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("auto") << QString() << QByteArray("ls\r");
        QTest::newRow("telnet forced (--return telnet)") << u"telnet"_s << QByteArray("ls\r\n");
    }

    void returnIsOneCrToARawPeer()
    {
        QFETCH(QString, mode);
        QFETCH(QByteArray, wire);
        // Given a raw socket console (it never negotiates telnet)
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        PtySession pty;
        QVERIFY(pty.start(server.serverPort(),
            mode.isEmpty() ? QStringList {}
                           : QStringList { u"CHARON_TEST_CONSOLE_RETURN="_s + mode }));
        QVERIFY(QTest::qWaitFor([&] { return server.hasPendingConnections(); }, 10000));
        QTcpSocket *peer = server.nextPendingConnection();
        QByteArray received;
        connect(peer, &QTcpSocket::readyRead, this, [&] { received += peer->readAll(); });
        peer->write("$ ");
        QVERIFY2(pty.waitFor("$ "), pty.output.constData());
        // When the user types a command and Return in the terminal
        pty.type("ls\r");
        // Then exactly these bytes arrive
        QVERIFY(QTest::qWaitFor([&] { return received.size() >= wire.size(); }, 5000));
        QCOMPARE(received.toHex(), wire.toHex());
        pty.type("\x1d");
        QVERIFY(pty.waitForExit());
    }

    void terminalComesBackOnSignals_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<bool>("fatal");
        QTest::newRow("SIGTERM") << int(SIGTERM) << false;
        QTest::newRow("SIGHUP") << int(SIGHUP) << false;
        QTest::newRow("SIGABRT (a crash)") << int(SIGABRT) << true;
    }

    void terminalComesBackOnSignals()
    {
        QFETCH(int, signal);
        QFETCH(bool, fatal);
        SimProcess sim;
        QVERIFY(sim.startHpux());
        PtySession pty;
        QVERIFY(pty.start(sim.port,
            fatal ? QStringList { u"CHARON_TEST_CONSOLE_ABORT_AFTER_MS=1500"_s } : QStringList {}));
        QVERIFY(pty.waitFor("Console Login:"));
        QVERIFY(pty.isRaw());
        // When the signal comes
        if (!fatal)
            QCOMPARE(::kill(pid_t(pty.child.processId()), signal), 0);
        QVERIFY(pty.waitForExit());
        // Then the terminal has its settings back, whatever the way out
        QVERIFY(pty.isRestored());
        if (fatal) {
            QCOMPARE(pty.child.exitStatus(), QProcess::CrashExit);
        } else {
            QCOMPARE(pty.child.exitCode(), 128 + signal);
            QVERIFY(pty.output.contains("Ended by signal"));
        }
    }

    void haltKeyWarningIsPrintedFirst()
    {
        SimProcess sim;
        QVERIFY(sim.startHpux());
        PtySession pty;
        QVERIFY(pty.start(sim.port, { u"CHARON_TEST_CONSOLE_BREAK_ON=Ctrl-P"_s }));
        QVERIFY(pty.waitFor("Console Login:"));
        const qsizetype warning
            = pty.output.indexOf("Warning: On this console, Ctrl-P halts the guest (break_on).");
        QVERIFY2(warning >= 0, pty.output.constData());
        QVERIFY(warning < pty.output.indexOf("Connected to the console"));
        pty.type("\x1d");
        QVERIFY(pty.waitForExit());
        QVERIFY(pty.isRestored());
    }

    void deadPortAndBusyConsoleEndWithTheirOwnCodes()
    {
        // A port nobody listens on
        {
            PtySession pty;
            QVERIFY(pty.start(charon::test::freeTcpPort()));
            QVERIFY(pty.waitForExit());
            QCOMPARE(pty.child.exitCode(), int(charon::core::ConsoleExitUnreachable));
            QVERIFY2(pty.output.contains("charon-vm: Connection refused by 127.0.0.1:"),
                pty.output.constData());
            QVERIFY(pty.isRestored());
        }
        // A console somebody else holds
        SimProcess sim;
        QVERIFY(sim.startHpux());
        QTcpSocket holder;
        holder.connectToHost(QHostAddress::LocalHost, sim.port);
        QVERIFY(sim.waitForNote("console connected from"));
        PtySession pty;
        QVERIFY(pty.start(sim.port));
        QVERIFY(pty.waitForExit());
        QCOMPARE(pty.child.exitCode(), int(charon::core::ConsoleExitInUse));
        QVERIFY2(pty.output.contains(
                     "charon-vm: Console in use by another client: console in use by 127.0.0.1:"),
            pty.output.constData());
        QVERIFY(pty.isRestored());
    }

    void vmconsoleCommandRunsItInItsTerminal()
    {
        // Given a guest of the user scope whose unit and configuration name the simulator's port
        SimProcess sim;
        sim.configName = u"cli-guest.cfg"_s;
        QVERIFY(sim.startHpux({}, "console.break_on = \"Ctrl-P\"\n"));
        const QString config = sim.dir.filePath(sim.configName);
        QTemporaryDir home;
        const QString unitDir = home.filePath(u"config/systemd/user"_s);
        QVERIFY(QDir().mkpath(unitDir));
        QFile unit(unitDir + u"/charon-guest-cli-guest.service"_s);
        QVERIFY(unit.open(QIODevice::WriteOnly));
        unit.write(
            u"[Unit]\nDescription=Charon guest cli-guest\n\n[Service]\nType=exec\n"
            "ExecStart=%1 -x %2\nWorkingDirectory=%3\n\n[Install]\n"
            "WantedBy=default.target\n"_s.arg(charon::test::simulatorPath(), config, sim.dir.path())
                .toUtf8());
        unit.close();
        // When `vmconsole --user cli-guest` runs in a terminal
        PtySession pty;
        const QString vmconsole
            = QFileInfo(charon::test::cliPath()).absolutePath() + u"/vmconsole"_s;
        QVERIFY(pty.start(vmconsole, { u"--user"_s, u"cli-guest"_s },
            { u"XDG_CONFIG_HOME="_s + home.filePath(u"config"_s), u"HOME="_s + home.path() }));
        // Then the configuration's halt key is warned about, the hint names the guest, the
        // login prompt shows, and Ctrl-] gives the terminal back as it was
        QVERIFY2(pty.waitFor("Console Login:"), pty.output.constData());
        QVERIFY(
            pty.output.contains("Warning: On this console, Ctrl-P halts the guest (break_on)."));
        QVERIFY(pty.output.contains("Connected to the console of cli-guest (127.0.0.1:"));
        QVERIFY(pty.isRaw());
        pty.type("\x1d");
        QVERIFY(pty.waitForExit());
        QCOMPARE(pty.child.exitCode(), 0);
        QVERIFY(pty.isRestored());
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(kChildPort))
        return consoleChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestTerminalConsole test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cli_terminalconsole.moc"
