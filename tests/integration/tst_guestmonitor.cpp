// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// GuestMonitor against the suite's REAL private systemd --user manager: the store follows
// starts, crashes, stops, enablement, unit files coming and going, parallel starts, and a
// manager restart or a dead bus in the middle; and the monitor says nothing while idle.

#include "core/guests/guestmonitor.h"
#include "core/guests/guestpipeline.h"
#include "core/guests/gueststore.h"
#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdconnection.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testmain.h"
#include "tests/harness/testscope.h"
#include "tests/integration/awaitjob.h"
#include "tests/integration/guestunitfixture.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;
using namespace charon::test;

class TestGuestMonitor : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuestUnitFixture> m_units;
    std::unique_ptr<SystemdConnection> m_connection;
    std::unique_ptr<SystemdClient> m_client;
    std::unique_ptr<GuestStore> m_store;
    std::unique_ptr<GuestMonitor> m_monitor;

    // A monitor on a fresh connection, not started.
    void makeMonitor()
    {
        m_connection = std::make_unique<SystemdConnection>(testConnectionScope());
        m_client = std::make_unique<SystemdClient>(m_connection.get());
        m_store = std::make_unique<GuestStore>();
        m_monitor = std::make_unique<GuestMonitor>(m_client.get(), m_store.get());
    }

    // Starts a monitor on a fresh connection and waits for its initial load.
    bool startMonitor()
    {
        makeMonitor();
        QSignalSpy synced(m_monitor.get(), &GuestMonitor::synced);
        QSignalSpy details(m_monitor.get(), &GuestMonitor::detailsRead);
        m_monitor->start();
        if (!synced.wait(15000) || !m_store->isConnected())
            return false;
        // Every property read, too (a running guest's come after the sync)
        return !m_monitor->readingDetails() || !details.isEmpty() || details.wait(15000);
    }
    const Guest *guest(const QString &name) const { return m_store->find(name); }
    GuestState state(const QString &name) const
    {
        const Guest *g = guest(name);
        return g ? g->derived.state : GuestState::Unknown;
    }
    StopReason reason(const QString &name) const
    {
        const Guest *g = guest(name);
        return g ? g->derived.reason : StopReason::None;
    }
    bool run(SystemdJob *job)
    {
        const JobOutcome outcome = awaitJob(job);
        if (outcome.error.isError())
            qWarning() << outcome.error.message;
        return outcome.finished && !outcome.error.isError();
    }
    // One round trip to the manager on the monitor's own connection, outside its message
    // count. systemd answers a client's messages in order, and the reply is handled after
    // whatever systemd sent before it.
    bool pingManager()
    {
        QDBusMessage ping = QDBusMessage::createMethodCall(SystemdConnection::Service,
            SystemdConnection::ManagerPath, u"org.freedesktop.DBus.Peer"_s, u"Ping"_s);
        QDBusPendingCallWatcher watcher(m_connection->bus().asyncCall(ping));
        QSignalSpy done(&watcher, &QDBusPendingCallWatcher::finished);
        return done.wait(5000) && !watcher.isError();
    }
    // The echo of the initial load is over: systemd has unloaded the stopped guests the
    // monitor's reads loaded (only `stillLoaded` units match `pattern`), each UnitRemoved made
    // the monitor ask GetUnitFileState, and the answers are in. Marker: the first ping comes
    // back after those signals (sent before it), the second after the calls they caused.
    bool waitForLoadEcho(const QString &pattern, int stillLoaded)
    {
        const bool unloaded = QTest::qWaitFor(
            [&] {
                QString out;
                systemctl(
                    { u"list-units"_s, u"--all"_s, u"--plain"_s, u"--no-legend"_s, pattern }, &out);
                return out.trimmed().split(u'\n', Qt::SkipEmptyParts).size() == stillLoaded;
            },
            10000);
        return unloaded && pingManager() && pingManager();
    }

private Q_SLOTS:
    void init() { m_units = std::make_unique<GuestUnitFixture>(); }
    void cleanup()
    {
        m_monitor.reset();
        m_store.reset();
        m_client.reset();
        m_connection.reset();
        // A unit file of another directory of the search path, should a test stop early
        QFile::remove(qEnvironmentVariable("XDG_DATA_HOME")
            + u"/systemd/user/charon-guest-cold-else.service"_s);
        m_units.reset();
    }

    void initialLoadListsGuestsWithTheirState()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given three guests, one of them running before the monitor starts
        const QString emu = m_units->sleeper();
        for (const QString &g : { u"load-a"_s, u"load-b"_s, u"load-c"_s })
            m_units->writeUnit(g, emu, m_units->config(g));
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QCOMPARE(systemctl({ u"start"_s, GuestUnitFixture::unitName(u"load-b"_s) }), 0);
        // When the monitor loads
        QVERIFY(startMonitor());
        // Then the store holds the three with systemd's state
        QCOMPARE(m_store->count(), 3);
        QCOMPARE(state(u"load-a"_s), GuestState::Inactive);
        QCOMPARE(reason(u"load-a"_s), StopReason::Requested);
        QCOMPARE(state(u"load-b"_s), GuestState::Active);
        QVERIFY(guest(u"load-b"_s)->startedAt.isValid());
        QVERIFY(guest(u"load-b"_s)->unitStatus.mainPid > 0);
        QCOMPARE(guest(u"load-a"_s)->emulator, emu);
        QCOMPARE(guest(u"load-a"_s)->profileId, u"par"_s);
    }

    void runningGuestsStateComesBeforeItsDetails()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given a running guest, and one whose start job is running (a slow pre-start step)
        const QString emu = m_units->sleeper();
        m_units->writeUnit(u"early-run"_s, emu, m_units->config(u"early-run"_s));
        m_units->writeUnit(u"early-job"_s, emu, m_units->config(u"early-job"_s),
            { u"ExecStartPre=/bin/sleep 5"_s });
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QCOMPARE(systemctl({ u"start"_s, GuestUnitFixture::unitName(u"early-run"_s) }), 0);
        QCOMPARE(
            systemctl({ u"start"_s, u"--no-block"_s, GuestUnitFixture::unitName(u"early-job"_s) }),
            0);
        // When the monitor loads
        makeMonitor();
        QSignalSpy synced(m_monitor.get(), &GuestMonitor::synced);
        QSignalSpy details(m_monitor.get(), &GuestMonitor::detailsRead);
        m_monitor->start();
        QVERIFY(synced.wait(15000));
        // Then at the sync both states are right, and the start job is shown, from the list
        QCOMPARE(state(u"early-run"_s), GuestState::Active);
        QCOMPARE(state(u"early-job"_s), GuestState::Activating);
        QCOMPARE(guest(u"early-job"_s)->jobInFlight, JobKind::Start);
        // with what the files say (the command, hence the emulator and configuration)
        QCOMPARE(guest(u"early-run"_s)->emulator, emu);
        QCOMPARE(guest(u"early-run"_s)->configPath, m_units->config(u"early-run"_s));
        QVERIFY(!guest(u"early-run"_s)->unitFiles.isEmpty());
        // and its own properties not read yet (sent once the sync is announced)
        QVERIFY(m_monitor->readingDetails());
        QCOMPARE(guest(u"early-run"_s)->unitStatus.mainPid, 0u);
        QVERIFY(!guest(u"early-run"_s)->startedAt.isValid());
        QVERIFY(details.isEmpty());
        QVERIFY(details.wait(15000));
        // And then its details are systemd's
        QVERIFY(!m_monitor->readingDetails());
        QVERIFY(guest(u"early-run"_s)->startedAt.isValid());
        QVERIFY(guest(u"early-run"_s)->unitStatus.mainPid > 0);
        QCOMPARE(guest(u"early-job"_s)->jobInFlight, JobKind::Start);
        QTRY_COMPARE_WITH_TIMEOUT(state(u"early-job"_s), GuestState::Active, 10000);
        QTRY_COMPARE(guest(u"early-job"_s)->jobInFlight, JobKind::None);
    }

    void guestsSystemdDoesNotHoldAreReadFromTheirFiles()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given two stopped guests systemd does not hold in memory, one of them in another
        // directory of the manager's search path, and one running guest
        const QString emu = m_units->sleeper();
        m_units->writeUnit(u"cold-a"_s, emu, m_units->config(u"cold-a"_s));
        m_units->writeUnit(u"cold-run"_s, emu, m_units->config(u"cold-run"_s));
        // (another directory of the search path: the user manager's data directory, or the
        // system manager's runtime one when the suite runs against it in the container)
        const QString data = charon::test::systemScope()
            ? u"/run/systemd/system"_s
            : qEnvironmentVariable("XDG_DATA_HOME") + u"/systemd/user"_s;
        QVERIFY(QDir().mkpath(data));
        const QString elsewhere = data + u"/charon-guest-cold-else.service"_s;
        {
            QFile f(elsewhere);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(u"[Service]\nType=exec\nExecStart=%1 -x %2\n"_s
                        .arg(emu, m_units->config(u"cold-else"_s))
                        .toUtf8());
        }
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QCOMPARE(systemctl({ u"start"_s, GuestUnitFixture::unitName(u"cold-run"_s) }), 0);
        const QString pattern = GuestUnitFixture::unitName(u"cold-*"_s);
        const auto loadedCount = [&pattern] {
            QString out;
            systemctl(
                { u"list-units"_s, u"--all"_s, u"--plain"_s, u"--no-legend"_s, pattern }, &out);
            return int(out.trimmed().split(u'\n', Qt::SkipEmptyParts).size());
        };
        QTRY_COMPARE(loadedCount(), 1);
        // When the monitor loads
        QVERIFY(startMonitor());
        // Then all three are there, the stopped ones built from their files
        QVERIFY(m_monitor->readsLocalFiles());
        QCOMPARE(m_store->names(), QStringList({ u"cold-a"_s, u"cold-else"_s, u"cold-run"_s }));
        QCOMPARE(m_monitor->builtFromFiles(), 2);
        QCOMPARE(state(u"cold-a"_s), GuestState::Inactive);
        QCOMPARE(reason(u"cold-a"_s), StopReason::Requested);
        QCOMPARE(guest(u"cold-else"_s)->emulator, emu);
        QCOMPARE(guest(u"cold-else"_s)->unitFiles, QStringList { elsewhere });
        QCOMPARE(state(u"cold-run"_s), GuestState::Active);
        // and none of them was loaded to be read
        QVERIFY(pingManager());
        QCOMPARE(loadedCount(), 1);
        // When the one elsewhere starts and stops: followed, with systemd's view from then on
        QVERIFY(run(m_client->startUnit(u"charon-guest-cold-else.service"_s)));
        QTRY_COMPARE(state(u"cold-else"_s), GuestState::Active);
        QTRY_VERIFY(guest(u"cold-else"_s)->unitStatus.mainPid > 0);
        QVERIFY(run(m_client->stopUnit(u"charon-guest-cold-else.service"_s)));
        QTRY_COMPARE(state(u"cold-else"_s), GuestState::Inactive);
        // When its file goes and systemd reloads: removed
        QFile::remove(elsewhere);
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QTRY_VERIFY(!guest(u"cold-else"_s));
        QCOMPARE(m_store->names(), QStringList({ u"cold-a"_s, u"cold-run"_s }));
    }

    // The files are scanned as the monitor starts, on the search path this process computes
    // for the manager; the manager's own UnitPath, in its list's reply, has the last word.
    void filesFoundWhereTheManagerLooksWhenThisProcessExpectsElsewhere()
    {
        CHARON_REQUIRE_SYSTEMD();
        if (charon::test::systemScope())
            QSKIP("the system manager's search path does not follow this process's XDG_*");
        // Given two stopped guests systemd does not hold in memory
        const QString emu = m_units->sleeper();
        m_units->writeUnit(u"path-a"_s, emu, m_units->config(u"path-a"_s));
        m_units->writeUnit(u"path-b"_s, emu, m_units->config(u"path-b"_s));
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        // When this process expects the manager's configuration elsewhere as the monitor starts
        makeMonitor();
        QSignalSpy synced(m_monitor.get(), &GuestMonitor::synced);
        const QByteArray config = qgetenv("XDG_CONFIG_HOME");
        QVERIFY(!config.isEmpty());
        qputenv("XDG_CONFIG_HOME", config + "/not-the-managers");
        m_monitor->start();
        qputenv("XDG_CONFIG_HOME", config);
        // Then both are found where the manager looks, built from their files
        QVERIFY(synced.wait(15000));
        QCOMPARE(m_store->names(), QStringList({ u"path-a"_s, u"path-b"_s }));
        QCOMPARE(m_monitor->builtFromFiles(), 2);
        QCOMPARE(state(u"path-a"_s), GuestState::Inactive);
    }

    void startCrashStopAreFollowed()
    {
        CHARON_REQUIRE_SYSTEMD();
        m_units->writeUnit(u"life"_s, m_units->sleeper(), m_units->config(u"life"_s));
        m_units->writeUnit(u"crash"_s, m_units->crasher(), m_units->config(u"crash"_s));
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QVERIFY(startMonitor());
        QCOMPARE(state(u"life"_s), GuestState::Inactive);
        QVERIFY(!guest(u"life"_s)->startedAt.isValid());

        // When started: ACTIVE with a start date
        QVERIFY(run(m_client->startUnit(GuestUnitFixture::unitName(u"life"_s))));
        QTRY_COMPARE(state(u"life"_s), GuestState::Active);
        QTRY_VERIFY(guest(u"life"_s)->startedAt.isValid());
        QVERIFY(qAbs(guest(u"life"_s)->startedAt.secsTo(QDateTime::currentDateTime())) < 30);

        // When the emulator crashes with SIGSEGV: FAILED / FAILURE, and the reason says so
        QVERIFY(run(m_client->startUnit(GuestUnitFixture::unitName(u"crash"_s))));
        QTRY_COMPARE_WITH_TIMEOUT(state(u"crash"_s), GuestState::Failed, 10000);
        QCOMPARE(reason(u"crash"_s), StopReason::Failure);
        QVERIFY2(describeResult(guest(u"crash"_s)->unitStatus).contains(u"signal SIGSEGV"_s),
            qPrintable(describeResult(guest(u"crash"_s)->unitStatus)));

        // When stopped by request: INACTIVE / REQUESTED with a stop date
        QVERIFY(run(m_client->stopUnit(GuestUnitFixture::unitName(u"life"_s))));
        QTRY_COMPARE(state(u"life"_s), GuestState::Inactive);
        QCOMPARE(reason(u"life"_s), StopReason::Requested);
        QTRY_VERIFY(guest(u"life"_s)->stoppedAt.isValid());
        QVERIFY(guest(u"life"_s)->stoppedAt >= guest(u"life"_s)->startedAt);
    }

    void runningJobIsShown()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given a guest whose start takes two seconds (a slow pre-start step)
        m_units->writeUnit(u"slow"_s, m_units->sleeper(), m_units->config(u"slow"_s),
            { u"ExecStartPre=/bin/sleep 2"_s });
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QVERIFY(startMonitor());
        // When started: the start job shows while it runs, then goes
        SystemdJob *job = m_client->startUnit(GuestUnitFixture::unitName(u"slow"_s));
        QTRY_COMPARE(guest(u"slow"_s)->jobInFlight, JobKind::Start);
        // (its state may follow the job by a signal: the system manager sends more of them)
        QTRY_COMPARE(state(u"slow"_s), GuestState::Activating);
        QVERIFY(run(job));
        QTRY_COMPARE(state(u"slow"_s), GuestState::Active);
        QTRY_COMPARE(guest(u"slow"_s)->jobInFlight, JobKind::None);
    }

    void enableAndDisableShowAsAutoBoot()
    {
        CHARON_REQUIRE_SYSTEMD();
        m_units->writeUnit(u"boot"_s, m_units->sleeper(), m_units->config(u"boot"_s));
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QVERIFY(startMonitor());
        QVERIFY(!guest(u"boot"_s)->autoBoot);
        QVERIFY(run(m_client->enableUnitFiles({ GuestUnitFixture::unitName(u"boot"_s) })));
        QTRY_VERIFY(guest(u"boot"_s)->autoBoot);
        QVERIFY(run(m_client->disableUnitFiles({ GuestUnitFixture::unitName(u"boot"_s) })));
        QTRY_VERIFY(!guest(u"boot"_s)->autoBoot);
    }

    void unitFilesAddedAndRemovedWithDaemonReload()
    {
        CHARON_REQUIRE_SYSTEMD();
        m_units->writeUnit(u"stay"_s, m_units->sleeper(), m_units->config(u"stay"_s));
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QVERIFY(startMonitor());
        QCOMPARE(m_store->names(), QStringList { u"stay"_s });
        QSignalSpy added(m_store.get(), &GuestStore::guestAdded);
        QSignalSpy removed(m_store.get(), &GuestStore::guestRemoved);

        // When a unit file is added and systemd reloads
        m_units->writeUnit(u"new"_s, m_units->sleeper(), m_units->config(u"new"_s));
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        // Then the guest is added, and nothing else moves
        QTRY_COMPARE(added.size(), 1);
        QCOMPARE(added.at(0).at(1).toString(), u"new"_s);
        QCOMPARE(removed.size(), 0);

        // When its file is removed and systemd reloads
        m_units->removeUnit(u"new"_s);
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QTRY_COMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toString(), u"new"_s);
        QCOMPARE(m_store->names(), QStringList { u"stay"_s });
        QVERIFY(m_store->isConnected());
    }

    void tenGuestsStartInParallel()
    {
        CHARON_REQUIRE_SYSTEMD();
        const QString emu = m_units->sleeper();
        QStringList names;
        for (int i = 0; i < 10; ++i) {
            names.append(u"par-%1"_s.arg(i));
            m_units->writeUnit(names.last(), emu, m_units->config(names.last()));
        }
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QVERIFY(startMonitor());
        // When all ten are started at once (ten jobs in flight)
        QList<JobOutcome> outcomes;
        QList<SystemdJob *> jobs;
        for (const QString &n : std::as_const(names))
            jobs.append(m_client->startUnit(GuestUnitFixture::unitName(n)));
        int done = 0;
        for (SystemdJob *job : std::as_const(jobs))
            connect(job, &SystemdJob::finished, this, [&done](SystemdJob *j) {
                if (!j->isError())
                    ++done;
            });
        QTRY_COMPARE_WITH_TIMEOUT(done, 10, 20000);
        // Then every one of them shows ACTIVE
        for (const QString &n : std::as_const(names))
            QTRY_COMPARE(state(n), GuestState::Active);
    }

    void filesReachTheStoreThroughThePipeline()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given a guest with a real PAR configuration and a pre-start script of the admin's
        const QString cfg
            = m_units->config(u"files"_s, sourceDir() + u"/tests/data/configs/hpux-rp4440.cfg"_s);
        const QString pre = m_units->script(u"pre-start.sh"_s, u"# prepare\necho ready\nexit 0"_s);
        m_units->writeUnit(u"files"_s, m_units->sleeper(), cfg,
            { u"ExecStartPre="_s + pre, u"OOMScoreAdjust=-1000"_s });
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QVERIFY(startMonitor());
        // When the pipeline follows the same store (as GuestSession wires it)
        GuestPipeline::Options options;
        options.parts = GuestPipeline::Part::Files;
        GuestPipeline pipeline(m_store.get(), options);
        // Then the store gets the parsed config and the script's first lines
        QCOMPARE(guest(u"files"_s)->preStartScript, pre);
        QVERIFY(guest(u"files"_s)->oomProtected);
        QTRY_COMPARE(guest(u"files"_s)->preStartScriptHead,
            QStringList({ u"#!/bin/sh"_s, u"# prepare"_s, u"echo ready"_s }));
        QTRY_COMPARE(guest(u"files"_s)->config.model, u"rp4440"_s);
        QCOMPARE(guest(u"files"_s)->config.filePath, cfg);
    }

    void managerReexecIsSurvivedWithAResync()
    {
        CHARON_REQUIRE_SYSTEMD();
        const QString emu = m_units->sleeper();
        m_units->writeUnit(u"up"_s, emu, m_units->config(u"up"_s));
        m_units->writeUnit(u"down"_s, emu, m_units->config(u"down"_s));
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QVERIFY(startMonitor());
        QVERIFY(run(m_client->startUnit(GuestUnitFixture::unitName(u"up"_s))));
        QTRY_COMPARE(state(u"up"_s), GuestState::Active);
        QSignalSpy connection(m_store.get(), &GuestStore::connectionChanged);
        QSignalSpy synced(m_monitor.get(), &GuestMonitor::synced);

        // When the manager re-executes itself while we watch
        QCOMPARE(systemctl({ u"daemon-reexec"_s }), 0);
        // Then the store is marked disconnected, then connected again after a resync
        QTRY_VERIFY_WITH_TIMEOUT(connection.size() >= 2, 15000);
        QCOMPARE(connection.at(0).at(0).toBool(), false);
        QVERIFY(!connection.at(0).at(1).toString().isEmpty());
        QCOMPARE(connection.last().at(0).toBool(), true);
        QVERIFY(synced.size() >= 1);
        QCOMPARE(m_monitor->resyncCount(), 2);
        // And the states are right and still followed
        QCOMPARE(state(u"up"_s), GuestState::Active);
        QCOMPARE(state(u"down"_s), GuestState::Inactive);
        QVERIFY(run(m_client->startUnit(GuestUnitFixture::unitName(u"down"_s))));
        QTRY_COMPARE_WITH_TIMEOUT(state(u"down"_s), GuestState::Active, 15000);
    }

    void changesDuringAnOutageAreFoundByTheResync()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given a watched, running guest
        const QString unit = GuestUnitFixture::unitName(u"outage"_s);
        m_units->writeUnit(u"outage"_s, m_units->sleeper(), m_units->config(u"outage"_s));
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QVERIFY(startMonitor());
        QVERIFY(run(m_client->startUnit(unit)));
        QTRY_COMPARE(state(u"outage"_s), GuestState::Active);
        // The processes to kill, read while the bus is up. Nothing asks the manager during the
        // outage: while the killed bus is reactivated the manager can stall past systemctl's
        // time (a `systemctl start` there timed out under load), and `systemctl kill` may ask
        // over the very bus it kills. kill(1) on the MainPIDs needs neither.
        const QString bus = unitProperty(u"dbus.service"_s, u"MainPID"_s);
        const QString guest = unitProperty(unit, u"MainPID"_s);
        QVERIFY2(bus.toInt() > 0, qPrintable(u"dbus.service has no main process: "_s + bus));
        QVERIFY2(guest.toInt() > 0, qPrintable(u"the guest has no main process: "_s + guest));
        QSignalSpy connection(m_store.get(), &GuestStore::connectionChanged);
        // When the bus dies and the guest dies while no signal can reach us (the manager sees
        // the guest's death at once; we reconnect, and so reactivate the bus, only later)
        QString out;
        QVERIFY2(charon::test::run(u"kill"_s, { u"-KILL"_s, bus }, &out) == 0, qPrintable(out));
        QTRY_VERIFY(!m_store->isConnected());
        QVERIFY2(charon::test::run(u"kill"_s, { u"-KILL"_s, guest }, &out) == 0, qPrintable(out));
        // Then the connection comes back by itself (socket activation restarts the bus), and
        // the resync finds the guest failed
        QTRY_VERIFY_WITH_TIMEOUT(m_store->isConnected(), 30000);
        QCOMPARE(state(u"outage"_s), GuestState::Failed);
        QCOMPARE(connection.first().at(0).toBool(), false);
        // And signals flow again
        QVERIFY(run(m_client->startUnit(unit)));
        QTRY_COMPARE(state(u"outage"_s), GuestState::Active);
    }

    void forcedResyncTakesTheSlowPath()
    {
        CHARON_REQUIRE_SYSTEMD();
        m_units->writeUnit(u"forced"_s, m_units->sleeper(), m_units->config(u"forced"_s));
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QVERIFY(startMonitor());
        // With the test switch on, a daemon-reload goes through the disconnect/resync path
        m_monitor->setAlwaysResync(true);
        QSignalSpy connection(m_store.get(), &GuestStore::connectionChanged);
        QSignalSpy removed(m_store.get(), &GuestStore::guestRemoved);
        QSignalSpy added(m_store.get(), &GuestStore::guestAdded);
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QTRY_COMPARE(connection.size(), 2);
        QCOMPARE(connection.at(0).at(0).toBool(), false);
        QCOMPARE(connection.at(1).at(0).toBool(), true);
        QCOMPARE(m_monitor->resyncCount(), 2);
        // A resync is not a reset: the unchanged guest was neither removed nor added again
        QCOMPARE(removed.size(), 0);
        QCOMPARE(added.size(), 0);
        QCOMPARE(state(u"forced"_s), GuestState::Inactive);
    }

    void idleMonitorSendsNothing()
    {
        CHARON_REQUIRE_SYSTEMD();
        const QString emu = m_units->sleeper();
        for (int i = 0; i < 5; ++i)
            m_units->writeUnit(u"idle-%1"_s.arg(i), emu, m_units->config(u"idle-%1"_s.arg(i)));
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QCOMPARE(systemctl({ u"start"_s, GuestUnitFixture::unitName(u"idle-0"_s) }), 0);
        QVERIFY(startMonitor());
        // Given the echo of the initial load is over (systemd unloading the units we looked at)
        QVERIFY(waitForLoadEcho(GuestUnitFixture::unitName(u"idle-*"_s), 1));
        // When nothing happens for three seconds (not synchronisation: the window watched)
        const quint64 before = m_connection->sentMessageCount();
        QTest::qWait(3000);
        // Then not one message was sent
        QCOMPARE(m_connection->sentMessageCount(), before);
        QVERIFY(m_store->isConnected());
    }

    void idleMonitorIsSilentOnTheBus()
    {
        CHARON_REQUIRE_SYSTEMD();
        // The same, seen from the bus itself (counts what bypasses our counter too)
        m_units->writeUnit(u"quiet"_s, m_units->sleeper(), m_units->config(u"quiet"_s));
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QCOMPARE(systemctl({ u"start"_s, GuestUnitFixture::unitName(u"quiet"_s) }), 0);
        QProcess monitor;
        monitor.setProcessChannelMode(QProcess::MergedChannels);
        // Line-buffered: busctl's stdout is a pipe here.
        monitor.start(
            u"stdbuf"_s, { u"-oL"_s, u"busctl"_s, scopeFlag(), u"monitor"_s, u"--json=short"_s });
        QVERIFY(monitor.waitForStarted());
        QByteArray seen;
        auto fromUs = [&seen, this](const QByteArray &member) {
            const QByteArray sender
                = "\"sender\":\"" + m_connection->bus().baseService().toUtf8() + '"';
            int n = 0;
            for (const QByteArray &line : seen.split('\n')) {
                if (line.contains(sender) && (member.isEmpty() || line.contains(member)))
                    ++n;
            }
            return n;
        };
        QTRY_VERIFY((seen += monitor.readAllStandardOutput()).contains("Monitoring"));
        QVERIFY(startMonitor());
        // Given the bus monitor sees what we send
        SystemdJob *probe = m_client->unitFileState(GuestUnitFixture::unitName(u"quiet"_s));
        QVERIFY(awaitJob(probe).finished);
        QTRY_VERIFY((seen += monitor.readAllStandardOutput(), fromUs("GetUnitFileState") >= 1));
        // busctl prints in bus order: once it shows our n-th ping, it has shown everything we
        // sent before it. Pings are ours, outside the monitor: they are not counted.
        int pings = 0;
        auto printedUpToNow = [&] {
            if (!pingManager())
                return false;
            ++pings;
            return QTest::qWaitFor(
                [&] {
                    return (seen += monitor.readAllStandardOutput(), fromUs("\"Ping\"") >= pings);
                },
                10000);
        };
        QVERIFY(waitForLoadEcho(GuestUnitFixture::unitName(u"quiet"_s), 1));
        QVERIFY(printedUpToNow());
        const int before = fromUs({}) - fromUs("\"Ping\"");
        // When idle for three seconds (not synchronisation: the window watched)
        QTest::qWait(3000);
        QVERIFY(printedUpToNow());
        monitor.terminate();
        monitor.waitForFinished();
        // Then the bus carried nothing from us
        QCOMPARE(fromUs({}) - fromUs("\"Ping\""), before);
    }
};

CHARON_TEST_GUILESS_MAIN(TestGuestMonitor)
#include "tst_guestmonitor.moc"
