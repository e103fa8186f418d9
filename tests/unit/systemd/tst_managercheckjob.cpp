// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// An unreachable systemd says why: ManagerCheckJob names the missing bus with libdbus's reason,
// and the window's store (through GuestMonitor) says the same and when the connection tries
// again, from the connection's backoff timer (no poll). A bus with no manager is covered with
// a real dbus-daemon by tests/integration/tst_cli_unreachable.

#include "core/guests/guestmonitor.h"
#include "core/guests/gueststore.h"
#include "core/systemd/managercheckjob.h"
#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdconnection.h"
#include "tests/harness/testmain.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;

class TestManagerCheckJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noBusSaysWhy()
    {
        QTemporaryDir dir;
        SystemdConnection connection(u"unix:path="_s + dir.filePath(u"gone"_s));
        SystemdClient client(&connection);
        QVERIFY(!connection.isBusConnected());
        QVERIFY(!connection.busError().isEmpty());
        ManagerCheckJob *job = client.checkManager(1000);
        QSignalSpy finished(job, &SystemdJob::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(job->error().category, SystemdError::Category::Disconnected);
        QVERIFY2(job->errorString().startsWith(u"systemd is unreachable: cannot connect to the "_s),
            qPrintable(job->errorString()));
        QVERIFY2(job->errorString().contains(u"gone"_s), qPrintable(job->errorString()));
    }

    void storeSaysWhyAndWhenItRetries()
    {
        QTemporaryDir dir;
        SystemdConnection connection(u"unix:path="_s + dir.filePath(u"gone"_s));
        SystemdClient client(&connection);
        GuestStore store;
        GuestMonitor monitor(&client, &store);
        monitor.start();
        QVERIFY(!store.isConnected());
        QSignalSpy changed(&store, &GuestStore::disconnectionReasonChanged);
        // The first retry is scheduled at once; its announcement names the cause and the delay
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        const QString reason = changed.last().at(0).toString();
        QVERIFY2(reason.contains(u"cannot connect to the "_s) && reason.contains(u"gone"_s)
                && reason.contains(u"trying again in 0.25 s"_s),
            qPrintable(reason));
        // And a later attempt, after the backoff doubled, says the longer wait
        QTRY_VERIFY_WITH_TIMEOUT(
            changed.last().at(0).toString().contains(u"trying again in 1 s"_s), 5000);
    }
};

CHARON_TEST_GUILESS_MAIN(TestManagerCheckJob)
#include "tst_managercheckjob.moc"
