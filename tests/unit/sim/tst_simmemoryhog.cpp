// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// MemoryHog (the simulator's leak_mb switch): it grows to its cap and stops there, so a test
// can make the simulator be OOM-killed inside a memory-limited unit, and a switch given by
// mistake cannot eat the machine.

#include "sim/memoryhog.h"
#include "tests/harness/testmain.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace charon::sim;

namespace {
// Resident set size of this process in KiB, from /proc/self/status.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

class TestSimMemoryHog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void growsToItsCapAndStops()
    {
        // Given a hog capped at 16 MiB
        const qint64 before = residentKiB();
        MemoryHog hog(16);
        QSignalSpy capped(&hog, &MemoryHog::capReached);
        // When it runs
        hog.start();
        // Then it reports the cap once, holds exactly that, and the pages are really resident
        QVERIFY(capped.wait(5000));
        QCOMPARE(capped.size(), 1);
        QCOMPARE(capped.first().first().toInt(), 16);
        QCOMPARE(hog.megabytes(), 16);
        QVERIFY2(residentKiB() - before >= 15 * 1024,
            qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(residentKiB() - before)));
        QVERIFY(!hog.isGrowing()); // stopped: no second report, no more growth
    }

    void noCapNoGrowth()
    {
        MemoryHog hog(0);
        QSignalSpy capped(&hog, &MemoryHog::capReached);
        hog.start();
        QVERIFY(!hog.isGrowing());
        QCOMPARE(hog.megabytes(), 0);
        QCOMPARE(capped.size(), 0);
    }
};

CHARON_TEST_GUILESS_MAIN(TestSimMemoryHog)
#include "tst_simmemoryhog.moc"
