// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// Watching, end to end on the suite's real systemd with simulated guests added by
// `charon-vm add`:
//  - the simulator's license switch (SIGUSR1 lost, SIGUSR2 restored): both events arrive within
//    a second, in order, and the guest's license health goes critical and back;
//  - SIGKILL of a simulator: a FAILURE event naming Result=signal;
//  - `charon-vm watch --json --exec PROGRAM` prints the same events the window's watcher gets
//    and hands PROGRAM exactly four arguments per event;
//  - notifications reach a real dunst on the suite's session bus (checked with dunstctl): text,
//    urgency, and ten guests killed at once make one notification; with the daemon gone, the
//    tray's balloon takes over.

#include "core/events/desktopnotifier.h"
#include "core/events/guesteventwatcher.h"
#include "core/events/watchpreferences.h"
#include "core/guests/gueststore.h"
#include "core/guests/licensemonitor.h"
#include "core/session/guestsession.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"
#include "ui/tray/eventnotifications.h"
#include "ui/tray/trayicon.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace charon::core;
using namespace charon::test;

namespace {

QString parConfig(const QString &name, quint16 port)
{
    return u"license_key_id \"1422726238\"\nsystem_model = \"rp4440\"\nmemory_size = 2048\n"
           "console.type = telnet\nconsole.port = \"%1\"\nlog_file = \"%2.log\"\n"
           "# charon-guest-sim: pace=0\n"_s.arg(port)
               .arg(name);
}

QList<GuestEvent> eventsOf(const QSignalSpy &spy, const QString &guest)
{
    QList<GuestEvent> list;
    for (const QList<QVariant> &args : spy) {
        const GuestEvent e = args.at(0).value<GuestEvent>();
        if (e.guest == guest)
            list << e;
    }
    return list;
}

} // namespace

class TestUiWatching : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_guests;
    QSet<quint16> m_ports; // console ports given to this suite's guests
    std::unique_ptr<GuestSession> m_session;
    std::unique_ptr<QSignalSpy> m_events;

    bool addGuest(const QString &name)
    {
        QDir().mkpath(m_dir.filePath(name));
        const QString cfg = m_dir.filePath(name + u"/"_s + name + u".cfg"_s);
        // Free now, and not one an earlier (stopped) guest of this suite is configured with.
        quint16 port = freeTcpPort();
        while (m_ports.contains(port))
            port = freeTcpPort();
        m_ports.insert(port);
        if (!writeText(cfg, parConfig(name, port)))
            return false;
        QString out;
        const int code = run(cliPath(),
            { u"--user"_s, u"add"_s, u"--name"_s, name, u"--emulator"_s, simulatorPath(),
                u"--profile"_s, u"par"_s, u"--notify"_s, u"--no-stop-branch"_s, u"--config"_s, cfg,
                u"--workdir"_s, m_dir.filePath(name) },
            &out);
        if (code != 0) {
            qWarning("add %s: %s", qPrintable(name), qPrintable(out));
            return false;
        }
        m_guests << name;
        // Shown (stopped) before anyone starts it, as in the window: a guest first seen
        // already running is where the watcher starts from, not a "started" event.
        return QTest::qWaitFor([&] { return m_session->store()->find(name) != nullptr; }, 20000);
    }

    bool waitActive(const QString &name)
    {
        return QTest::qWaitFor(
            [&] {
                const Guest *g = m_session->store()->find(name);
                return g && g->derived.state == GuestState::Active;
            },
            20000);
    }

    // Waits for the guest's emulator log to say it started (its signal handlers are in place)
    // and for the window's license monitor to follow that log: lines already in a log when
    // following begins only set the state (they are history), lines written after are events.
    bool waitLogStarted(const QString &name)
    {
        const QString log = m_dir.filePath(name + u"/"_s + name + u".log"_s);
        LicenseMonitor *monitor = m_session->pipeline()->licenseMonitor();
        return QTest::qWaitFor(
            [&] {
                return readFile(log).contains("started") && monitor->currentLogFile(name) == log;
            },
            20000);
    }

    // The event of `kind` for `guest`, waited for up to `ms`; nullopt when it did not come.
    std::optional<GuestEvent> waitEvent(const QString &guest, GuestEvent::Kind kind, int ms)
    {
        std::optional<GuestEvent> found;
        // What qWaitFor returns is what `found` holds.
        [[maybe_unused]] const bool came = QTest::qWaitFor(
            [&] {
                for (const GuestEvent &e : eventsOf(*m_events, guest))
                    if (e.kind == kind)
                        found = e;
                return found.has_value();
            },
            ms);
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        CHARON_REQUIRE_SYSTEMD();
        qRegisterMetaType<GuestEvent>();
        QVERIFY(m_dir.isValid());
        m_session = std::make_unique<GuestSession>(UnitScope::User);
        m_events = std::make_unique<QSignalSpy>(m_session->events(), &GuestEventWatcher::event);
        QSignalSpy ready(m_session.get(), &GuestSession::ready);
        m_session->start();
        QVERIFY(ready.wait(20000));
    }

    void cleanupTestCase()
    {
        for (const QString &name : std::as_const(m_guests))
            run(cliPath(), { u"--user"_s, u"remove"_s, u"--force"_s, name });
    }

    void licenseEventsArriveWithinASecondInOrder()
    {
        CHARON_REQUIRE_SYSTEMD();
        const QString name = u"w-lic"_s;
        QVERIFY(addGuest(name));
        QCOMPARE(systemctl({ u"start"_s, unitNameForGuest(name) }), 0);
        QVERIFY(waitActive(name));
        QVERIFY(waitLogStarted(name));
        QVERIFY(waitEvent(name, GuestEvent::Kind::Started, 5000));

        // When the key is pulled
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(systemctl({ u"kill"_s, u"-s"_s, u"USR1"_s, unitNameForGuest(name) }), 0);
        const auto lost = waitEvent(name, GuestEvent::Kind::LicenseLost, 5000);
        QVERIFY2(lost,
            qPrintable(u"license %1, log %2"_s.arg(m_session->store()->find(name)->licenseStatus,
                m_session->pipeline()->licenseMonitor()->currentLogFile(name))));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(u"%1 ms"_s.arg(clock.elapsed())));
        QCOMPARE(lost->severity, GuestEvent::Severity::Critical);
        QCOMPARE(m_session->store()->find(name)->licenseHealth, LicenseHealth::Critical);

        // And comes back
        clock.restart();
        QCOMPARE(systemctl({ u"kill"_s, u"-s"_s, u"USR2"_s, unitNameForGuest(name) }), 0);
        const auto back = waitEvent(name, GuestEvent::Kind::LicenseRestored, 5000);
        QVERIFY(back);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(u"%1 ms"_s.arg(clock.elapsed())));
        QCOMPARE(m_session->store()->find(name)->licenseHealth, LicenseHealth::Ok);

        QList<GuestEvent::Kind> order;
        for (const GuestEvent &e : eventsOf(*m_events, name))
            order << e.kind;
        QCOMPARE(order,
            (QList<GuestEvent::Kind> { GuestEvent::Kind::Started, GuestEvent::Kind::LicenseLost,
                GuestEvent::Kind::LicenseRestored }));
    }

    void killNineIsAFailureNamingTheSignal()
    {
        CHARON_REQUIRE_SYSTEMD();
        const QString name = u"w-kill"_s;
        QVERIFY(addGuest(name));
        QCOMPARE(systemctl({ u"start"_s, unitNameForGuest(name) }), 0);
        QVERIFY(waitActive(name));
        QCOMPARE(systemctl({ u"kill"_s, u"-s"_s, u"KILL"_s, unitNameForGuest(name) }), 0);
        const auto failed = waitEvent(name, GuestEvent::Kind::Failed, 10000);
        QVERIFY(failed);
        QCOMPARE(failed->details.value(u"result"_s).toString(), u"signal"_s);
        QVERIFY2(failed->text.contains(u"SIGKILL"_s), qPrintable(failed->text));
        QCOMPARE(failed->severity, GuestEvent::Severity::Critical);
    }

    void watchCommandPrintsTheSameEvents()
    {
        CHARON_REQUIRE_SYSTEMD();
        const QString name = u"w.cli-_1"_s; // dots, dashes and underscores: all legal
        QVERIFY(addGuest(name));
        // A program that records its argv, one NUL-terminated argument each, one file per run.
        const QString argvDir = m_dir.filePath(u"argv"_s);
        QDir().mkpath(argvDir);
        const QString recorder = m_dir.filePath(u"record-argv"_s);
        QVERIFY(writeText(recorder,
            u"#!/bin/sh\nf=$(mktemp '"_s + argvDir
                + u"/XXXXXX')\nfor a in \"$@\"; do printf '%s\\0' \"$a\"; done > \"$f\"\n"
                  "printf '%s' \"$#\" > \"$f.count\"\n"_s));
        QFile::setPermissions(
            recorder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

        QProcess watch;
        watch.start(
            cliPath(), { u"--user"_s, u"watch"_s, u"--json"_s, u"--exec"_s, recorder, name });
        QVERIFY(watch.waitForStarted());
        QString watchErr;
        QTRY_VERIFY2_WITH_TIMEOUT((watchErr += QString::fromUtf8(watch.readAllStandardError()),
                                      watchErr.contains(u"watching 1 guest"_s)),
            qPrintable(watchErr), 20000);
        const qsizetype before = m_events->size();

        QCOMPARE(systemctl({ u"start"_s, unitNameForGuest(name) }), 0);
        QVERIFY(waitActive(name));
        QVERIFY(waitLogStarted(name));
        QCOMPARE(systemctl({ u"kill"_s, u"-s"_s, u"USR1"_s, unitNameForGuest(name) }), 0);
        QVERIFY(waitEvent(name, GuestEvent::Kind::LicenseLost, 5000));
        QCOMPARE(systemctl({ u"kill"_s, u"-s"_s, u"KILL"_s, unitNameForGuest(name) }), 0);
        QVERIFY(waitEvent(name, GuestEvent::Kind::Failed, 10000));

        QStringList windowKinds;
        QStringList windowTexts;
        for (qsizetype i = before; i < m_events->size(); ++i) {
            const GuestEvent e = m_events->at(i).at(0).value<GuestEvent>();
            if (e.guest == name) {
                windowKinds << GuestEvent::kindName(e.kind);
                windowTexts << e.text;
            }
        }
        // The CLI printed the same, as one JSON object per line
        QByteArray out;
        QStringList cliKinds;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                out += watch.readAllStandardOutput();
                cliKinds.clear();
                for (const QByteArray &line : out.split('\n')) {
                    if (line.isEmpty())
                        continue;
                    const QJsonObject o = QJsonDocument::fromJson(line).object();
                    if (o[u"guest"_s].toString() == name)
                        cliKinds << o[u"kind"_s].toString();
                }
                return cliKinds.size() >= windowKinds.size();
            }(),
            10000);
        QCOMPARE(cliKinds, windowKinds);

        // And --exec got exactly kind, severity, guest, text per event
        QTRY_COMPARE_WITH_TIMEOUT(QDir(argvDir).entryList({ u"*.count"_s }, QDir::Files).size(),
            windowKinds.size(), 10000);
        QStringList execKinds;
        for (const QString &file : QDir(argvDir).entryList(QDir::Files, QDir::Name)) {
            if (file.endsWith(u".count"_s))
                continue;
            QTRY_COMPARE(readFile(argvDir + u'/' + file + u".count"_s), QByteArray("4"));
            QList<QByteArray> args = readFile(argvDir + u'/' + file).split('\0');
            args.removeLast(); // after the last NUL
            QCOMPARE(args.size(), 4);
            QCOMPARE(QString::fromUtf8(args.at(2)), name);
            QVERIFY(windowTexts.contains(QString::fromUtf8(args.at(3))));
            execKinds << QString::fromUtf8(args.at(0));
        }
        execKinds.sort();
        windowKinds.sort();
        QCOMPARE(execKinds, windowKinds);

        // SIGTERM ends it cleanly
        ::kill(pid_t(watch.processId()), SIGTERM);
        QVERIFY(watch.waitForFinished(10000));
        QCOMPARE(watch.exitCode(), 0);
    }

    void shippedUnitRunsWatchAsAService()
    {
        CHARON_REQUIRE_SYSTEMD();
        // The user unit the package ships, as configured for this build tree
        const QString shipped = qEnvironmentVariable("CHARON_WATCH_UNIT");
        QVERIFY2(QFile::exists(shipped), qPrintable(shipped));
        const QString unit = u"charon-vm-watch.service"_s;
        QFile::remove(userUnitDir() + u'/' + unit);
        QVERIFY(QFile::copy(shipped, userUnitDir() + u'/' + unit));
        const QString argvDir = m_dir.filePath(u"svc-argv"_s);
        QDir().mkpath(argvDir);
        const QString recorder = m_dir.filePath(u"svc-record"_s);
        QVERIFY(writeText(recorder,
            u"#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$(mktemp '"_s + argvDir + u"/XXXXXX')\"\n"_s));
        QFile::setPermissions(
            recorder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        // Its options from the admin's watch.conf, as the unit's comment says
        const QString conf
            = qEnvironmentVariable("XDG_CONFIG_HOME") + u"/charon-manager/watch.conf"_s;
        QVERIFY(writeText(conf, u"CHARON_WATCH_ARGS=--exec "_s + recorder + u'\n'));
        const QString name = u"w-svc"_s;
        QVERIFY(addGuest(name));
        QCOMPARE(systemctl({ u"daemon-reload"_s }), 0);

        // When it is started (Type=notify: the start returns once it watches)
        QCOMPARE(systemctl({ u"start"_s, unit }), 0);
        QCOMPARE(unitProperty(unit, u"ActiveState"_s), u"active"_s);
        // And a guest dies
        QCOMPARE(systemctl({ u"start"_s, unitNameForGuest(name) }), 0);
        QVERIFY(waitActive(name));
        QCOMPARE(systemctl({ u"kill"_s, u"-s"_s, u"KILL"_s, unitNameForGuest(name) }), 0);
        // Then the admin's program was run with the event
        const auto ranFor = [&](const QByteArray &kind) {
            for (const QString &f : QDir(argvDir).entryList(QDir::Files)) {
                const QList<QByteArray> args = readFile(argvDir + u'/' + f).split('\n');
                if (args.value(0) == kind && args.value(2) == name.toUtf8())
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(ranFor("started"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(ranFor("failed"), 10000);
        QCOMPARE(systemctl({ u"stop"_s, unit }), 0);
        QCOMPARE(unitProperty(unit, u"Result"_s), u"success"_s);
        QFile::remove(userUnitDir() + u'/' + unit);
        QFile::remove(conf);
    }

    void notificationsReachDunstAndFallBackToTheTray()
    {
        CHARON_REQUIRE_SYSTEMD();
        if (QStandardPaths::findExecutable(u"dunst"_s).isEmpty()
            || QStandardPaths::findExecutable(u"xvfb-run"_s).isEmpty()
            || QStandardPaths::findExecutable(u"dunstctl"_s).isEmpty())
            QSKIP("dunst, dunstctl or xvfb-run is not installed (scripts/setup installs them)");
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(), "the suite's session bus");
        QVERIFY(!bus.interface()->isServiceRegistered(DesktopNotifier::serviceName()));

        // A real dunst on the suite's session bus, on its own X display.
        QProcess dunst;
        dunst.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        dunst.setChildProcessModifier([] { ::setpgid(0, 0); });
        // dunst keeps no urgency in its history: a rule per urgency writes it into the message.
        const QString dunstrc = m_dir.filePath(u"dunstrc"_s);
        QVERIFY(writeText(dunstrc,
            u"[urgency_low]\nformat = \"LOW|%s\"\n[urgency_normal]\nformat = \"NORMAL|%s\"\n"
            "[urgency_critical]\nformat = \"CRITICAL|%s\"\n"_s));
        dunst.start(u"xvfb-run"_s, { u"-a"_s, u"dunst"_s, u"-config"_s, dunstrc });
        QVERIFY(dunst.waitForStarted());
        const auto stopDunst = qScopeGuard([&dunst] {
            if (dunst.state() != QProcess::NotRunning) {
                ::kill(-pid_t(dunst.processId()), SIGTERM);
                dunst.waitForFinished(5000);
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(
            bus.interface()->isServiceRegistered(DesktopNotifier::serviceName()), 20000);

        // Given the window's notification path (only FAILURE notifies in this test)
        const WatchPreferences preferences(m_dir.filePath(u"prefs.conf"_s));
        WatchPreferences(preferences).setNotifies(GuestEvent::Kind::Failed, true);
        for (const GuestEvent::Kind k : GuestEvent::allKinds())
            if (k != GuestEvent::Kind::Failed)
                WatchPreferences(preferences).setNotifies(k, false);
        DesktopNotifier notifier(bus);
        charon::ui::EventNotifications notifications(m_session->events(), &notifier, preferences);
        charon::ui::TrayIcon tray(m_session->store());
        tray.show();
        notifications.setTray(&tray);

        // When ten guests are killed at once
        QStringList units;
        for (int i = 1; i <= 10; ++i) {
            const QString name = u"w-burst%1"_s.arg(i);
            QVERIFY(addGuest(name));
            units << unitNameForGuest(name);
        }
        QCOMPARE(systemctl(QStringList { u"start"_s } + units), 0);
        for (int i = 1; i <= 10; ++i)
            QVERIFY(waitActive(u"w-burst%1"_s.arg(i)));
        const int deliveredBefore = notifier.delivered();
        QCOMPARE(systemctl(QStringList { u"kill"_s, u"-s"_s, u"KILL"_s } + units), 0);

        // Then dunst got one critical notification naming them all
        QTRY_COMPARE_WITH_TIMEOUT(notifier.delivered(), deliveredBefore + 1, 10000);
        QCOMPARE(run(u"dunstctl"_s, { u"close-all"_s }), 0);
        QString history;
        QTRY_VERIFY_WITH_TIMEOUT(
            (run(u"dunstctl"_s, { u"history"_s }, &history), history.contains(u"w-burst"_s)),
            10000);
        const QJsonArray shown
            = QJsonDocument::fromJson(history.toUtf8())[u"data"_s].toArray().at(0).toArray();
        QCOMPARE(shown.size(), 1);
        const QJsonObject n = shown.at(0).toObject();
        QCOMPARE(n[u"summary"_s][u"data"_s].toString(), u"10 guests stopped with FAILURE"_s);
        QVERIFY2(n[u"message"_s][u"data"_s].toString().startsWith(u"CRITICAL|"_s),
            QJsonDocument(n).toJson().constData());
        const QString body = n[u"body"_s][u"data"_s].toString();
        QVERIFY2(body.contains(u"w-burst1 stopped with FAILURE"_s), qPrintable(body));
        QVERIFY2(body.contains(u"and 2 more"_s), qPrintable(body));
        QCOMPARE(n[u"appname"_s][u"data"_s].toString(), u"Charon Manager"_s);

        // When the daemon goes away mid-session, the next event shows in the tray's balloon
        ::kill(-pid_t(dunst.processId()), SIGTERM);
        QVERIFY(dunst.waitForFinished(10000));
        QTRY_VERIFY_WITH_TIMEOUT(
            !bus.interface()->isServiceRegistered(DesktopNotifier::serviceName()), 10000);
        QSignalSpy notices(&notifications, &charon::ui::EventNotifications::notice);
        QCOMPARE(systemctl({ u"start"_s, units.first() }), 0);
        QVERIFY(waitActive(u"w-burst1"_s));
        QCOMPARE(systemctl({ u"kill"_s, u"-s"_s, u"KILL"_s, units.first() }), 0);
        QTRY_COMPARE_WITH_TIMEOUT(notifications.balloonsShown(), 1, 10000);
        QVERIFY(!notifier.isAvailable());
        QCOMPARE(notices.size(), 1); // "not available ... the tray shows them instead", once
        QVERIFY2(notices.at(0).at(0).toString().contains(u"tray"_s),
            qPrintable(notices.at(0).at(0).toString()));
    }
};

CHARON_TEST_MAIN(TestUiWatching)
#include "tst_ui_watching.moc"
