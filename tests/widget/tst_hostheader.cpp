// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// HostHeader: the host's facts from a (fake) /proc through HostInfo, memory re-read on its
// timer, the connection and the guest counts following the GuestStore.

#include "tests/harness/testenv.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"
#include "tests/widget/sampleguests.h"
#include "ui/window/hostheader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using charon::test::writeFile;
using namespace charon::core;
using charon::ui::HostHeader;

namespace { } // namespace

class TestHostHeader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheHost()
    {
        GuestStore store;
        HostHeader header(&store);
        // Before anything is known, values are "-"
        QCOMPARE(header.memoryText(), u"Memory: -"_s);
        QCOMPARE(header.cpuText(), u"CPUs: -"_s);
        // Given the fake /proc of a 16-CPU, 64 GB host
        header.setHostInfo(HostInfo(charon::test::sourceDir() + u"/tests/data/ui/proc"_s));
        header.setHost({}, u"system"_s);
        QCOMPARE(header.hostText(), u"charon-host1 (system)"_s);
        QCOMPARE(header.cpuText(), u"CPUs: 16"_s);
        QCOMPARE(header.memoryText(), u"Memory: 23.0 GB free of 62.8 GB"_s);
        QCOMPARE(header.memoryUsedPercent(), 63);
        QVERIFY(header.bootText().startsWith(u"Up since 2025-01-01"_s));
        // A name given by the caller wins over /proc's (e.g. a remote host)
        header.setHost(u"alpha"_s, u"user"_s);
        QCOMPARE(header.hostText(), u"alpha (user)"_s);
    }

    void memoryIsReReadOnItsTimer()
    {
        // Given a /proc whose memory figures change
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.path() + u"/sys/kernel"_s));
        QVERIFY(writeFile(dir.path() + u"/stat"_s, "cpu0 1 1 1 1\nbtime 1735711200\n"));
        QVERIFY(writeFile(
            dir.path() + u"/meminfo"_s, "MemTotal: 4194304 kB\nMemAvailable: 3145728 kB\n"));
        GuestStore store;
        HostHeader header(&store);
        header.setHostInfo(HostInfo(dir.path()), 20);
        header.show();
        QCOMPARE(header.memoryUsedPercent(), 25);
        // When the host's free memory drops, the bar follows without any call
        QVERIFY(writeFile(
            dir.path() + u"/meminfo"_s, "MemTotal: 4194304 kB\nMemAvailable: 1048576 kB\n"));
        QTRY_COMPARE(header.memoryUsedPercent(), 75);
        QCOMPARE(header.memoryText(), u"Memory: 1.0 GB free of 4.0 GB"_s);
    }

    void connectionAndCountsFollowTheStore()
    {
        GuestStore store;
        HostHeader header(&store);
        QCOMPARE(header.connectionText(), u"● Not connected to systemd"_s);
        QCOMPARE(header.guestSummary(), u"0 guests"_s);
        // When the monitor connects and fills the store
        store.setConnected(true);
        charon::test::fillSampleStore(store);
        QCOMPARE(header.connectionText(), u"● Connected to systemd"_s);
        // (the counts are redone once per event-loop turn, not once per guest)
        QTRY_COMPARE(header.guestSummary(),
            u"8 guests: ● 2 active  ● 2 changing  ● 1 failed  ● 2 inactive  ● 1 unknown"_s);
        // When a guest recovers and the bus goes away
        store.upsert(charon::test::sampleGuest(u"tru64-build"_s, u"axp"_s, charon::test::kRunning));
        store.setConnected(false, u"the bus closed"_s);
        QTRY_COMPARE(header.guestSummary(),
            u"8 guests: ● 3 active  ● 2 changing  ● 2 inactive  ● 1 unknown"_s);
        QCOMPARE(header.connectionText(), u"● Not connected to systemd: the bus closed"_s);
    }

    // The session starts before the window is built (app/main_gui.cpp): a header made after
    // the store was told why it is not connected still says why.
    void aHeaderMadeLaterSaysWhyNotConnected()
    {
        GuestStore store;
        store.setConnected(false, u"cannot connect to the user bus: no bus at this address"_s);
        HostHeader header(&store);
        QCOMPARE(header.connectionText(),
            u"● Not connected to systemd: cannot connect to the user bus: no bus at this address"_s);
    }
};

CHARON_TEST_MAIN(TestHostHeader)
#include "tst_hostheader.moc"
