// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The unit lines that decide how a stop READS (docs/guest-units.md, "REQUESTED must mean
// requested"): KillSignal=SIGTERM, which systemd counts as a clean end, no SuccessExitStatus
// of ours, the default stop timeout; and the migration of units written before, which carried
// our `SuccessExitStatus=SIGKILL` (an outside kill -9 then read REQUESTED): a rewrite removes
// that one line and nothing an administrator wrote.

#include "core/units/unitdocument.h"
#include "core/units/unitfile.h"
#include "tests/harness/testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace {

Guest sampleGuest()
{
    Guest g;
    g.name = u"vms"_s;
    g.emulator = u"/opt/charon/bin/es40"_s;
    g.profileId = u"axp"_s;
    g.configPath = u"/charon/vms/vms.cfg"_s;
    g.workDir = u"/charon/vms"_s;
    return g;
}

LaunchOptions sampleLaunch()
{
    return { u"Charon-AXP"_s, u"-d"_s, false, u"/usr/bin/charon-vm"_s };
}

// The unit as the product wrote it before this change, with `service` lines appended.
QString legacyUnit(const QString &service)
{
    return u"[Unit]\nDescription=Charon guest vms (Charon-AXP)\nAfter=network-online.target\n"
           "\n[Service]\nType=exec\nWorkingDirectory=/charon/vms\n"
           "ExecStart=\"/opt/charon/bin/es40\" \"-d\" \"/charon/vms/vms.cfg\"\n"
           "ExecStop=\"/usr/bin/charon-vm\" \"--system\" \"stop-script\" \"vms\"\n"
           "KillSignal=SIGKILL\n"_s
        + service + u"TimeoutStopSec=300\n\n[Install]\nWantedBy=multi-user.target\n"_s;
}

} // namespace

class TestUnitFileStop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newUnitStopsWithSigterm()
    {
        // Given a new guest
        const UnitFile units(UnitScope::System, u"/nonexistent"_s);
        // When its unit is rendered
        const UnitDocument doc(units.renderUnit(sampleGuest(), sampleLaunch(), {}));
        // Then systemd ends the emulator with SIGTERM (a clean end) after our ExecStop, keeps
        // SIGKILL for after the timeout (its default), and no SIGKILL death is called clean
        QCOMPARE(doc.values(u"Service"_s, u"KillSignal"_s), QStringList { u"SIGTERM"_s });
        QVERIFY(!doc.contains(u"Service"_s, u"SuccessExitStatus"_s));
        QVERIFY(!doc.contains(u"Service"_s, u"SendSIGKILL"_s));
        QVERIFY(!doc.contains(u"Service"_s, u"FinalKillSignal"_s));
        QCOMPARE(doc.values(u"Service"_s, u"TimeoutStopSec"_s),
            QStringList { QString::number(UnitFile::DefaultStopTimeoutSec) });
        QCOMPARE(doc.value(u"Service"_s, u"ExecStop"_s),
            u"\"/usr/bin/charon-vm\" \"--system\" \"stop-script\" \"vms\""_s);
    }

    void rewriteMigratesOurSuccessExitStatus_data()
    {
        QTest::addColumn<QString>("service"); // [Service] lines of the old unit
        QTest::addColumn<QStringList>("successAfter"); // SuccessExitStatus= values after
        QTest::newRow("ours alone") << u"SuccessExitStatus=SIGKILL\n"_s << QStringList();
        QTest::newRow("ours with blanks around =")
            << u"SuccessExitStatus = SIGKILL\n"_s << QStringList();
        QTest::newRow("ours after an admin's line")
            << u"SuccessExitStatus=3 SIGUSR2\nSuccessExitStatus=SIGKILL\n"_s
            << QStringList { u"3 SIGUSR2"_s };
        QTest::newRow("admin's before and after ours")
            << u"SuccessExitStatus=42\nSuccessExitStatus=SIGKILL\nSuccessExitStatus=SIGHUP\n"_s
            << QStringList { u"42"_s, u"SIGHUP"_s };
        QTest::newRow("an admin's list naming SIGKILL among others is theirs")
            << u"SuccessExitStatus=1 SIGKILL\n"_s << QStringList { u"1 SIGKILL"_s };
        QTest::newRow("an admin's reset stays")
            << u"SuccessExitStatus=\nSuccessExitStatus=SIGKILL\n"_s << QStringList { QString() };
        QTest::newRow("none") << QString() << QStringList();
    }
    void rewriteMigratesOurSuccessExitStatus()
    {
        QFETCH(QString, service);
        QFETCH(QStringList, successAfter);
        // Given a unit written before, with an admin's comment and environment
        const QString before
            = legacyUnit(u"# admin: keep me\n"_s + service + u"Environment=A=1\n"_s);
        const UnitFile units(UnitScope::System, u"/nonexistent"_s);
        // When it is rewritten
        const QString after = units.renderUnit(sampleGuest(), sampleLaunch(), before);
        const UnitDocument doc(after);
        // Then our SIGKILL line is gone, the admin's values stay, KillSignal is SIGTERM
        QCOMPARE(doc.values(u"Service"_s, u"SuccessExitStatus"_s), successAfter);
        QCOMPARE(doc.values(u"Service"_s, u"KillSignal"_s), QStringList { u"SIGTERM"_s });
        QVERIFY(after.contains(u"# admin: keep me\n"_s));
        QCOMPARE(doc.value(u"Service"_s, u"Environment"_s), u"A=1"_s);
        QCOMPARE(doc.value(u"Service"_s, u"TimeoutStopSec"_s), u"300"_s);
        // And rewriting again changes nothing more
        QCOMPARE(units.renderUnit(sampleGuest(), sampleLaunch(), after), after);
    }

    void anAdminKillSignalIsOurs()
    {
        // Given a unit whose KillSignal an admin changed (it is a key the manager owns)
        const QString before
            = legacyUnit({}).replace(u"KillSignal=SIGKILL"_s, u"KillSignal=SIGINT"_s);
        const UnitFile units(UnitScope::System, u"/nonexistent"_s);
        // Then a rewrite sets it back: how a stop reads depends on it
        const UnitDocument doc(units.renderUnit(sampleGuest(), sampleLaunch(), before));
        QCOMPARE(doc.values(u"Service"_s, u"KillSignal"_s), QStringList { u"SIGTERM"_s });
    }
};

CHARON_TEST_GUILESS_MAIN(TestUnitFileStop)
#include "tst_unitfile_stop.moc"
