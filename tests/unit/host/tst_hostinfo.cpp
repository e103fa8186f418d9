// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// HostInfo: the host header's values from a fake /proc, and sane values from the real one.

#include "core/host/hostinfo.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;

class TestHostInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsFakeProc()
    {
        // Given a fake /proc with 4 CPUs, a boot time and memory figures
        HostInfo info(charon::test::sourceDir() + u"/tests/data/hostinfo/proc"_s);
        // When it is read
        QVERIFY(info.refresh());
        // Then every value comes from it
        QCOMPARE(info.hostName(), u"charon-host"_s);
        QCOMPARE(info.cpuCount(), 4);
        QCOMPARE(info.bootTime(), QDateTime::fromSecsSinceEpoch(1717171717));
        QCOMPARE(info.memoryTotalKiB(), 16314396);
        QCOMPARE(info.memoryAvailableKiB(), 9254444);
    }

    void missingProcIsReported()
    {
        HostInfo info(u"/nonexistent-proc"_s);
        QVERIFY(!info.refresh());
        QCOMPARE(info.cpuCount(), -1);
        QVERIFY(!info.bootTime().isValid());
        QVERIFY(!info.hostName().isEmpty()); // falls back to uname
    }

    void realProcIsPlausible()
    {
        HostInfo info;
        QVERIFY(info.refresh());
        QVERIFY(info.cpuCount() >= 1);
        QVERIFY(info.bootTime() < QDateTime::currentDateTime());
        QVERIFY(info.bootTime() > QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
        QVERIFY(info.memoryTotalKiB() > 0);
        QVERIFY(info.memoryAvailableKiB() > 0);
        QVERIFY(info.memoryAvailableKiB() <= info.memoryTotalKiB());
    }
};

CHARON_TEST_GUILESS_MAIN(TestHostInfo)
#include "tst_hostinfo.moc"
