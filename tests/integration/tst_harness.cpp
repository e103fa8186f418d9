// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The test harness itself: a private systemd --user manager that really runs units, reports
// failures the way systemd does, and never puts anything in the host's root cgroup.

#include "tests/harness/testenv.h"
#include "tests/harness/testmain.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::test;

class TestHarness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void managerAnswersOnPrivateBus()
    {
        CHARON_REQUIRE_SYSTEMD();
        QString out;
        QCOMPARE(
            run(u"busctl"_s, { u"--user"_s, u"status"_s, u"org.freedesktop.systemd1"_s }, &out), 0);
        QVERIFY2(out.contains(u"systemd"_s), qPrintable(out));
    }

    void transientServiceRunsInsideChildCgroup()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given a transient service started through the suite's manager
        QCOMPARE(
            run(u"systemd-run"_s, { u"--user"_s, u"--unit=harness-probe"_s, u"sleep"_s, u"60"_s }),
            0);
        QTRY_COMPARE(unitProperty(u"harness-probe.service"_s, u"ActiveState"_s), u"active"_s);
        // Then its process lives below the harness's own cgroup, not in the host's root
        const QString pid = unitProperty(u"harness-probe.service"_s, u"MainPID"_s);
        QFile cgroups(u"/proc/%1/cgroup"_s.arg(pid));
        QVERIFY(cgroups.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(cgroups.readAll());
        QVERIFY2(text.contains(u"charon-harness-"_s), qPrintable(text));
        QCOMPARE(systemctl({ u"stop"_s, u"harness-probe.service"_s }), 0);
        QCOMPARE(unitProperty(u"harness-probe.service"_s, u"ActiveState"_s), u"inactive"_s);
    }

    void failingServiceIsReportedFailed()
    {
        CHARON_REQUIRE_SYSTEMD();
        QCOMPARE(run(u"systemd-run"_s, { u"--user"_s, u"--unit=harness-fail"_s, u"false"_s }), 0);
        QTRY_COMPARE(unitProperty(u"harness-fail.service"_s, u"ActiveState"_s), u"failed"_s);
        QCOMPARE(unitProperty(u"harness-fail.service"_s, u"Result"_s), u"exit-code"_s);
    }
};

CHARON_TEST_GUILESS_MAIN(TestHarness)
#include "tst_harness.moc"
