// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// LicenseMonitor against real log files: the literal license lines of each Charon product
// become the right state, the right sentence in the store and the right events; NIC lines
// become nicEvent(); history at start sets the state silently; a new run resets it; the
// monitor follows guests being added, moved to another log, and removed.

#include "core/config/profileregistry.h"
#include "core/guests/gueststore.h"
#include "core/guests/licensemonitor.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace charon::core;
using charon::test::appendToFile;

namespace {

bool appendLines(const QString &path, const QStringList &lines)
{
    QByteArray text;
    for (const QString &line : lines)
        text += line.toUtf8() + '\n';
    return appendToFile(path, text);
}

// "<now>" in an expected status stands for a time read from the clock (lines without their
// own timestamp), with a date when the day changed meanwhile.
QRegularExpression statusPattern(const QString &expected)
{
    QString pattern = QRegularExpression::escape(expected);
    pattern.replace(QRegularExpression::escape(u"<now>"_s),
        u"(?:\\d{4}-\\d{2}-\\d{2} )?\\d{2}:\\d{2}:\\d{2}"_s);
    return QRegularExpression(u'^' + pattern + u'$');
}

QStringList kindsOf(const QSignalSpy &spy)
{
    QStringList kinds;
    for (const QList<QVariant> &args : spy)
        kinds.append(args.at(1).toString());
    return kinds;
}

} // namespace

class TestLicenseMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_temp->isValid());
    }

    void productLines_data();
    void productLines();
    void nicLinesBecomeNicEvents();
    void historyAtStartSetsStateWithoutEvents();
    void newRunResetsState();
    void configChangeMovesToOtherLog();
    void removedGuestIsNoLongerWatched();
    void logSource_data();
    void logSource();

private:
    Guest guest(const QString &name, const QString &profileId, const QString &logPath = {}) const
    {
        Guest g;
        g.name = name;
        g.unit = unitNameForGuest(name);
        g.profileId = profileId;
        g.workDir = m_temp->path();
        g.configPath = m_temp->filePath(name + u".cfg"_s);
        g.config.profileId = profileId;
        g.config.logPath = logPath;
        return g;
    }

    std::unique_ptr<QTemporaryDir> m_temp;
};

void TestLicenseMonitor::productLines_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("status");

    using S = LicenseTracker::State;
    QTest::newRow("PAR 1.7.4 key lost")
        << u"par"_s
        << QStringList { u"20240102:101530.000001:err:Contact with license key lost ..."_s }
        << QStringList { u"license-lost"_s } << int(S::Lost)
        << u"License key lost at 2024-01-02 10:15:30 — the guest keeps running for 12 h"_s;
    QTest::newRow("PAR lost, literal line without timestamp")
        << u"par"_s << QStringList { u"err:Contact with license key lost ..."_s }
        << QStringList { u"license-lost"_s } << int(S::Lost)
        << u"License key lost at <now> — the guest keeps running for 12 h"_s;
    QTest::newRow("PAR lost then restored")
        << u"par"_s
        << QStringList { u"20240102:101530.000001:err:Contact with license key lost ..."_s,
               u"20240102:102002.512000:info:Contact with license key restored ..."_s }
        << QStringList { u"license-lost"_s, u"license-restored"_s } << int(S::Ok)
        << u"License restored at 2024-01-02 10:20:02"_s;
    QTest::newRow("AXP 4.12 key lost")
        << u"axp"_s
        << QStringList { u"20240102:101112.000000:WARN :1:0000024D:licenseman(1988): "
                         "Communication with the license key \"527889790\" lost."_s }
        << QStringList { u"license-lost"_s } << int(S::Lost)
        << u"License key 527889790 lost at 2024-01-02 10:11:12 — the guest keeps running for 12 h"_s;
    QTest::newRow("VAX 4.12 lost twice: the loss began at the first")
        << u"vax"_s
        << QStringList { u"20240102:101112.000000:WARN :1:0000024D:licenseman(1988): "
                         "Communication with the license key \"527889790\" lost."_s,
               u"20240102:111112.000000:WARN :1:0000024D:licenseman(1988): "
               "Communication with the license key \"527889790\" lost."_s }
        << QStringList { u"license-lost"_s, u"license-lost"_s } << int(S::Lost)
        << u"License key 527889790 lost at 2024-01-02 10:11:12 — the guest keeps running for 12 h"_s;
    QTest::newRow("AXP 4.12 lost then restored (sim wording)")
        << u"axp"_s
        << QStringList { u"20240102:101112.000000:WARN :1:0000024D:licenseman(1988): "
                         "Communication with the license key \"527889790\" lost."_s,
               u"20240102:101502.000000:INFO :0:0000024E:licenseman(1994): "
               "Communication with the license key \"527889790\" restored."_s }
        << QStringList { u"license-lost"_s, u"license-restored"_s } << int(S::Ok)
        << u"License restored at 2024-01-02 10:15:02"_s;
    QTest::newRow("VAX before 4.9: check, HASP error, removal with countdown")
        << u"vax"_s
        << QStringList { u"Performing regular license check ..."_s,
               u"Sentinel HASP RunTime Error 7."_s,
               u"session: Detected removal of the license. Normal operation is supported for 59 "
               "minutes from now."_s }
        << QStringList { u"license-lost"_s, u"license-lost"_s, u"shutdown-warning"_s }
        << int(S::ShutdownWarning)
        << u"License key lost at <now> — the emulator shuts down by <now>"_s;
    QTest::newRow("AXP before 4.9, timestamped removal: stop time computed")
        << u"axp"_s
        << QStringList { u"20240102:101530.000000:session: Detected removal of the license. "
                         "Normal operation is supported for 59 minutes from now."_s }
        << QStringList { u"license-lost"_s, u"shutdown-warning"_s } << int(S::ShutdownWarning)
        << u"License key lost at 2024-01-02 10:15:30 — the emulator shuts down by 2024-01-02 11:14:30"_s;
    QTest::newRow("SSP: no valid license")
        << u"par"_s << QStringList { u"ERROR License There is no valid license key."_s }
        << QStringList { u"license-missing"_s } << int(S::Missing)
        << u"No valid license key since <now>"_s;
    QTest::newRow("SSP: no license, then shutdown announced")
        << u"axp"_s
        << QStringList { u"ERROR License There is no valid license key."_s,
               u"WARNING License CHARON will be shutdown within 120 minutes!"_s }
        << QStringList { u"license-missing"_s, u"shutdown-warning"_s } << int(S::ShutdownWarning)
        << u"No valid license key since <now> — the emulator shuts down by <now>"_s;
    QTest::newRow("expiry warning (unconfirmed wording)")
        << u"par"_s
        << QStringList { u"20240102:080000.000000:warn:License key \"1422726238\" will expire in 5 days"_s }
        << QStringList { u"license-expiring"_s } << int(S::Expiring)
        << u"License expires in 5 d (MINOR, reported at 2024-01-02 08:00:00)"_s;
    QTest::newRow("regular check alone says nothing")
        << u"axp"_s << QStringList { u"Performing regular license check ..."_s } << QStringList()
        << int(S::Unknown) << QString();
    QTest::newRow("NIC and unrelated lines are not license events")
        << u"par"_s
        << QStringList { u"20160927:150619.152882:Device EWA0 (enp6s0) : RX up"_s,
               u"20160927:150620.000000:info:console OPA0 listening"_s }
        << QStringList() << int(S::Unknown) << QString();
}

void TestLicenseMonitor::productLines()
{
    QFETCH(QString, profile);
    QFETCH(QStringList, lines);
    QFETCH(QStringList, events);
    QFETCH(int, state);
    QFETCH(QString, status);

    // Given a guest of that product whose configured log is followed
    const QString log = m_temp->filePath(u"guest.log"_s);
    QVERIFY(appendToFile(log, "20240102:100000.000000:info:emulator started\n"));
    GuestStore store;
    store.upsert(guest(u"g"_s, profile, log));
    LicenseMonitor monitor(&store);
    QSignalSpy spy(&monitor, &LicenseMonitor::licenseEvent);
    QCOMPARE(monitor.monitoredGuests(), QStringList { u"g"_s });
    QTRY_COMPARE(monitor.currentLogFile(u"g"_s), log);

    // When the emulator writes the lines, followed by a marker line
    QVERIFY(appendLines(log, lines + QStringList { u"20240102:120000.000000:info:marker"_s }));

    // Then the events, the state and the store's sentence are the product's meaning
    QTRY_COMPARE(kindsOf(spy), events);
    QTest::qWait(100); // nothing more trickles in (not synchronisation: a window watched)
    QCOMPARE(kindsOf(spy), events);
    const LicenseTracker *tracker = monitor.license(u"g"_s);
    QVERIFY(tracker);
    QCOMPARE(int(tracker->state()), state);
    const QString actual = store.find(u"g"_s)->licenseStatus;
    QVERIFY2(statusPattern(status).match(actual).hasMatch(),
        qPrintable(u"got \"%1\", want \"%2\""_s.arg(actual, status)));
    for (const QList<QVariant> &args : std::as_const(spy)) {
        QCOMPARE(args.at(0).toString(), u"g"_s);
        QVERIFY(lines.contains(args.at(2).toString()));
        QVERIFY(args.at(3).toDateTime().isValid());
    }
}

void TestLicenseMonitor::nicLinesBecomeNicEvents()
{
    // Given a PAR guest with a log
    const QString log = m_temp->filePath(u"nic.log"_s);
    GuestStore store;
    store.upsert(guest(u"hpux"_s, u"par"_s, log));
    LicenseMonitor monitor(&store);
    QSignalSpy nics(&monitor, &LicenseMonitor::nicEvent);
    QSignalSpy licenses(&monitor, &LicenseMonitor::licenseEvent);
    // When the emulator reports its NICs
    QVERIFY(appendLines(log,
        { u"20160927:150619.152882:Device EWA0 (enp6s0) : RX up"_s,
            u"20160927:150619.152900:Device EWB0 (tap0) : RX up"_s,
            u"20160927:151000.000000:Device EWA0 (enp6s0) : RX down"_s }));
    // Then each line is an event, and the last word per NIC is kept
    QTRY_COMPARE(nics.size(), 3);
    QCOMPARE(nics.at(0), (QList<QVariant> { u"hpux"_s, u"EWA0"_s, true }));
    QCOMPARE(nics.at(2), (QList<QVariant> { u"hpux"_s, u"EWA0"_s, false }));
    const QHash<QString, bool> expected { { u"EWA0"_s, false }, { u"EWB0"_s, true } };
    QCOMPARE(monitor.nicLinks(u"hpux"_s), expected);
    QCOMPARE(licenses.size(), 0);
    QCOMPARE(store.find(u"hpux"_s)->licenseStatus, QString());
}

void TestLicenseMonitor::historyAtStartSetsStateWithoutEvents()
{
    // Given a log that already says the key was lost, before the manager starts
    const QString log = m_temp->filePath(u"old.log"_s);
    QVERIFY(appendLines(log,
        { u"20240102:101530.000001:err:Contact with license key lost ..."_s,
            u"20240102:101531.000000:Device EWA0 (enp6s0) : RX up"_s }));
    GuestStore store;
    store.upsert(guest(u"g"_s, u"par"_s, log));
    // When the monitor starts
    LicenseMonitor monitor(&store);
    QSignalSpy licenses(&monitor, &LicenseMonitor::licenseEvent);
    QSignalSpy nics(&monitor, &LicenseMonitor::nicEvent);
    // Then the store already tells the loss, and no notification was raised for history
    QCOMPARE(store.find(u"g"_s)->licenseStatus,
        u"License key lost at 2024-01-02 10:15:30 — the guest keeps running for 12 h"_s);
    QCOMPARE(monitor.nicLinks(u"g"_s).value(u"EWA0"_s), true);
    // And a live line is notified: the only notification, though the history was read first
    QVERIFY(appendLines(
        log, { u"20240102:102002.000000:info:Contact with license key restored ..."_s }));
    QTRY_COMPARE(licenses.size(), 1);
    QCOMPARE(licenses.at(0).at(1).toString(), u"license-restored"_s);
    QCOMPARE(nics.size(), 0);
    QCOMPARE(licenses.at(0).at(3).toDateTime(), QDateTime(QDate(2024, 1, 2), QTime(10, 20, 2)));
    QCOMPARE(store.find(u"g"_s)->licenseStatus, u"License restored at 2024-01-02 10:20:02"_s);
}

void TestLicenseMonitor::newRunResetsState()
{
    // Given a PAR guest without a configured log: its working directory holds one per start
    const QString first = m_temp->filePath(u"charon-par.20240102-100000-0000.log"_s);
    QVERIFY(
        appendLines(first, { u"20240102:101530.000001:err:Contact with license key lost ..."_s }));
    GuestStore store;
    store.upsert(guest(u"g"_s, u"par"_s));
    LicenseMonitor monitor(&store);
    QCOMPARE(monitor.logSource(u"g"_s).directory, QDir(m_temp->path()).absolutePath());
    QCOMPARE(monitor.currentLogFile(u"g"_s), first);
    QVERIFY(store.find(u"g"_s)->licenseStatus.startsWith(u"License key lost"_s));
    // When the emulator is restarted and writes a new log
    const QString second = m_temp->filePath(u"charon-par.20240102-110000-0000.log"_s);
    QVERIFY(appendLines(second, { u"20240102:110000.000001:info:started"_s }));
    // Then the old run's loss no longer stands
    QTRY_COMPARE(monitor.currentLogFile(u"g"_s), second);
    QTRY_COMPARE(store.find(u"g"_s)->licenseStatus, QString());
    QCOMPARE(monitor.license(u"g"_s)->state(), LicenseTracker::State::Unknown);
    // And the new run's lines count
    QVERIFY(
        appendLines(second, { u"20240102:111500.000001:err:Contact with license key lost ..."_s }));
    QTRY_VERIFY(
        store.find(u"g"_s)->licenseStatus.startsWith(u"License key lost at 2024-01-02 11:15:00"_s));
}

void TestLicenseMonitor::configChangeMovesToOtherLog()
{
    // Given an AXP guest followed on one log
    const QString a = m_temp->filePath(u"a.log"_s);
    const QString b = m_temp->filePath(u"b.log"_s);
    GuestStore store;
    store.upsert(guest(u"vms"_s, u"axp"_s, a));
    LicenseMonitor monitor(&store);
    QSignalSpy licenses(&monitor, &LicenseMonitor::licenseEvent);
    // When its configuration now names another log
    store.update(u"vms"_s, [&](Guest &g) { g.config.logPath = b; });
    // (followed at the end of this event-loop turn: a resync changes hundreds at once)
    QCOMPARE(monitor.logSource(u"vms"_s).file, a);
    QTRY_COMPARE(monitor.logSource(u"vms"_s).file, b);
    // Then lines in the old log are ignored and lines in the new one count
    QVERIFY(appendLines(a, { u"Sentinel HASP RunTime Error 7."_s }));
    QVERIFY(appendLines(b, { u"ERROR License There is no valid license key."_s }));
    QTRY_COMPARE(kindsOf(licenses), QStringList { u"license-missing"_s });
    QTest::qWait(100); // not synchronisation: a window in which the old log's line would count
    QCOMPARE(kindsOf(licenses), QStringList { u"license-missing"_s });
    // And a change that does not move the log keeps the tracker (and its state)
    const LicenseTracker *before = monitor.license(u"vms"_s);
    store.update(u"vms"_s, [](Guest &g) { g.config.model = u"AlphaServer_ES40"_s; });
    QCoreApplication::sendPostedEvents(&monitor, QEvent::MetaCall); // the turn's end
    QCOMPARE(monitor.license(u"vms"_s), before);
    QCOMPARE(before->state(), LicenseTracker::State::Missing);
}

void TestLicenseMonitor::removedGuestIsNoLongerWatched()
{
    const QString log = m_temp->filePath(u"gone.log"_s);
    GuestStore store;
    store.upsert(guest(u"a"_s, u"par"_s, log));
    store.upsert(guest(u"b"_s, u"axp"_s)); // AXP without a log path: nothing to follow
    LicenseMonitor monitor(&store);
    QCOMPARE(monitor.monitoredGuests(), QStringList { u"a"_s });
    QVERIFY(!monitor.license(u"b"_s));
    QSignalSpy licenses(&monitor, &LicenseMonitor::licenseEvent);
    // When the guest is removed
    QVERIFY(store.remove(u"a"_s));
    QVERIFY(monitor.monitoredGuests().isEmpty());
    // Then its log no longer produces events
    QVERIFY(appendLines(log, { u"err:Contact with license key lost ..."_s }));
    QTest::qWait(100); // not synchronisation: a window in which an event would show
    QCOMPARE(licenses.size(), 0);
    // And a guest added later is followed
    store.upsert(guest(u"c"_s, u"par"_s, log));
    QTRY_COMPARE(monitor.monitoredGuests(), QStringList { u"c"_s });
}

void TestLicenseMonitor::logSource_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("workDir");
    QTest::addColumn<QString>("configPath");
    QTest::addColumn<QString>("logPath");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("directory");

    QTest::newRow("absolute") << u"axp"_s << u"/srv/vms"_s << u"/etc/charon/vms.cfg"_s
                              << u"/charon/log/../vms.log"_s << u"/charon/vms.log"_s << QString();
    QTest::newRow("relative to the working directory")
        << u"par"_s << u"/srv/hpux"_s << u"/etc/charon/hpux.cfg"_s << u"log/rp4440.log"_s
        << u"/srv/hpux/log/rp4440.log"_s << QString();
    QTest::newRow("relative, no working directory: the config's")
        << u"vax"_s << QString() << u"/etc/charon/vax.cfg"_s << u"vax.log"_s
        << u"/etc/charon/vax.log"_s << QString();
    QTest::newRow("PAR default: newest log in the working directory")
        << u"par"_s << u"/srv/hpux/"_s << u"/etc/charon/hpux.cfg"_s << QString() << QString()
        << u"/srv/hpux"_s;
    QTest::newRow("AXP without a log: nothing")
        << u"axp"_s << u"/srv/vms"_s << u"/etc/charon/vms.cfg"_s << QString() << QString()
        << QString();
}

void TestLicenseMonitor::logSource()
{
    QFETCH(QString, profile);
    QFETCH(QString, workDir);
    QFETCH(QString, configPath);
    QFETCH(QString, logPath);
    QFETCH(QString, file);
    QFETCH(QString, directory);
    Guest g;
    g.profileId = profile;
    g.workDir = workDir;
    g.configPath = configPath;
    g.config.logPath = logPath;
    const auto source
        = LicenseMonitor::logSourceFor(g, ProfileRegistry::forId(profile)->defaultLogFiles());
    QCOMPARE(source.file, file);
    QCOMPARE(source.directory, directory);
    QCOMPARE(source.globs.isEmpty(), directory.isEmpty());
}

CHARON_TEST_GUILESS_MAIN(TestLicenseMonitor)
#include "tst_licensemonitor.moc"
