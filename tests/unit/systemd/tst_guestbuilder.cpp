// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// GuestBuilder and UnitPropertyCodec: from a unit's D-Bus properties (hand-made here; the
// integration suites feed real ones) to the systemd part of a Guest.

#include "core/systemd/guestbuilder.h"
#include "core/systemd/systemdconnection.h"
#include "tests/harness/testmain.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace {
QVariant commands(const QList<ExecCommand> &list)
{
    return QVariant::fromValue(list);
}
ExecCommand command(const QStringList &argv)
{
    return { argv.value(0), argv };
}

// A running Charon-PAR guest as systemd describes it.
UnitProperties runningPar()
{
    UnitProperties p;
    p.unit = { { u"LoadState"_s, u"loaded"_s }, { u"ActiveState"_s, u"active"_s },
        { u"SubState"_s, u"running"_s }, { u"UnitFileState"_s, u"enabled"_s },
        { u"ActiveEnterTimestamp"_s, quint64(1700000000123456) },
        { u"InactiveEnterTimestamp"_s, quint64(0) },
        { u"StateChangeTimestamp"_s, quint64(1700000000123456) },
        { u"Job"_s, QVariant::fromValue(JobRef { 0, u"/"_s }) } };
    p.service = { { u"ExecStart"_s,
                      commands({ command(
                          { u"/opt/charon/bin/pa9-64"_s, u"-x"_s, u"/charon/hpux.cfg"_s }) }) },
        { u"ExecStartPre"_s,
            commands({ command({ u"/usr/bin/charon-vm"_s, u"prepare"_s, u"hpux-prod"_s }),
                command({ u"/charon/scripts/pre.sh"_s }) }) },
        { u"WorkingDirectory"_s, u"/charon/hpux-prod"_s },
        { u"TimeoutStartUSec"_s, quint64(90000000) }, { u"TimeoutStopUSec"_s, quint64(600000000) },
        { u"OOMScoreAdjust"_s, -1000 }, { u"Restart"_s, u"on-failure"_s }, { u"ExecMainCode"_s, 0 },
        { u"ExecMainStatus"_s, 0 }, { u"MainPID"_s, quint32(4242) },
        { u"Result"_s, u"success"_s } };
    return p;
}
} // namespace

class TestGuestBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsEveryField()
    {
        const Guest g = GuestBuilder::build(u"charon-guest-hpux-prod.service"_s, runningPar());
        QCOMPARE(g.name, u"hpux-prod"_s);
        QCOMPARE(g.unit, u"charon-guest-hpux-prod.service"_s);
        QCOMPARE(g.emulator, u"/opt/charon/bin/pa9-64"_s);
        QCOMPARE(g.profileId, u"par"_s);
        QCOMPARE(g.configPath, u"/charon/hpux.cfg"_s);
        QCOMPARE(g.workDir, u"/charon/hpux-prod"_s);
        QCOMPARE(g.derived.state, GuestState::Active);
        QCOMPARE(g.unitStatus.mainPid, 4242u);
        QCOMPARE(g.startedAt.toMSecsSinceEpoch(), qint64(1700000000123));
        QVERIFY(!g.stoppedAt.isValid()); // 0 = never
        QVERIFY(g.autoBoot);
        QCOMPARE(g.startTimeoutSec, 90);
        QCOMPARE(g.stopTimeoutSec, 600);
        QVERIFY(g.oomProtected);
        QVERIFY(g.autoRestart);
        // charon-vm's own pre-start step is not the admin's script
        QCOMPARE(g.preStartScript, u"/charon/scripts/pre.sh"_s);
    }

    void settingsVariants_data()
    {
        QTest::addColumn<QString>("property");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("disabled") << u"UnitFileState"_s << QVariant(u"disabled"_s) << u"autoBoot"_s
                                  << QVariant(false);
        QTest::newRow("enabled-runtime") << u"UnitFileState"_s << QVariant(u"enabled-runtime"_s)
                                         << u"autoBoot"_s << QVariant(true);
        QTest::newRow("static") << u"UnitFileState"_s << QVariant(u"static"_s) << u"autoBoot"_s
                                << QVariant(false);
        QTest::newRow("oom 0") << u"OOMScoreAdjust"_s << QVariant(0) << u"oomProtected"_s
                               << QVariant(false);
        QTest::newRow("oom -999") << u"OOMScoreAdjust"_s << QVariant(-999) << u"oomProtected"_s
                                  << QVariant(false);
        QTest::newRow("restart no")
            << u"Restart"_s << QVariant(u"no"_s) << u"autoRestart"_s << QVariant(false);
        QTest::newRow("restart always")
            << u"Restart"_s << QVariant(u"always"_s) << u"autoRestart"_s << QVariant(true);
        QTest::newRow("restart on-success")
            << u"Restart"_s << QVariant(u"on-success"_s) << u"autoRestart"_s << QVariant(false);
        QTest::newRow("timeout infinity")
            << u"TimeoutStartUSec"_s << QVariant(std::numeric_limits<quint64>::max())
            << u"startTimeoutSec"_s << QVariant(0);
        QTest::newRow("timeout rounds") << u"TimeoutStopUSec"_s << QVariant(quint64(1500000))
                                        << u"stopTimeoutSec"_s << QVariant(2);
    }
    void settingsVariants()
    {
        QFETCH(QString, property);
        QFETCH(QVariant, value);
        QFETCH(QString, field);
        QFETCH(QVariant, expected);
        UnitProperties p = runningPar();
        (p.unit.contains(property) ? p.unit : p.service).insert(property, value);
        const Guest g = GuestBuilder::build(u"charon-guest-x.service"_s, p);
        const QVariantMap actual { { u"autoBoot"_s, g.autoBoot },
            { u"oomProtected"_s, g.oomProtected }, { u"autoRestart"_s, g.autoRestart },
            { u"startTimeoutSec"_s, g.startTimeoutSec },
            { u"stopTimeoutSec"_s, g.stopTimeoutSec } };
        QCOMPARE(actual.value(field), expected);
    }

    void emulatorCommand_data()
    {
        QTest::addColumn<QStringList>("argv");
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("profile");
        QTest::newRow("par") << QStringList { u"/opt/charon/bin/pa3"_s, u"-x"_s, u"/c/mpe.cfg"_s }
                             << u"-x"_s << u"/c/mpe.cfg"_s << u"par"_s;
        QTest::newRow("axp by executable")
            << QStringList { u"/opt/charon/bin/es40"_s, u"-d"_s, u"/c/vms.cfg"_s } << u"-d"_s
            << u"/c/vms.cfg"_s << u"axp"_s;
        QTest::newRow("vax by executable")
            << QStringList { u"/opt/charon/bin/mv3k6"_s, u"-d"_s, u"/c/vax.cfg"_s } << u"-d"_s
            << u"/c/vax.cfg"_s << u"vax"_s;
        // -d alone does not tell AXP from VAX: left to the config parser's guess
        QTest::newRow("-d unknown executable")
            << QStringList { u"/tmp/emu"_s, u"-d"_s, u"/c/x.cfg"_s } << u"-d"_s << u"/c/x.cfg"_s
            << QString();
        QTest::newRow("options before flag")
            << QStringList { u"/opt/charon/bin/pa3"_s, u"-v"_s, u"-x"_s, u"/c/a.cfg"_s } << u"-x"_s
            << u"/c/a.cfg"_s << u"par"_s;
        QTest::newRow("no flag") << QStringList { u"/usr/bin/sleep"_s, u"100"_s } << QString()
                                 << QString() << QString();
        QTest::newRow("flag last") << QStringList { u"/opt/charon/bin/pa3"_s, u"-x"_s } << u"-x"_s
                                   << QString() << u"par"_s;
        // systemd reports arguments as written, "$$" still doubled: it halves them at exec time
        QTest::newRow("dollar in config path")
            << QStringList { u"/opt/charon/bin/pa3"_s, u"-x"_s, u"/c/$$HOME/a$$$$b.cfg"_s }
            << u"-x"_s << u"/c/$HOME/a$$b.cfg"_s << u"par"_s;
    }
    void emulatorCommand()
    {
        QFETCH(QStringList, argv);
        QFETCH(QString, flag);
        QFETCH(QString, config);
        QFETCH(QString, profile);
        const auto c = GuestBuilder::emulatorCommand({ command(argv) });
        QCOMPARE(c.emulator, argv.first());
        QCOMPARE(c.flag, flag);
        QCOMPARE(c.configPath, config);
        QCOMPARE(c.profileId, profile);
    }

    void keepsWhatSystemdDoesNotKnow()
    {
        // Given a guest whose config was parsed and whose script head was read
        Guest before = GuestBuilder::build(u"charon-guest-hpux-prod.service"_s, runningPar());
        before.config.model = u"rp4440"_s;
        before.preStartScriptHead = { u"#!/bin/sh"_s };
        before.licenseStatus = u"license ok"_s;
        before.isDefault = true;
        // When systemd reports a state change only
        UnitProperties p = runningPar();
        p.unit.insert(u"ActiveState"_s, u"deactivating"_s);
        const Guest after = GuestBuilder::build(before.unit, p, before);
        // Then only the state moved
        QCOMPARE(Guest::diff(before, after), Guest::Fields(Guest::Field::State));
        // When the unit now runs another config and script, what was read from the old is gone
        p.service.insert(u"ExecStart"_s,
            commands(
                { command({ u"/opt/charon/bin/pa9-64"_s, u"-x"_s, u"/charon/other.cfg"_s }) }));
        p.service.insert(u"ExecStartPre"_s, commands({}));
        const Guest moved = GuestBuilder::build(before.unit, p, before);
        QCOMPARE(moved.config, ConfigSummary());
        QVERIFY(moved.preStartScript.isEmpty());
        QVERIFY(moved.preStartScriptHead.isEmpty());
        QCOMPARE(moved.licenseStatus, u"license ok"_s);
        QVERIFY(moved.isDefault);
    }

    void failedUnitStatus()
    {
        UnitProperties p = runningPar();
        p.unit.insert(u"ActiveState"_s, u"failed"_s);
        p.unit.insert(u"InactiveEnterTimestamp"_s, quint64(1700000100000000));
        p.service.insert(u"Result"_s, u"signal"_s);
        p.service.insert(u"ExecMainCode"_s, 2);
        p.service.insert(u"ExecMainStatus"_s, 11);
        const Guest g = GuestBuilder::build(u"charon-guest-x.service"_s, p);
        QCOMPARE(g.derived.state, GuestState::Failed);
        QCOMPARE(g.derived.reason, StopReason::Failure);
        QCOMPARE(g.stoppedAt.toSecsSinceEpoch(), qint64(1700000100));
        QCOMPARE(describeResult(g.unitStatus), u"the emulator was killed by signal SIGSEGV"_s);
    }

    void objectPaths_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("path");
        const QString prefix = u"/org/freedesktop/systemd1/unit/"_s;
        QTest::newRow("guest") << u"charon-guest-hpux-prod.service"_s
                               << prefix + u"charon_2dguest_2dhpux_2dprod_2eservice"_s;
        QTest::newRow("underscore")
            << u"charon-guest-a_b.service"_s << prefix + u"charon_2dguest_2da_5fb_2eservice"_s;
        QTest::newRow("leading digit") << u"1x.service"_s << prefix + u"_31x_2eservice"_s;
        QTest::newRow("inner digits")
            << u"charon-guest-vax2.service"_s << prefix + u"charon_2dguest_2dvax2_2eservice"_s;
    }
    void objectPaths()
    {
        QFETCH(QString, unit);
        QFETCH(QString, path);
        QCOMPARE(UnitPropertyCodec::unitObjectPath(unit), path);
        QCOMPARE(UnitPropertyCodec::unitFromObjectPath(path), unit);
    }

    void normalizeKeepsOnlyUsedProperties()
    {
        const QVariantMap raw { { u"ActiveState"_s, u"active"_s }, { u"Description"_s, u"x"_s },
            { u"CPUUsageNSec"_s, quint64(5) } };
        const QVariantMap kept
            = UnitPropertyCodec::normalize(SystemdConnection::UnitInterface, raw);
        QCOMPARE(kept.keys(), QStringList { u"ActiveState"_s });
        QVERIFY(UnitPropertyCodec::normalize(u"org.example.Other"_s, raw).isEmpty());
    }

    void invalidationsThatNeedARead_data()
    {
        QTest::addColumn<QString>("interface");
        QTest::addColumn<QStringList>("invalidated");
        QTest::addColumn<bool>("refetch");
        const QString service = SystemdConnection::ServiceInterface;
        // What systemd 252 sends on every state change: command lines only
        QTest::newRow("exec lines")
            << service
            << QStringList { u"ExecStartPre"_s, u"ExecStart"_s, u"ExecStartEx"_s, u"ExecStop"_s }
            << false;
        QTest::newRow("unit conditions") << SystemdConnection::UnitInterface
                                         << QStringList { u"Conditions"_s, u"Asserts"_s } << false;
        QTest::newRow("a used value")
            << service << QStringList { u"ExecStart"_s, u"Result"_s } << true;
        QTest::newRow("nothing") << service << QStringList() << false;
    }
    void invalidationsThatNeedARead()
    {
        QFETCH(QString, interface);
        QFETCH(QStringList, invalidated);
        QFETCH(bool, refetch);
        QCOMPARE(UnitPropertyCodec::needsRefetch(interface, invalidated), refetch);
    }
};

CHARON_TEST_GUILESS_MAIN(TestGuestBuilder)
#include "tst_guestbuilder.moc"
