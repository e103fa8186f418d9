// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// Service settings against the suite's real private systemd manager: what the Service Settings
// dialog and `charon-vm set` write is read back from systemd over D-Bus (and cross-checked with
// `systemctl show`); an admin's own drop-in that sets TimeoutStopSec survives every write and is
// reported as overriding ours, by the dialog and by the CLI; a bad value writes nothing; and
// `charon-vm kill` ends a running simulated guest the way Force Stop does (Result=signal).

#include "core/domain/guest.h"
#include "core/settings/servicesettingsapplier.h"
#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdconnection.h"
#include "tests/harness/clirunner.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"
#include "ui/settings/servicesettingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace charon::core;
using namespace charon::test;
using charon::ui::ServiceSettingsDialog;

namespace {

QString unitOf(const QString &name)
{
    return unitNameForGuest(name);
}

UnitFile userUnits()
{
    return UnitFile(UnitScope::User, userUnitDir());
}

void check(QListWidget *list, const QString &name)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text() == name)
            list->item(i)->setCheckState(Qt::Checked);
    }
}

} // namespace

class TestUiServiceSettings : public QObject
{
    Q_OBJECT

    std::unique_ptr<SystemdConnection> m_connection;
    std::unique_ptr<SystemdClient> m_client;

    void addGuest(const QString &name)
    {
        const CliResult r = runCli({ u"add"_s, u"--name"_s, name, u"--emulator"_s, simulatorPath(),
            u"--config"_s, simulatorConfig(name, freeTcpPort()) });
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }

    // What systemd applies now, read over D-Bus by the same code as the dialog.
    AppliedSettings load(const QString &name)
    {
        ServiceSettingsApplier applier(m_client.get(), userUnits());
        QSignalSpy finished(&applier, &ServiceSettingsApplier::finished);
        applier.load(name);
        if (!finished.wait(10000))
            return {};
        [&] { QCOMPARE(finished.first().at(0).toString(), QString()); }();
        return finished.first().at(1).value<AppliedSettings>();
    }

    QString executable(const QString &path, const QByteArray &body)
    {
        writeFile(path, "#!/bin/sh\n" + body + "\n");
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<AppliedSettings>();
        if (!harnessSkipReason().isEmpty())
            return;
        m_connection = std::make_unique<SystemdConnection>(SystemdConnection::Scope::User);
        m_client = std::make_unique<SystemdClient>(m_connection.get());
        QVERIFY(QTest::qWaitFor([this] { return m_connection->isManagerPresent(); }, 10000));
    }
    void cleanupTestCase()
    {
        m_client.reset();
        m_connection.reset();
    }

    void dialogValuesAreWhatSystemdApplies()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given two guests
        addGuest(u"dlg-a"_s);
        addGuest(u"dlg-b"_s);
        const QString unitText = readText(userUnits().unitPath(u"dlg-a"_s));
        const QString script = executable(
            testBase() + u"/dlg-pre.sh"_s, "echo pre > " + testBase().toUtf8() + "/dlg-pre.ran");
        // When the dialog is opened on one of them and settled
        ServiceSettingsDialog dialog(
            m_client.get(), userUnits(), u"dlg-a"_s, { u"dlg-b"_s }, nullptr);
        QSignalSpy settled(&dialog, &ServiceSettingsDialog::settled);
        QVERIFY(settled.wait(10000));
        QCOMPARE(settled.first().at(0).toString(), QString());
        // And values are entered and applied
        dialog.findChild<QLineEdit *>(u"description"_s)->setText(u"Ordered 100% guest"_s);
        dialog.findChild<QSpinBox *>(u"startTimeout"_s)->setValue(77);
        dialog.findChild<QSpinBox *>(u"stopTimeout"_s)->setValue(66);
        dialog.findChild<QCheckBox *>(u"autoRestart"_s)->setChecked(true);
        dialog.findChild<QSpinBox *>(u"restartDelay"_s)->setValue(5);
        dialog.findChild<QSpinBox *>(u"startLimitBurst"_s)->setValue(4);
        dialog.findChild<QSpinBox *>(u"startLimitInterval"_s)->setValue(300);
        dialog.findChild<QCheckBox *>(u"oomProtection"_s)->setChecked(true);
        dialog.findChild<QCheckBox *>(u"autoBoot"_s)->setChecked(true);
        dialog.findChild<QLineEdit *>(u"preStartScript"_s)->setText(script);
        check(dialog.findChild<QListWidget *>(u"startsBefore"_s), u"dlg-b"_s);
        QVERIFY(dialog.applyButton()->isEnabled());
        settled.clear();
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QVERIFY(settled.wait(15000));
        QCOMPARE(settled.first().at(0).toString(), QString());
        // Then systemd applies exactly them, read back over D-Bus
        const ServiceSettings applied = load(u"dlg-a"_s).applied;
        QCOMPARE(applied.description, u"Ordered 100% guest"_s);
        QCOMPARE(applied.startTimeoutSec, 77);
        QCOMPARE(applied.stopTimeoutSec, 66);
        QVERIFY(applied.autoRestart);
        QCOMPARE(applied.restartDelaySec, 5);
        QCOMPARE(applied.startLimitBurst, 4);
        QCOMPARE(applied.startLimitIntervalSec, 300);
        QVERIFY(applied.oomProtected);
        QVERIFY(applied.autoBoot);
        QCOMPARE(applied.preStartScript, script);
        QCOMPARE(applied.before, QStringList { u"dlg-b"_s });
        QCOMPARE(dialog.applied().applied, applied);
        // And systemctl agrees
        QCOMPARE(unitProperty(unitOf(u"dlg-a"_s), u"Restart"_s), u"on-failure"_s);
        QCOMPARE(unitProperty(unitOf(u"dlg-a"_s), u"OOMScoreAdjust"_s), u"-1000"_s);
        QCOMPARE(unitProperty(unitOf(u"dlg-a"_s), u"UnitFileState"_s), u"enabled"_s);
        QVERIFY(unitProperty(unitOf(u"dlg-b"_s), u"After"_s).contains(unitOf(u"dlg-a"_s)));
        // And the unit file itself is untouched: everything is in our drop-in
        QCOMPARE(readText(userUnits().unitPath(u"dlg-a"_s)), unitText);
        QCOMPARE(dialog.findChild<QLabel *>(u"appliedTimeoutStopSec"_s)->text(), u"66 s"_s);
        // And starting the guest runs the new pre-start script, after our prestart helper
        const CliResult start = runCli({ u"start"_s, u"dlg-a"_s });
        QVERIFY2(start.code == 0, qPrintable(describe(start)));
        QTRY_VERIFY(QFile::exists(testBase() + u"/dlg-pre.ran"_s));
        runCli({ u"stop"_s, u"dlg-a"_s });
    }

    void adminDropInSurvivesAndIsReportedAsOverriding()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given a guest whose admin set TimeoutStopSec in a drop-in of their own
        addGuest(u"adm"_s);
        const QString admin = userUnitDir() + u"/"_s + unitOf(u"adm"_s) + u".d/override.conf"_s;
        const QString adminText = u"# the admin's\n[Service]\nTimeoutStopSec=42\n"_s;
        QVERIFY(writeText(admin, adminText));
        QCOMPARE(systemctl({ u"daemon-reload"_s }), 0);
        // When the dialog sets another stop timeout
        ServiceSettingsDialog dialog(m_client.get(), userUnits(), u"adm"_s, {}, nullptr);
        QSignalSpy settled(&dialog, &ServiceSettingsDialog::settled);
        QVERIFY(settled.wait(10000));
        dialog.findChild<QSpinBox *>(u"stopTimeout"_s)->setValue(66);
        settled.clear();
        dialog.apply();
        QVERIFY(settled.wait(15000));
        QCOMPARE(settled.first().at(0).toString(), QString());
        // Then the admin's file is untouched and still wins, and the dialog says who decides
        QCOMPARE(readText(admin), adminText);
        QCOMPARE(dialog.applied().applied.stopTimeoutSec, 42);
        QCOMPARE(dialog.applied().configured.stopTimeoutSec, 66);
        QCOMPARE(dialog.applied().overriddenBy.value(u"TimeoutStopSec"_s), admin);
        QCOMPARE(dialog.applied().overriddenBy.size(), 1);
        auto *label = dialog.findChild<QLabel *>(u"appliedTimeoutStopSec"_s);
        QCOMPARE(label->text(),
            u"42 s — set by /"_s + admin.section(u'/', 1, 1) + u"/…/override.conf"_s);
        QVERIFY(label->toolTip().startsWith(admin + u", an admin's own drop-in"_s));
        QVERIFY(
            dialog.findChild<QLabel *>(u"status"_s)
                ->text()
                .contains(u"TimeoutStopSec is set by "_s + admin + u", which overrides ours."_s));
        QCOMPARE(dialog.findChild<QLabel *>(u"appliedTimeoutStartSec"_s)->text(), u"90 s"_s);
        QCOMPARE(unitProperty(unitOf(u"adm"_s), u"TimeoutStopUSec"_s), u"42s"_s);
        // And charon-vm set says the same
        const CliResult r = runCli({ u"set"_s, u"adm"_s, u"--stop-timeout"_s, u"99"_s });
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(u"42 s  (set by "_s + admin + u')'), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(u"warning: TimeoutStopSec of adm is set by "_s + admin),
            qPrintable(describe(r)));
        QCOMPARE(readText(admin), adminText);
        QCOMPARE(load(u"adm"_s).configured.stopTimeoutSec, 99);
    }

    void cliSetIsWhatSystemdApplies()
    {
        CHARON_REQUIRE_SYSTEMD();
        addGuest(u"cli-a"_s);
        addGuest(u"cli-b"_s);
        const QString script = executable(testBase() + u"/cli-pre.sh"_s, "exit 0");
        const CliResult r = runCli({ u"set"_s, u"cli-a"_s, u"--start-timeout"_s, u"70"_s,
            u"--stop-timeout"_s, u"2min"_s, u"--auto-restart"_s, u"on"_s, u"--restart-delay"_s,
            u"7"_s, u"--start-limit-burst"_s, u"3"_s, u"--start-limit-interval"_s, u"120"_s,
            u"--oom-protect"_s, u"on"_s, u"--description"_s, u"CLI guest"_s, u"--after"_s,
            u"cli-b"_s, u"--pre-start"_s, script });
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(u"Stop timeout:"_s), qPrintable(describe(r)));
        const ServiceSettings applied = load(u"cli-a"_s).applied;
        QCOMPARE(applied.startTimeoutSec, 70);
        QCOMPARE(applied.stopTimeoutSec, 120);
        QVERIFY(applied.autoRestart);
        QCOMPARE(applied.restartDelaySec, 7);
        QCOMPARE(applied.startLimitBurst, 3);
        QCOMPARE(applied.startLimitIntervalSec, 120);
        QVERIFY(applied.oomProtected);
        QCOMPARE(applied.description, u"CLI guest"_s);
        QCOMPARE(applied.after, QStringList { u"cli-b"_s });
        QCOMPARE(applied.preStartScript, script);
        QVERIFY(!applied.autoBoot); // not asked for: unchanged
        QCOMPARE(unitProperty(unitOf(u"cli-a"_s), u"StartLimitBurst"_s), u"3"_s);

        // A refused value: the validator's sentence, exit 2, nothing written
        const QByteArray before = readFile(userUnits().dropInPath(u"cli-a"_s));
        CliResult bad = runCli({ u"set"_s, u"cli-a"_s, u"--start-timeout=90000"_s });
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(
                     u"start timeout 90000 s is out of range: use 0 (no limit) to 86400 seconds"_s),
            qPrintable(describe(bad)));
        bad = runCli({ u"set"_s, u"cli-a"_s, u"--before"_s, u"ghost"_s });
        QCOMPARE(bad.code, 2);
        QVERIFY2(
            bad.err.contains(u"cannot order cli-a against \"ghost\": there is no such guest"_s),
            qPrintable(describe(bad)));
        bad = runCli({ u"set"_s, u"cli-a"_s, u"--oom-protect"_s, u"maybe"_s });
        QCOMPARE(bad.code, 2);
        QCOMPARE(readFile(userUnits().dropInPath(u"cli-a"_s)), before);
        bad = runCli({ u"set"_s, u"nosuch"_s, u"--oom-protect"_s, u"on"_s });
        QCOMPARE(bad.code, 3);
        // Turning things off again
        const CliResult off = runCli({ u"set"_s, u"cli-a"_s, u"--auto-restart"_s, u"off"_s,
            u"--oom-protect"_s, u"off"_s, u"--after"_s, u""_s, u"--pre-start"_s, u""_s });
        QVERIFY2(off.code == 0, qPrintable(describe(off)));
        const ServiceSettings cleared = load(u"cli-a"_s).applied;
        QVERIFY(!cleared.autoRestart);
        QVERIFY(!cleared.oomProtected);
        QVERIFY(cleared.after.isEmpty());
        QCOMPARE(cleared.preStartScript, QString());
    }

    void killEndsARunningGuest()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given a running simulated guest
        addGuest(u"kil"_s);
        CliResult r = runCli({ u"start"_s, u"kil"_s });
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(unitProperty(unitOf(u"kil"_s), u"ActiveState"_s), u"active"_s);
        // When it is killed
        r = runCli({ u"kill"_s, u"kil"_s });
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(r.out.trimmed(), u"Killed kil."_s);
        // Then systemd records a death by signal, a failure
        QTRY_COMPARE_WITH_TIMEOUT(
            unitProperty(unitOf(u"kil"_s), u"ActiveState"_s), u"failed"_s, 10000);
        QCOMPARE(unitProperty(unitOf(u"kil"_s), u"Result"_s), u"signal"_s);
        // And killing it again, or a guest that does not exist, is refused like stop
        r = runCli({ u"kill"_s, u"kil"_s });
        QCOMPARE(r.code, 7);
        QVERIFY2(r.err.contains(u"kil is already stopped"_s), qPrintable(describe(r)));
        r = runCli({ u"kill"_s, u"nosuch"_s });
        QCOMPARE(r.code, 3);
    }
};

CHARON_TEST_MAIN(TestUiServiceSettings)
#include "tst_ui_servicesettings.moc"
