// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// SystemdClient against the suite's REAL private systemd --user manager: listing, properties,
// start/stop/restart/kill with job tracking, enable/disable, and error messages that name the
// guest and the cause.

#include "core/systemd/guestbuilder.h"
#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdconnection.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testmain.h"
#include "tests/harness/testscope.h"
#include "tests/integration/awaitjob.h"
#include "tests/integration/guestunitfixture.h"

#include <QDBusConnection>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;
using namespace charon::test;

namespace {
QStringList unitNames(const QList<GuestUnitEntry> &entries, const QString &prefix)
{
    QStringList names;
    for (const GuestUnitEntry &e : entries) {
        if (e.unit.startsWith(u"charon-guest-"_s + prefix))
            names.append(e.unit);
    }
    return names;
}
} // namespace

class TestSystemdClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<SystemdConnection> m_connection;
    std::unique_ptr<SystemdClient> m_client;

    SystemdClient *client() { return m_client.get(); }
    QString activeState(const QString &unit)
    {
        return awaitJob(client()->fetchProperties(unit))
            .properties.unit.value(u"ActiveState"_s)
            .toString();
    }

private Q_SLOTS:
    void init()
    {
        if (!harnessSkipReason().isEmpty())
            return;
        m_connection = std::make_unique<SystemdConnection>(testConnectionScope());
        m_client = std::make_unique<SystemdClient>(m_connection.get());
        QTRY_VERIFY(m_connection->isManagerPresent());
    }
    void cleanup()
    {
        m_client.reset();
        m_connection.reset();
    }

    void listFindsGuestsInOneRoundTrip()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given three guest unit files and one unrelated unit
        GuestUnitFixture units;
        const QString emu = units.sleeper();
        for (const QString &g : { u"list-a"_s, u"list-b"_s, u"list-c"_s })
            units.writeUnit(g, emu, units.config(g));
        QVERIFY(awaitJob(client()->reload()).finished);
        // When the client lists the guests
        const quint64 before = m_connection->sentMessageCount();
        const JobOutcome list = awaitJob(client()->listGuestUnits());
        // Then it took two messages and found exactly the three, inactive and disabled
        QVERIFY2(!list.error.isError(), qPrintable(list.error.message));
        QCOMPARE(m_connection->sentMessageCount() - before, quint64(2));
        QCOMPARE(unitNames(list.units, u"list-"_s),
            QStringList({ u"charon-guest-list-a.service"_s, u"charon-guest-list-b.service"_s,
                u"charon-guest-list-c.service"_s }));
        for (const GuestUnitEntry &e : list.units) {
            if (!e.unit.startsWith(u"charon-guest-list-"_s))
                continue;
            QCOMPARE(e.unitFileState, u"disabled"_s);
            QVERIFY(e.unitFilePath.startsWith(userUnitDir()));
        }
    }

    void propertiesDescribeTheCommandLine()
    {
        CHARON_REQUIRE_SYSTEMD();
        GuestUnitFixture units;
        const QString emu = units.sleeper();
        const QString cfg = units.config(u"props"_s);
        units.writeUnit(u"props"_s, emu, cfg, { u"TimeoutStartSec=42"_s, u"Restart=on-failure"_s });
        QVERIFY(awaitJob(client()->reload()).finished);
        // When its properties are read
        const JobOutcome got = awaitJob(client()->fetchProperties(units.unitName(u"props"_s)));
        QVERIFY2(!got.error.isError(), qPrintable(got.error.message));
        // Then only the used ones are kept and the guest is built from them
        QVERIFY(got.properties.service.size() <= 11);
        const Guest guest = GuestBuilder::build(units.unitName(u"props"_s), got.properties);
        QCOMPARE(guest.name, u"props"_s);
        QCOMPARE(guest.emulator, emu);
        QCOMPARE(guest.configPath, cfg);
        QCOMPARE(guest.profileId, u"par"_s);
        QCOMPARE(guest.workDir, units.dir());
        QCOMPARE(guest.startTimeoutSec, 42);
        QCOMPARE(guest.stopTimeoutSec, 5);
        QVERIFY(guest.autoRestart);
        QCOMPARE(guest.derived.state, GuestState::Inactive);
    }

    void startRestartStopFollowTheJob()
    {
        CHARON_REQUIRE_SYSTEMD();
        GuestUnitFixture units;
        units.writeUnit(u"cycle"_s, units.sleeper(), units.config(u"cycle"_s));
        QVERIFY(awaitJob(client()->reload()).finished);
        const QString unit = units.unitName(u"cycle"_s);

        // When started: the job ends "done" and the unit is active
        JobOutcome start = awaitJob(client()->startUnit(unit));
        QVERIFY2(!start.error.isError(), qPrintable(start.error.message));
        QCOMPARE(start.jobResult, u"done"_s);
        QCOMPARE(activeState(unit), u"active"_s);
        const QString pid = unitProperty(unit, u"MainPID"_s);

        // When restarted: a new main process
        JobOutcome restart = awaitJob(client()->restartUnit(unit));
        QVERIFY2(!restart.error.isError(), qPrintable(restart.error.message));
        QCOMPARE(restart.jobResult, u"done"_s);
        QVERIFY(unitProperty(unit, u"MainPID"_s) != pid);

        // When stopped: inactive
        JobOutcome stop = awaitJob(client()->stopUnit(unit));
        QVERIFY2(!stop.error.isError(), qPrintable(stop.error.message));
        QCOMPARE(stop.jobResult, u"done"_s);
        QCOMPARE(activeState(unit), u"inactive"_s);
    }

    void missingEmulatorFailureNamesTheGuest()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given a guest whose emulator does not exist
        GuestUnitFixture units;
        units.writeUnit(
            u"hpux-prod"_s, units.dir() + u"/no-such-emulator"_s, units.config(u"hpux-prod"_s));
        QVERIFY(awaitJob(client()->reload()).finished);
        // When it is started
        const JobOutcome start = awaitJob(client()->startUnit(units.unitName(u"hpux-prod"_s)));
        // Then the job fails with a sentence naming the guest and systemd's exec failure
        QCOMPARE(start.error.category, SystemdError::Category::JobFailed);
        QCOMPARE(start.jobResult, u"failed"_s);
        QVERIFY2(start.error.message.startsWith(u"Starting hpux-prod failed: "_s),
            qPrintable(start.error.message));
        QVERIFY2(start.error.message.contains(u"203/EXEC"_s), qPrintable(start.error.message));
    }

    void unknownGuestIsNotFound()
    {
        CHARON_REQUIRE_SYSTEMD();
        const JobOutcome start = awaitJob(client()->startUnit(u"charon-guest-ghost.service"_s));
        QCOMPARE(start.error.category, SystemdError::Category::NotFound);
        QVERIFY2(start.error.message.contains(u"ghost"_s), qPrintable(start.error.message));
        QVERIFY(start.error.details.contains(u"NoSuchUnit"_s));
    }

    void killEndsTheEmulatorWithSigkill()
    {
        CHARON_REQUIRE_SYSTEMD();
        GuestUnitFixture units;
        units.writeUnit(u"kill"_s, units.sleeper(), units.config(u"kill"_s));
        QVERIFY(awaitJob(client()->reload()).finished);
        const QString unit = units.unitName(u"kill"_s);
        QVERIFY(!awaitJob(client()->startUnit(unit)).error.isError());
        // When killed
        const JobOutcome kill = awaitJob(client()->killUnit(unit));
        QVERIFY2(!kill.error.isError(), qPrintable(kill.error.message));
        // Then systemd saw the emulator die of SIGKILL: a failure, not a requested stop
        QTRY_COMPARE(unitProperty(unit, u"ActiveState"_s), u"failed"_s);
        const JobOutcome props = awaitJob(client()->fetchProperties(unit));
        QCOMPARE(describeResult(GuestBuilder::unitStatus(props.properties)),
            u"the emulator was killed by signal SIGKILL"_s);
    }

    void enableAndDisableChangeAutoBoot()
    {
        CHARON_REQUIRE_SYSTEMD();
        GuestUnitFixture units;
        units.writeUnit(u"boot"_s, units.sleeper(), units.config(u"boot"_s));
        QVERIFY(awaitJob(client()->reload()).finished);
        const QString unit = units.unitName(u"boot"_s);
        auto fileState = [&] {
            return awaitJob(client()->fetchProperties(unit))
                .properties.unit.value(u"UnitFileState"_s)
                .toString();
        };
        QCOMPARE(fileState(), u"disabled"_s);
        // When enabled: a symlink is made and, after the reload the job includes, seen
        const JobOutcome enable = awaitJob(client()->enableUnitFiles({ unit }));
        QVERIFY2(!enable.error.isError(), qPrintable(enable.error.message));
        QCOMPARE(fileState(), u"enabled"_s);
        // When disabled again
        const JobOutcome disable = awaitJob(client()->disableUnitFiles({ unit }));
        QVERIFY2(!disable.error.isError(), qPrintable(disable.error.message));
        QCOMPARE(fileState(), u"disabled"_s);
    }

    void unitFileStateTellsWhetherTheFileExists()
    {
        CHARON_REQUIRE_SYSTEMD();
        GuestUnitFixture units;
        units.writeUnit(u"filestate"_s, units.sleeper(), units.config(u"filestate"_s));
        const JobOutcome present
            = awaitJob(client()->unitFileState(units.unitName(u"filestate"_s)));
        QVERIFY(!present.error.isError());
        QCOMPARE(present.arguments.value(0).toString(), u"disabled"_s);
        const JobOutcome absent = awaitJob(client()->unitFileState(u"charon-guest-none.service"_s));
        QCOMPARE(absent.error.category, SystemdError::Category::NotFound);
    }

    void subscribeTwiceIsFine()
    {
        CHARON_REQUIRE_SYSTEMD();
        QVERIFY(!awaitJob(client()->subscribe()).error.isError());
        QVERIFY(!awaitJob(client()->subscribe()).error.isError());
    }

    void userScopeFindsTheBusWithoutASessionAddress()
    {
        CHARON_REQUIRE_SYSTEMD();
        if (systemScope())
            QSKIP("about the user bus's address; the system-scope run has no user manager");
        // Given no session bus address (su, ssh, cron), only XDG_RUNTIME_DIR
        const QByteArray saved = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        SystemdConnection user(SystemdConnection::Scope::User);
        qputenv("DBUS_SESSION_BUS_ADDRESS", saved);
        // Then the user manager is still reached, like systemctl --user does
        QVERIFY(user.isBusConnected());
        QTRY_VERIFY(user.isManagerPresent());
        SystemdClient userClient(&user);
        QVERIFY(!awaitJob(userClient.listGuestUnits()).error.isError());
    }

    void givenConnectionIsUsedAsIs()
    {
        CHARON_REQUIRE_SYSTEMD();
        QDBusConnection bus = QDBusConnection::connectToBus(
            systemScope() ? QDBusConnection::SystemBus : QDBusConnection::SessionBus,
            u"tst-given"_s);
        {
            SystemdConnection given(bus);
            QTRY_VERIFY(given.isManagerPresent());
            SystemdClient givenClient(&given);
            const quint64 before = given.sentMessageCount();
            QVERIFY(!awaitJob(givenClient.subscribe()).error.isError());
            QCOMPARE(given.sentMessageCount(), before + 1);
        }
        // The caller's connection stays open after the SystemdConnection is gone
        QVERIFY(bus.isConnected());
        QDBusConnection::disconnectFromBus(u"tst-given"_s);
    }

    void remoteBridgeReachesTheSameManager()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given the manager reached the way `systemctl -H` does it, through
        // systemd-stdio-bridge on a unixexec: transport (no ssh needed to test the path)
        GuestUnitFixture units;
        units.writeUnit(u"remote"_s, units.sleeper(), units.config(u"remote"_s));
        QVERIFY(awaitJob(client()->reload()).finished);
        const QString bus = qEnvironmentVariable("XDG_RUNTIME_DIR") + u"/bus"_s;
        // (the system manager: the bridge's default bus, as on a remote host)
        const QString address = systemScope()
            ? u"unixexec:path=/usr/bin/systemd-stdio-bridge"_s
            : u"unixexec:path=/usr/bin/systemd-stdio-bridge,argv1=-p,argv2=unix%3apath%3d"_s + bus;
        SystemdConnection remote(address);
        QVERIFY(!remote.isLocal());
        QTRY_VERIFY(remote.isManagerPresent());
        SystemdClient remoteClient(&remote);
        // Then the listing sees the guest
        const JobOutcome list = awaitJob(remoteClient.listGuestUnits());
        QVERIFY2(!list.error.isError(), qPrintable(list.error.message));
        QCOMPARE(unitNames(list.units, u"remote"_s), QStringList { units.unitName(u"remote"_s) });
    }
};

CHARON_TEST_GUILESS_MAIN(TestSystemdClient)
#include "tst_systemdclient.moc"
