// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// GuestUnitScan finds and reads guest unit files without asking systemd; GuestMonitor builds a
// guest systemd does not hold in memory from them. The truth is systemd itself: for units in
// different directories of the search path, shadowed ones, with drop-ins at every level,
// masked and enabled ones, the guest built from the scan must equal the guest built from what
// the real manager reports once it loads the same unit (GetAll, which loads it).

#include "core/guests/guestmonitor.h"
#include "core/systemd/guestbuilder.h"
#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdconnection.h"
#include "core/units/guestunitscan.h"
#include "tests/harness/testmain.h"
#include "tests/integration/awaitjob.h"
#include "tests/integration/guestunitfixture.h"

#include <QDBusConnection>
#include <QDBusReply>
#include <QDBusVariant>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;
using namespace charon::test;

class TestGuestUnitScanSystemd : public QObject
{
    Q_OBJECT

    QStringList m_written; // files and directories to remove

    static QStringList managerUnitPath()
    {
        QDBusMessage get = SystemdConnection::propertyGet(
            SystemdConnection::ManagerPath, SystemdConnection::ManagerInterface, u"UnitPath"_s);
        const QDBusMessage reply = QDBusConnection::sessionBus().call(get);
        return reply.arguments().value(0).value<QDBusVariant>().variant().toStringList();
    }
    bool write(const QString &path, const QString &text)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(text.toUtf8());
        m_written << path;
        return true;
    }

private Q_SLOTS:
    void cleanup()
    {
        for (const QString &path : std::as_const(m_written))
            QFile::remove(path);
        m_written.clear();
    }

    void dropInDirectoriesAreSystemds()
    {
        QCOMPARE(GuestUnitScan::dropInDirectoryNames(u"charon-guest-a-b.service"_s),
            QStringList({ u"service.d"_s, u"charon-.service.d"_s, u"charon-guest-.service.d"_s,
                u"charon-guest-a-.service.d"_s, u"charon-guest-a-b.service.d"_s }));
    }

    void guestsBuiltFromFilesEqualWhatSystemdLoads()
    {
        CHARON_REQUIRE_SYSTEMD();
        GuestUnitFixture units;
        const QStringList path = managerUnitPath();
        const QString config = userUnitDir();
        const QString data = qEnvironmentVariable("XDG_DATA_HOME") + u"/systemd/user"_s;
        QVERIFY2(path.contains(config) && path.contains(data), qPrintable(path.join(u' ')));
        QVERIFY(path.indexOf(config) < path.indexOf(data));
        const QString emu = units.sleeper();

        // A plain guest; one with the manager's drop-in and an administrator's, elsewhere in
        // the path and shadowing each other; one only in another directory of the path (with a
        // pre-start step and a working directory allowed to be missing); one shadowed by a
        // file of the same name higher up; one masked; one enabled.
        units.writeUnit(u"sc-plain"_s, emu, units.config(u"sc-plain"_s));
        units.writeUnit(u"sc-drop"_s, emu, units.config(u"sc-drop"_s));
        const QString ours
            = GuestUnitFixture::unitPath(u"sc-drop"_s) + u".d/50-charon-manager.conf"_s;
        QVERIFY(write(ours,
            u"[Service]\nTimeoutStartSec=2min\nTimeoutStopSec=7\nOOMScoreAdjust=-1000\n"
            "Restart=on-failure\n"_s));
        // Same file name below: shadowed by ours.
        QVERIFY(write(data + u"/charon-guest-sc-drop.service.d/50-charon-manager.conf"_s,
            u"[Service]\nTimeoutStopSec=99\n"_s));
        QVERIFY(write(data + u"/charon-guest-sc-drop.service.d/60-admin.conf"_s,
            u"[Service]\nRestart=always\n"_s));
        QVERIFY(write(data + u"/charon-guest-.service.d/10-all-guests.conf"_s,
            u"[Service]\nTimeoutStartSec=infinity\n"_s));
        const QString elsewhere = data + u"/charon-guest-sc-else.service"_s;
        QVERIFY(write(elsewhere,
            u"[Unit]\nDescription=elsewhere\n[Service]\nType=exec\nExecStartPre=-/bin/true pre\n"
            "ExecStart=%1 -x %2\nWorkingDirectory=-/nonexistent/dir\n"_s.arg(
                emu, units.config(u"sc-else"_s))));
        units.writeUnit(u"sc-shadow"_s, emu, units.config(u"sc-shadow"_s));
        QVERIFY(write(data + u"/charon-guest-sc-shadow.service"_s,
            u"[Service]\nExecStart=/bin/false -x /nowhere.cfg\n"_s));
        QVERIFY(write(data + u"/charon-guest-sc-masked.service"_s,
            u"[Service]\nExecStart=%1 -x /x.cfg\n[Install]\nWantedBy=default.target\n"_s.arg(emu)));
        units.writeUnit(u"sc-on"_s, emu, units.config(u"sc-on"_s));
        // A '$' in the configuration path: written doubled, reported doubled, run halved
        units.writeUnit(u"sc-dollar"_s, emu, units.dir() + u"/price$$list.cfg"_s);
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QCOMPARE(systemctl({ u"mask"_s, u"charon-guest-sc-masked.service"_s }), 0);
        QCOMPARE(systemctl({ u"enable"_s, GuestUnitFixture::unitName(u"sc-on"_s) }), 0);

        const QStringList guests { u"sc-plain"_s, u"sc-drop"_s, u"sc-else"_s, u"sc-shadow"_s,
            u"sc-masked"_s, u"sc-on"_s, u"sc-dollar"_s };
        const QList<ScannedGuestUnit> scanned
            = GuestUnitScan::scan(path, UnitEnablement(UnitScope::User));
        QHash<QString, ScannedGuestUnit> byUnit;
        for (const ScannedGuestUnit &s : scanned)
            byUnit.insert(s.unit, s);

        SystemdConnection connection(SystemdConnection::Scope::User);
        SystemdClient client(&connection);
        QTRY_VERIFY(connection.isManagerPresent());
        for (const QString &name : guests) {
            const QString unit = GuestUnitFixture::unitName(name);
            QVERIFY2(byUnit.contains(unit), qPrintable(unit));
            // A mask is found, but the monitor reads it from systemd (which, for one, says it
            // needs a daemon-reload when drop-ins exist beside it).
            if (byUnit.value(unit).masked)
                continue;
            const ScannedGuestUnit s = byUnit.value(unit);
            // systemd's view: reading the properties loads the unit
            const JobOutcome read = awaitJob(client.fetchProperties(unit));
            QVERIFY(read.finished);
            QVERIFY2(!read.error.isError(), qPrintable(read.error.message));
            const Guest truth = GuestBuilder::build(unit, read.properties, Guest {});
            const Guest ours
                = GuestBuilder::build(unit, GuestMonitor::propertiesFromFiles(s), Guest {});
            const auto what = [&](const char *field) {
                return (unit + u' ' + QLatin1StringView(field)).toUtf8();
            };
            QVERIFY2(ours.unitStatus == truth.unitStatus,
                qPrintable(unit + u": "_s + ours.unitStatus.loadState + u'/'
                    + ours.unitStatus.unitFileState + u'/'
                    + QString::number(ours.unitStatus.stateChangeUs) + u" vs systemd "_s
                    + truth.unitStatus.loadState + u'/' + truth.unitStatus.unitFileState + u'/'
                    + QString::number(truth.unitStatus.stateChangeUs)));
            QVERIFY2(ours.derived == truth.derived, what("derived").constData());
            QVERIFY2(ours.emulator == truth.emulator,
                qPrintable(ours.emulator + u" vs "_s + truth.emulator));
            QVERIFY2(ours.configPath == truth.configPath, what("configPath").constData());
            QVERIFY2(ours.profileId == truth.profileId, what("profileId").constData());
            QVERIFY2(
                ours.preStartScript == truth.preStartScript, what("preStartScript").constData());
            QVERIFY2(ours.workDir == truth.workDir,
                qPrintable(ours.workDir + u" vs "_s + truth.workDir));
            QVERIFY2(ours.unitFiles == truth.unitFiles,
                qPrintable(ours.unitFiles.join(u',') + u" vs "_s + truth.unitFiles.join(u',')));
            QVERIFY2(ours.unitFilesChanged == truth.unitFilesChanged,
                what("unitFilesChanged").constData());
            QVERIFY2(ours.startTimeoutSec == truth.startTimeoutSec,
                qPrintable(u"%1 vs %2"_s.arg(ours.startTimeoutSec).arg(truth.startTimeoutSec)));
            QVERIFY2(ours.stopTimeoutSec == truth.stopTimeoutSec,
                qPrintable(u"%1 vs %2"_s.arg(ours.stopTimeoutSec).arg(truth.stopTimeoutSec)));
            QVERIFY2(ours.oomProtected == truth.oomProtected, what("oomProtected").constData());
            QVERIFY2(ours.autoRestart == truth.autoRestart, what("autoRestart").constData());
            QVERIFY2(ours.autoBoot == truth.autoBoot, what("autoBoot").constData());
            QVERIFY2(ours.startedAt == truth.startedAt && ours.stoppedAt == truth.stoppedAt,
                what("timestamps").constData());
        }
        // The cases differ where they should
        const auto built = [&](const QString &name) {
            const QString unit = GuestUnitFixture::unitName(name);
            return GuestBuilder::build(
                unit, GuestMonitor::propertiesFromFiles(byUnit.value(unit)), Guest {});
        };
        QCOMPARE(built(u"sc-drop"_s).stopTimeoutSec, 7);
        QCOMPARE(built(u"sc-drop"_s).startTimeoutSec, 120);
        QCOMPARE(built(u"sc-plain"_s).startTimeoutSec, 0); // the prefix drop-in: infinity
        QCOMPARE(built(u"sc-else"_s).unitFiles.value(0), elsewhere);
        QCOMPARE(built(u"sc-shadow"_s).emulator, emu);
        QVERIFY(byUnit.value(u"charon-guest-sc-masked.service"_s).masked);
        QVERIFY(built(u"sc-on"_s).autoBoot);
        QCOMPARE(built(u"sc-dollar"_s).configPath, units.dir() + u"/price$list.cfg"_s);

        QCOMPARE(systemctl({ u"unmask"_s, u"charon-guest-sc-masked.service"_s }), 0);
        QCOMPARE(systemctl({ u"stop"_s, u"charon-guest-sc-else.service"_s }), 0);
        cleanup();
        QDir(data + u"/charon-guest-sc-drop.service.d"_s).removeRecursively();
        QDir(data + u"/charon-guest-.service.d"_s).removeRecursively();
        QDir(GuestUnitFixture::unitPath(u"sc-drop"_s) + u".d"_s).removeRecursively();
    }
};

CHARON_TEST_GUILESS_MAIN(TestGuestUnitScanSystemd)
#include "tst_guestunitscan_systemd.moc"
