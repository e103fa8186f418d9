// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// JobKind: systemd's job type words map to the enum and back unchanged (the CLI prints them),
// an unknown word is Other, and every job has a phrase for people.

#include "core/domain/jobkind.h"
#include "tests/harness/testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;

Q_DECLARE_METATYPE(charon::core::JobKind)

class TestJobKind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemdWords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<JobKind>("kind");
        QTest::addColumn<QString>("text");
        QTest::newRow("start") << u"start"_s << JobKind::Start << u"starting…"_s;
        QTest::newRow("verify-active")
            << u"verify-active"_s << JobKind::VerifyActive << u"checking it runs…"_s;
        QTest::newRow("stop") << u"stop"_s << JobKind::Stop << u"stopping…"_s;
        QTest::newRow("reload") << u"reload"_s << JobKind::Reload << u"reloading…"_s;
        QTest::newRow("reload-or-start")
            << u"reload-or-start"_s << JobKind::ReloadOrStart << u"reloading or starting…"_s;
        QTest::newRow("restart") << u"restart"_s << JobKind::Restart << u"restarting…"_s;
        QTest::newRow("try-restart") << u"try-restart"_s << JobKind::TryRestart << u"restarting…"_s;
        QTest::newRow("try-reload") << u"try-reload"_s << JobKind::TryReload << u"reloading…"_s;
        QTest::newRow("nop") << u"nop"_s << JobKind::Nop << u"busy…"_s;
    }
    void systemdWords()
    {
        QFETCH(QString, word);
        QFETCH(JobKind, kind);
        QFETCH(QString, text);
        QCOMPARE(jobKindFromSystemd(word), kind);
        QCOMPARE(jobKindName(kind), word);
        QCOMPARE(jobKindText(kind), text);
    }

    void noJobAndUnknownJobs()
    {
        // No job: nothing to say, in either form
        QCOMPARE(jobKindFromSystemd(QString()), JobKind::None);
        QCOMPARE(jobKindName(JobKind::None), QString());
        QCOMPARE(jobKindText(JobKind::None), QString());
        // A word a later systemd may add: still a job, shown as one
        QCOMPARE(jobKindFromSystemd(u"verify-started"_s), JobKind::Other);
        QCOMPARE(jobKindName(JobKind::Other), u"other"_s);
        QCOMPARE(jobKindText(JobKind::Other), u"busy…"_s);
        // Words are systemd's exactly: no case folding
        QCOMPARE(jobKindFromSystemd(u"Start"_s), JobKind::Other);
    }
};

CHARON_TEST_GUILESS_MAIN(TestJobKind)
#include "tst_jobkind.moc"
