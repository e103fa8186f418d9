// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// LicenseMonitor end to end: charon-guest-sim runs as a unit of the suite's real private
// systemd manager and writes its emulator log in its product's style; `systemctl --user kill
// -s USR1` makes it log a license loss, USR2 the key's return, and the guest's licenseStatus
// in the store follows. Covers a configured PAR log, PAR's default per-start log file in the
// working directory, and an AXP log.

#include "core/config/configparser.h"
#include "core/guests/gueststore.h"
#include "core/guests/licensemonitor.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;
using namespace charon::test;

namespace {

bool fileContains(const QString &path, const QByteArray &needle)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.readAll().contains(needle);
}

} // namespace

class TestLicenseMonitorSim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signalsChangeLicenseStatus_data();
    void signalsChangeLicenseStatus();
};

void TestLicenseMonitorSim::signalsChangeLicenseStatus_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("config"); // %1 = console port
    QTest::addColumn<QString>("logName"); // "" = found by the profile's default globs
    QTest::addColumn<QString>("lostPrefix");

    QTest::newRow("PAR, configured log")
        << u"par"_s
        << u"system_model = \"rp4440\"\nmemory_size = 4GB\nconsole.type = telnet\n"
           "console.port = \"%1\"\nlog_file = \"hpux.log\"\nEWA0.iface = \"eth9\"\n"
           "license_key_id \"1422726238\"\n"_s
        << u"hpux.log"_s << u"License key lost at "_s;
    QTest::newRow("PAR, default log in the working directory")
        << u"par"_s
        << u"system_model = \"rp4440\"\nconsole.type = telnet\nconsole.port = \"%1\"\n"
           "EWA0.iface = \"eth9\"\n"_s
        << QString() << u"License key lost at "_s;
    QTest::newRow("AXP 4.12 style")
        << u"axp"_s
        << u"set session hw_model = AlphaServer_ES40\nset session log = \"vms.log\"\n"
           "set COM1 alias=OPA0 port=%1\nload DE500BA/dec21x4x EWA\n"
           "load packet_port/chnetwrk EWA0 interface=\"eth9\"\n"_s
        << u"vms.log"_s << u"License key 527889790 lost at "_s;
}

void TestLicenseMonitorSim::signalsChangeLicenseStatus()
{
    CHARON_REQUIRE_SYSTEMD();
    QFETCH(QString, profile);
    QFETCH(QString, config);
    QFETCH(QString, logName);
    QFETCH(QString, lostPrefix);

    // Given a simulated guest as a unit, with its own working directory
    const QString name = u"lic-%1"_s.arg(QLatin1String(QTest::currentDataTag()))
                             .toLower()
                             .replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
    QTemporaryDir work(testBase() + u"/work-XXXXXX"_s);
    QVERIFY(work.isValid());
    const QString cfg = work.filePath(name + u".cfg"_s);
    QVERIFY(writeText(cfg, config.arg(freeTcpPort()) + u"# charon-guest-sim: pace=0\n"_s));
    const QString unit = unitNameForGuest(name);
    QVERIFY(QDir().mkpath(userUnitDir()));
    const QString flag = profile == u"par"_s ? u"-x"_s : u"-d"_s;
    QVERIFY(writeText(userUnitDir() + u'/' + unit,
        u"[Unit]\nDescription=license monitor test %1\n\n[Service]\nType=simple\n"
        "WorkingDirectory=%2\nExecStart=%3 %4 %5\n"_s.arg(
            name, work.path(), simulatorPath(), flag, cfg)));
    QCOMPARE(systemctl({ u"daemon-reload"_s }), 0);

    Guest guest;
    guest.name = name;
    guest.unit = unit;
    guest.profileId = profile;
    guest.configPath = cfg;
    guest.workDir = work.path();
    guest.config = ConfigParser::parseFile(cfg, profile);
    QVERIFY2(!guest.config.hasErrors(), qPrintable(guest.config.issues.value(0).toString()));
    GuestStore store;
    store.upsert(guest);
    LicenseMonitor monitor(&store);
    QSignalSpy licenses(&monitor, &LicenseMonitor::licenseEvent);
    QSignalSpy nics(&monitor, &LicenseMonitor::nicEvent);
    QCOMPARE(monitor.monitoredGuests(), QStringList { name });

    // When the unit starts, the emulator creates its log and reports its NIC
    QCOMPARE(systemctl({ u"start"_s, unit }), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!monitor.currentLogFile(name).isEmpty(), 15000);
    const QString log = monitor.currentLogFile(name);
    if (logName.isEmpty())
        QVERIFY2(QFileInfo(log).fileName().startsWith(u"charon-par."_s), qPrintable(log));
    else
        QCOMPARE(log, work.filePath(logName));
    // (the "started" line comes after the simulator installed its signal handlers)
    QTRY_VERIFY_WITH_TIMEOUT(fileContains(log, "started"), 15000);
    QTRY_COMPARE(nics.size(), 1);
    // (named as the configuration summary names it: EWA0 on PAR, the adapter EWA on AXP)
    QCOMPARE(guest.config.nics.size(), 1);
    QCOMPARE(nics.at(0), (QList<QVariant> { name, guest.config.nics.at(0).name, true }));
    QCOMPARE(store.find(name)->licenseStatus, QString());

    // And the license key is pulled
    QCOMPARE(systemctl({ u"kill"_s, u"-s"_s, u"USR1"_s, unit }), 0);
    // Then the store says it is lost, and a notification event fired
    QTRY_VERIFY_WITH_TIMEOUT(store.find(name)->licenseStatus.startsWith(lostPrefix), 10000);
    QVERIFY2(store.find(name)->licenseStatus.contains(u"12 h"_s),
        qPrintable(store.find(name)->licenseStatus));
    QCOMPARE(licenses.size(), 1);
    QCOMPARE(licenses.at(0).at(1).toString(), u"license-lost"_s);
    QCOMPARE(monitor.license(name)->state(), LicenseTracker::State::Lost);

    // When the key comes back
    QCOMPARE(systemctl({ u"kill"_s, u"-s"_s, u"USR2"_s, unit }), 0);
    // Then the store says restored
    QTRY_VERIFY_WITH_TIMEOUT(
        store.find(name)->licenseStatus.startsWith(u"License restored at "_s), 10000);
    QCOMPARE(licenses.size(), 2);
    QCOMPARE(licenses.at(1).at(1).toString(), u"license-restored"_s);
    QCOMPARE(unitProperty(unit, u"ActiveState"_s), u"active"_s); // the signals did not kill it

    QCOMPARE(systemctl({ u"stop"_s, unit }), 0);
    QFile::remove(userUnitDir() + u'/' + unit);
}

CHARON_TEST_GUILESS_MAIN(TestLicenseMonitorSim)
#include "tst_licensemonitor_sim.moc"
