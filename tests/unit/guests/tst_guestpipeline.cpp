// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// GuestPipeline: the one place that adds what a guest's files say to what systemd says.
// Given a store holding guests as a monitor would put them there (identity only), the pipeline
// must fill the configuration, the pre-start script's head, the stop-script status, the NIC
// checks and the license state, and follow edits of those files (in place and by rename)
// without polling.

#include "core/guests/guestpipeline.h"
#include "core/guests/gueststore.h"
#include "core/guests/licensemonitor.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace {

// Fails the test where the write fails.
void writeFile(const QString &path, const QString &text)
{
    QVERIFY2(charon::test::writeText(path, text), qPrintable(path));
}

// What editors and atomic writers do: a new file renamed over the old one.
void replaceFile(const QString &path, const QString &text)
{
    writeFile(path + u".new"_s, text);
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::rename(path + u".new"_s, path));
}

QString parConfig(int port, const QString &iface, const QString &log = {})
{
    QString text = u"system_model = \"rp4440\"\nmemory_size = 4096\nconsole.type = telnet\n"
                   "console.port = \"%1\"\n"_s.arg(port);
    if (!iface.isEmpty())
        text += u"EWA0.iface = \"%1\"\nEWA0.mapping_mode = TAP\n"_s.arg(iface);
    if (!log.isEmpty())
        text += u"log_file = \"%1\"\n"_s.arg(log);
    return text;
}

Guest guestWith(const QString &name, const QString &config, const QString &preStart = {})
{
    Guest g;
    g.name = name;
    g.unit = unitNameForGuest(name);
    g.profileId = u"par"_s;
    g.configPath = config;
    g.workDir = QFileInfo(config).absolutePath();
    g.preStartScript = preStart;
    return g;
}

QString stopScriptWith(const QString &body)
{
    return u"#!/bin/sh\ncase \"$1\" in\n"_s + body + u"esac\n"_s;
}

} // namespace

class TestGuestPipeline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_sys; // a fake /sys/class/net

    GuestPipeline::Options options() const
    {
        GuestPipeline::Options o;
        o.stopScriptPath = m_dir.filePath(u"stop-guest.sh"_s);
        o.nicRoots.sysClassNet = m_sys;
        o.nicRoots.interfacesFile = QString();
        o.nicRoots.nmcli = QString();
        return o;
    }
    static bool settle(GuestPipeline &pipeline)
    {
        return QTest::qWaitFor([&] { return pipeline.isSettled(); }, 10000);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_sys = m_dir.filePath(u"sys"_s);
        QVERIFY(QDir().mkpath(m_sys + u"/eth-real"_s));
        QFile::remove(options().stopScriptPath); // each test writes its own
    }

    void fillsEveryPartFromTheFiles()
    {
        // Given a guest whose config names a missing NIC, with a pre-start script and a
        // customized stop-script branch
        const QString cfg = m_dir.filePath(u"prod.cfg"_s);
        writeFile(cfg, parConfig(10003, u"nic-missing0"_s));
        const QString pre = m_dir.filePath(u"pre.sh"_s);
        writeFile(pre, u"#!/bin/sh\n# mount the SAN\nmount /charon\nexit 0\n"_s);
        writeFile(options().stopScriptPath,
            stopScriptWith(
                u"  \"%1\")\n    ssh root@prod '/sbin/shutdown -h -y 0'\n    ;;\n"_s.arg(cfg)));
        GuestStore store;
        store.upsert(guestWith(u"prod"_s, cfg, pre));

        // When the pipeline runs on the store
        GuestPipeline pipeline(&store, options());
        QVERIFY(settle(pipeline));

        // Then every part is in the store
        const Guest *g = store.find(u"prod"_s);
        QCOMPARE(g->config.consolePort, 10003);
        QCOMPARE(g->preStartScriptHead,
            QStringList({ u"#!/bin/sh"_s, u"# mount the SAN"_s, u"mount /charon"_s }));
        QCOMPARE(g->stopScript, StopScriptStatus::UsingSsh);
        QCOMPARE(g->nicChecks.size(), 1);
        QVERIFY(g->nicChecks.first().missing);
        QCOMPARE(g->nicChecks.first().interface, u"nic-missing0"_s);
        QVERIFY(pipeline.watchedPaths().contains(cfg));
        QVERIFY(pipeline.watchedPaths().contains(pre));
        QVERIFY(pipeline.watchedPaths().contains(options().stopScriptPath));
    }

    void stopScriptEditsAreFollowed()
    {
        const QString cfg = m_dir.filePath(u"a.cfg"_s);
        writeFile(cfg, parConfig(10010, {}));
        GuestStore store;
        store.upsert(guestWith(u"a"_s, cfg));
        GuestPipeline pipeline(&store, options());
        QVERIFY(settle(pipeline));
        // No script yet
        QCOMPARE(store.find(u"a"_s)->stopScript, StopScriptStatus::NotFound);

        // When the admin creates it with a template branch, then customizes it in place, then
        // an editor replaces it without the branch
        writeFile(options().stopScriptPath,
            stopScriptWith(u"  \"%1\")\n    # TO CUSTOMIZE: shut it down\n    ;;\n"_s.arg(cfg)));
        QTRY_COMPARE(store.find(u"a"_s)->stopScript, StopScriptStatus::ToCustomize);
        writeFile(options().stopScriptPath,
            stopScriptWith(u"  \"%1\")\n    /usr/local/bin/down-a\n    ;;\n"_s.arg(cfg)));
        QTRY_COMPARE(store.find(u"a"_s)->stopScript, StopScriptStatus::Customized);
        replaceFile(options().stopScriptPath, stopScriptWith(u"  /other.cfg) true ;;\n"_s));
        QTRY_COMPARE(store.find(u"a"_s)->stopScript, StopScriptStatus::CaseNotSet);
        // And the replaced file is still watched: one more in-place edit is seen
        writeFile(options().stopScriptPath,
            stopScriptWith(u"  \"%1\")\n    expect -f /x.exp\n    ;;\n"_s.arg(cfg)));
        QTRY_COMPARE(store.find(u"a"_s)->stopScript, StopScriptStatus::UsingExpect);
    }

    void configAndScriptEditsAreFollowed()
    {
        const QString cfg = m_dir.filePath(u"b.cfg"_s);
        writeFile(cfg, parConfig(10020, {}));
        const QString pre = m_dir.filePath(u"b-pre.sh"_s);
        writeFile(pre, u"#!/bin/sh\necho one\n"_s);
        GuestStore store;
        store.upsert(guestWith(u"b"_s, cfg, pre));
        GuestPipeline pipeline(&store, options());
        QVERIFY(settle(pipeline));
        QCOMPARE(store.find(u"b"_s)->config.consolePort, 10020);

        QSignalSpy changed(&store, &GuestStore::guestChanged);
        // When an editor replaces the config (rename over it)
        replaceFile(cfg, parConfig(10021, u"eth-real"_s));
        // Then the new port and the NIC are in the store, with a Config change
        QTRY_COMPARE(store.find(u"b"_s)->config.consolePort, 10021);
        QTRY_COMPARE(store.find(u"b"_s)->nicChecks.size(), 1);
        QVERIFY(!store.find(u"b"_s)->nicChecks.first().missing);
        bool sawConfig = false;
        for (const QList<QVariant> &args : std::as_const(changed))
            sawConfig |= args.at(2).value<Guest::Fields>().testFlag(Guest::Field::Config);
        QVERIFY(sawConfig);
        // And an in-place edit of the pre-start script updates its head
        writeFile(pre, u"#!/bin/sh\necho two\n"_s);
        QTRY_COMPARE(
            store.find(u"b"_s)->preStartScriptHead, QStringList({ u"#!/bin/sh"_s, u"echo two"_s }));
    }

    void sharedInterfaceIsRecheckedForTheOtherGuest()
    {
        // Given two guests, only one of which uses eth-real
        const QString c1 = m_dir.filePath(u"one.cfg"_s);
        const QString c2 = m_dir.filePath(u"two.cfg"_s);
        writeFile(c1, parConfig(10031, u"eth-real"_s));
        writeFile(c2, parConfig(10032, {}));
        GuestStore store;
        store.upsert(guestWith(u"one"_s, c1));
        store.upsert(guestWith(u"two"_s, c2));
        GuestPipeline pipeline(&store, options());
        QVERIFY(settle(pipeline));
        QCOMPARE(store.find(u"one"_s)->nicChecks.value(0).usedByGuest, QString());

        // When the second guest's config starts using eth-real too
        writeFile(c2, parConfig(10032, u"eth-real"_s));

        // Then both guests report check (3), each naming the other
        QTRY_COMPARE(store.find(u"two"_s)->nicChecks.value(0).usedByGuest, u"one"_s);
        QTRY_COMPARE(store.find(u"one"_s)->nicChecks.value(0).usedByGuest, u"two"_s);

        // And when that guest is removed, the first one is clear again
        store.remove(u"two"_s);
        QTRY_COMPARE(store.find(u"one"_s)->nicChecks.value(0).usedByGuest, QString());
    }

    void licenseStateComesFromTheLog()
    {
        const QString log = m_dir.filePath(u"lic.log"_s);
        writeFile(log, u"20241125:101530.123456:info:Charon-PAR started\n"_s);
        const QString cfg = m_dir.filePath(u"lic.cfg"_s);
        writeFile(cfg, parConfig(10040, {}, log));
        GuestStore store;
        store.upsert(guestWith(u"lic"_s, cfg));
        GuestPipeline pipeline(&store, options());
        QVERIFY(settle(pipeline));
        QTRY_VERIFY(pipeline.licenseMonitor()->monitoredGuests().contains(u"lic"_s));
        QCOMPARE(store.find(u"lic"_s)->licenseStatus, QString());

        // When the emulator logs a lost license key
        QFile f(log);
        QVERIFY(f.open(QIODevice::Append));
        f.write("20241125:101531.000000:err:Contact with license key lost ...\n");
        f.close();

        // Then the guest's license status says so
        QTRY_VERIFY(!store.find(u"lic"_s)->licenseStatus.isEmpty());
        QVERIFY2(store.find(u"lic"_s)->licenseStatus.contains(u"lost"_s, Qt::CaseInsensitive),
            qPrintable(store.find(u"lic"_s)->licenseStatus));
    }

    void unitFileEditsAreAnnounced()
    {
        // Given a guest whose unit file and drop-in systemd loaded from these paths
        const QString unit = m_dir.filePath(u"charon-guest-u.service"_s);
        const QString dropIn = m_dir.filePath(u"50-charon-manager.conf"_s);
        writeFile(unit, u"[Service]\nExecStart=/bin/true\n"_s);
        writeFile(dropIn, u"[Service]\n"_s);
        const QString cfg = m_dir.filePath(u"u.cfg"_s);
        writeFile(cfg, parConfig(10060, {}));
        Guest g = guestWith(u"u"_s, cfg);
        g.unitFiles = { unit, dropIn };
        GuestStore store;
        store.upsert(g);
        GuestPipeline pipeline(&store, options());
        QVERIFY(settle(pipeline));
        QVERIFY(pipeline.watchedPaths().contains(dropIn));
        QSignalSpy announced(&pipeline, &GuestPipeline::unitFilesChanged);

        // When the admin edits the drop-in in place, then replaces the unit file
        writeFile(dropIn, u"[Service]\nTimeoutStopSec=123\n"_s);
        // Then the guest is named, so that systemd can be asked again
        QTRY_VERIFY(!announced.isEmpty());
        QCOMPARE(announced.first().first().toString(), u"u"_s);
        announced.clear();
        replaceFile(unit, u"[Service]\nExecStart=/bin/false\n"_s);
        QTRY_VERIFY(!announced.isEmpty());
    }

    void focusLimitsTheCostlyParts()
    {
        const QString c1 = m_dir.filePath(u"f1.cfg"_s);
        const QString c2 = m_dir.filePath(u"f2.cfg"_s);
        writeFile(c1, parConfig(10051, u"nic-missing0"_s));
        writeFile(c2, parConfig(10052, u"nic-missing0"_s));
        writeFile(options().stopScriptPath,
            stopScriptWith(u"  \"%1\"|\"%2\")\n    /bin/down\n    ;;\n"_s.arg(c1, c2)));
        GuestStore store;
        store.upsert(guestWith(u"f1"_s, c1));
        store.upsert(guestWith(u"f2"_s, c2));
        GuestPipeline::Options o = options();
        o.watch = false;
        o.focus = { u"f1"_s };
        GuestPipeline pipeline(&store, o);
        QVERIFY(settle(pipeline));
        // Both configurations are read (check (3) compares with them) ...
        QCOMPARE(store.find(u"f2"_s)->config.consolePort, 10052);
        // ... but only the guest in focus gets the stop script and NIC checks, which see the other
        QCOMPARE(store.find(u"f1"_s)->stopScript, StopScriptStatus::Customized);
        QCOMPARE(store.find(u"f1"_s)->nicChecks.value(0).usedByGuest, u"f2"_s);
        QCOMPARE(store.find(u"f2"_s)->stopScript, StopScriptStatus::NotFound);
        QVERIFY(store.find(u"f2"_s)->nicChecks.isEmpty());
        QVERIFY(pipeline.watchedPaths().isEmpty());
    }
};

CHARON_TEST_GUILESS_MAIN(TestGuestPipeline)
#include "tst_guestpipeline.moc"
