// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The one check of service settings shared by the dialog and `charon-vm set`: each bad value is
// refused with one sentence naming the value and the cause; good values pass.

#include "core/units/servicesettingsvalidator.h"
#include "tests/harness/testmain.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;

class TestServiceSettingsValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsPass()
    {
        ServiceSettings s;
        s.autoRestart = true;
        QCOMPARE(ServiceSettingsValidator::problems(u"vms"_s, s, { u"other"_s }), QStringList());
    }

    void badValuesAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("negative start timeout")
            << u"start"_s << -5
            << u"start timeout -5 s is out of range: use 0 (no limit) to 86400 seconds"_s;
        QTest::newRow("huge stop timeout")
            << u"stop"_s << 90000
            << u"stop timeout 90000 s is out of range: use 0 (no limit) to 86400 seconds"_s;
        QTest::newRow("zero restart delay")
            << u"delay"_s << 0 << u"restart delay 0 s is out of range: use 1 to 3600 seconds"_s;
        QTest::newRow("zero burst")
            << u"burst"_s << 0
            << u"start limit 0 is out of range: allow 1 to 100 starts per interval"_s;
        QTest::newRow("zero interval")
            << u"interval"_s << 0
            << u"start limit interval 0 s is out of range: use 1 to 86400 seconds"_s;
    }

    void badValuesAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(int, value);
        QFETCH(QString, expected);
        ServiceSettings s;
        s.autoRestart = true;
        if (field == u"start"_s)
            s.startTimeoutSec = value;
        else if (field == u"stop"_s)
            s.stopTimeoutSec = value;
        else if (field == u"delay"_s)
            s.restartDelaySec = value;
        else if (field == u"burst"_s)
            s.startLimitBurst = value;
        else
            s.startLimitIntervalSec = value;
        QCOMPARE(ServiceSettingsValidator::problems(u"vms"_s, s, {}), QStringList { expected });
    }

    void restartValuesMatterOnlyWithAutoRestart()
    {
        ServiceSettings s;
        s.autoRestart = false;
        s.startLimitBurst = 0;
        QVERIFY(ServiceSettingsValidator::problems(u"vms"_s, s, {}).isEmpty());
        s.autoRestart = true;
        QCOMPARE(ServiceSettingsValidator::problems(u"vms"_s, s, {}).size(), 1);
    }

    void zeroTimeoutMeansNoLimit()
    {
        QCOMPARE(ServiceSettingsValidator::checkStartTimeout(0), QString());
        QCOMPARE(ServiceSettingsValidator::checkStopTimeout(86400), QString());
    }

    void description()
    {
        QCOMPARE(ServiceSettingsValidator::checkDescription(u"Production HP-UX 100%"_s), QString());
        QCOMPARE(ServiceSettingsValidator::checkDescription(u"two\nlines"_s),
            u"the description cannot hold a line break or a control character: two lines"_s);
        QVERIFY(!ServiceSettingsValidator::checkDescription(QString(201, u'x')).isEmpty());
    }

    void preStartScript()
    {
        QTemporaryDir dir;
        const QString script = dir.filePath(u"pre.sh"_s);
        QCOMPARE(ServiceSettingsValidator::checkPreStartScript(QString()), QString());
        QCOMPARE(ServiceSettingsValidator::checkPreStartScript(u"pre.sh"_s),
            u"the pre-start script path must be absolute and normalized: pre.sh"_s);
        QCOMPARE(ServiceSettingsValidator::checkPreStartScript(script),
            u"pre-start script not found: "_s + script);
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\n");
        file.close();
        QCOMPARE(ServiceSettingsValidator::checkPreStartScript(script),
            u"pre-start script is not an executable file: "_s + script);
        QVERIFY(file.setPermissions(file.permissions() | QFile::ExeOwner));
        QCOMPARE(ServiceSettingsValidator::checkPreStartScript(script), QString());
        QCOMPARE(ServiceSettingsValidator::checkPreStartScript(dir.path()),
            u"pre-start script is not an executable file: "_s + dir.path());
        QVERIFY(!ServiceSettingsValidator::checkPreStartScript(u"/tmp/a\"b"_s).isEmpty());
    }

    void ordering()
    {
        const QStringList others { u"db"_s, u"app"_s };
        QCOMPARE(
            ServiceSettingsValidator::checkOrdering(u"vms"_s, { u"db"_s }, { u"app"_s }, others),
            QString());
        QCOMPARE(ServiceSettingsValidator::checkOrdering(u"vms"_s, { u"vms"_s }, {}, others),
            u"guest \"vms\" cannot be ordered before or after itself"_s);
        QCOMPARE(ServiceSettingsValidator::checkOrdering(u"vms"_s, {}, { u"ghost"_s }, others),
            u"cannot order vms against \"ghost\": there is no such guest"_s);
        QCOMPARE(
            ServiceSettingsValidator::checkOrdering(u"vms"_s, { u"db"_s }, { u"db"_s }, others),
            u"guest \"db\" cannot be both before and after vms"_s);
    }

    void everyProblemIsListed()
    {
        ServiceSettings s;
        s.startTimeoutSec = -1;
        s.stopTimeoutSec = -1;
        s.before = { u"ghost"_s };
        QCOMPARE(ServiceSettingsValidator::problems(u"bad name"_s, s, {}).size(), 4);
    }
};

CHARON_TEST_GUILESS_MAIN(TestServiceSettingsValidator)
#include "tst_servicesettingsvalidator.moc"
