// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// NicChecker: the four NIC problems against a fake sysfs, ifupdown file and nmcli, plus a real
// check of `lo`; NicOffload against a fake ethtool.

#include "core/host/niccheck.h"
#include "core/host/nicoffload.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testmain.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace {

QString data(const QString &rel)
{
    return charon::test::sourceDir() + u"/tests/data/niccheck/"_s + rel;
}

Guest guestWithNics(const QString &name, const QList<QPair<QString, QString>> &nics)
{
    Guest g;
    g.name = name;
    for (const auto &[nic, iface] : nics)
        g.config.nics << NicConfig { nic, iface, u"RAW"_s, 1 };
    return g;
}

// An executable shell script in `dir` with the given body.
QString script(const QTemporaryDir &dir, const QString &name, const QByteArray &body)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("#!/bin/sh\n" + body);
    f.close();
    f.setPermissions(f.permissions() | QFile::ExeOwner);
    return path;
}

} // namespace

class TestNicCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesNmcli()
    {
        const QSet<QString> managed = NicChecker::parseNmcliDevices(
            "eth0:connected\neth1:unmanaged\nwlan0:unavailable\nlo:unmanaged\n"
            "br\\:x:connected (externally)\n");
        QCOMPARE(managed, (QSet<QString> { u"eth0"_s, u"wlan0"_s, u"br:x"_s }));
    }

    void readsIfupdownWithSources()
    {
        NicChecker checker({ data(u"sys/class/net"_s), data(u"network/interfaces"_s), {} });
        // manual stanzas and loopback-only files do not count; sourced files do
        QCOMPARE(checker.ifupdownManaged(), (QSet<QString> { u"lo"_s, u"eth1"_s, u"eth3"_s }));
    }

    void flagsEachProblem()
    {
        // Given guest a using eth1 (ifupdown), eth2 (dedicated, also used by b) and eth9 (absent),
        // and a fake nmcli saying NetworkManager manages eth2
        QTemporaryDir dir;
        const QString nmcli = script(
            dir, u"nmcli"_s, "printf 'eth2:connected\\neth1:unmanaged\\nlo:unmanaged\\n'\n");
        NicChecker checker({ data(u"sys/class/net"_s), data(u"network/interfaces"_s), nmcli });
        const Guest a = guestWithNics(u"a"_s,
            { { u"EWA0"_s, u"eth1"_s }, { u"EWB0"_s, u"eth2"_s }, { u"EWC0"_s, u"eth9"_s },
                { u"EWD0"_s, {} } });
        const Guest b = guestWithNics(u"b"_s, { { u"EWA0"_s, u"eth2"_s } });
        QSignalSpy spy(&checker, &NicChecker::finished);
        // When a is checked
        checker.check(a, { a, b });
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.first().at(0).toString(), u"a"_s);
        const auto checks = spy.first().at(1).value<QList<NicCheck>>();
        // Then each NIC has exactly its problems (NICs without a host interface are skipped)
        QCOMPARE(checks.size(), 3);
        QCOMPARE(checks.at(0).interface, u"eth1"_s);
        QVERIFY(!checks.at(0).missing);
        QVERIFY(checks.at(0).managedByNetworkTool); // ifupdown static
        QVERIFY(checks.at(0).usedByGuest.isEmpty());
        QCOMPARE(checks.at(1).nic, u"EWB0"_s);
        QVERIFY(checks.at(1).managedByNetworkTool); // NetworkManager
        QCOMPARE(checks.at(1).usedByGuest, u"b"_s);
        QVERIFY(checks.at(2).missing);
        QVERIFY(!checks.at(2).managedByNetworkTool);
        QVERIFY(checks.at(2).hasProblem());
    }

    void worksWithoutNmcli()
    {
        NicChecker checker(
            { data(u"sys/class/net"_s), data(u"network/interfaces"_s), u"/nonexistent/nmcli"_s });
        const Guest a = guestWithNics(u"a"_s, { { u"EWA0"_s, u"eth2"_s } });
        QSignalSpy spy(&checker, &NicChecker::finished);
        checker.check(a, { a });
        QVERIFY(spy.wait(5000));
        const auto checks = spy.first().at(1).value<QList<NicCheck>>();
        QCOMPARE(checks.size(), 1);
        QVERIFY(!checks.first().hasProblem()); // dedicated, manual, alone, no address
    }

    void realLoopbackHasAnAddress()
    {
        // Given the real sysfs and a guest (oddly) configured on lo
        NicChecker checker({ u"/sys/class/net"_s, u"/nonexistent"_s, {} });
        const Guest a = guestWithNics(u"a"_s, { { u"EWA0"_s, u"lo"_s } });
        QSignalSpy spy(&checker, &NicChecker::finished);
        checker.check(a, { a });
        QVERIFY(spy.wait(5000));
        const auto checks = spy.first().at(1).value<QList<NicCheck>>();
        // Then lo exists and has 127.0.0.1: problem (4)
        QCOMPARE(checks.size(), 1);
        QVERIFY(!checks.first().missing);
        QVERIFY2(checks.first().addresses.contains(u"127.0.0.1"_s),
            qPrintable(checks.first().addresses.join(u' ')));
        QVERIFY(checks.first().hasProblem());
    }

    void offloadFeaturesFromEthtool()
    {
        const QByteArray out = "Features for eth2:\n"
                               "rx-checksumming: on\n"
                               "tx-checksumming: on\n"
                               "\ttx-checksum-ipv4: on\n"
                               "scatter-gather: on\n"
                               "tcp-segmentation-offload: off\n"
                               "generic-receive-offload: on\n"
                               "large-receive-offload: off [fixed]\n"
                               "rx-vlan-offload: on [fixed]\n"
                               "highdma: on [fixed]\n"
                               "rx-all: off\n";
        QCOMPARE(NicOffload::featuresToDisable(out),
            (QStringList { u"rx-checksumming"_s, u"tx-checksumming"_s, u"scatter-gather"_s,
                u"generic-receive-offload"_s }));
    }

    void offloadRunsEthtoolWithArgv()
    {
        // Given a fake ethtool that shows two offloads on and records what -K gets
        QTemporaryDir dir;
        const QByteArray log = dir.filePath(u"K.args"_s).toUtf8();
        const QString ethtool = script(dir, u"ethtool"_s,
            "if [ \"$1\" = -k ]; then printf 'Features for %s:\\nrx-checksumming: on\\n"
            "generic-receive-offload: on\\nhighdma: on\\n' \"$2\"; exit 0; fi\n"
            "printf '%s\\n' \"$@\" > '"
                + log + "'\n");
        NicOffload offload;
        offload.setEthtool(ethtool);
        QSignalSpy spy(&offload, &NicOffload::finished);
        // When offloads are disabled on eth2
        offload.disable(u"eth2"_s);
        QVERIFY(spy.wait(5000));
        // Then one -K call turns both off
        QCOMPARE(spy.first().at(1).toBool(), true);
        QFile f(QString::fromUtf8(log));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(),
            QByteArray("-K\neth2\nrx-checksumming\noff\ngeneric-receive-offload\noff\n"));
    }

    void offloadReportsFailures()
    {
        QTemporaryDir dir;
        NicOffload offload;
        offload.setEthtool(script(dir, u"ethtool"_s, "echo 'no such device' >&2; exit 76\n"));
        QSignalSpy spy(&offload, &NicOffload::finished);
        offload.disable(u"eth9"_s);
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.first().at(1).toBool(), false);
        QVERIFY(spy.first().at(2).toString().contains(u"no such device"_s));

        offload.setEthtool(u"/nonexistent/ethtool"_s);
        offload.disable(u"eth9"_s);
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.at(1).at(1).toBool(), false);
    }
};

CHARON_TEST_GUILESS_MAIN(TestNicCheck)
#include "tst_niccheck.moc"
