// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// OsProbeMonitor: probes running guests that have a branch, never two runs of one guest at once
// even when a probe takes longer than the interval, honours the timeout, and stops probing a
// guest that stops.

#include "core/guests/gueststore.h"
#include "core/guests/osprobemonitor.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;
using charon::test::readFile;
using charon::test::writeText;

namespace {
Guest guest(const QString &name, const QString &config, bool running)
{
    Guest g;
    g.name = name;
    g.unit = unitNameForGuest(name);
    g.configPath = config;
    g.unitStatus.loadState = u"loaded"_s;
    g.unitStatus.activeState = running ? u"active"_s : u"inactive"_s;
    g.unitStatus.subState = running ? u"running"_s : u"dead"_s;
    g.derived = deriveState(g.unitStatus);
    return g;
}
} // namespace

class TestOsProbeMonitor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeScript(const QString &body)
    {
        const QString path = m_dir.filePath(u"probe.sh"_s);
        writeText(path, body);
        QFile::setPermissions(
            path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return path;
    }

private Q_SLOTS:
    void neverOverlapsAndHonoursTheTimeout()
    {
        // Each run logs its start and end; it sleeps 3 s, far past the 100 ms interval, and the
        // 400 ms timeout kills it (so no "end" line is written by a killed run).
        const QString log = m_dir.filePath(u"runs.log"_s);
        const QString script = writeScript(u"#!/bin/sh\ncase \"$1\" in\n/cfg/slow.cfg)\n"
                                           "  echo \"start $(date +%s%N)\" >> '"_s
            + log + u"'\n  sleep 3\n  echo end >> '"_s + log + u"'\n  exit 0 ;;\nesac\nexit 1\n"_s);
        GuestStore store;
        store.upsert(guest(u"slow"_s, u"/cfg/slow.cfg"_s, true));
        store.upsert(guest(u"other"_s, u"/cfg/other.cfg"_s, true)); // no branch
        store.upsert(guest(u"off"_s, u"/cfg/slow.cfg"_s, false)); // not running
        OsProbeMonitor::Options options;
        options.scriptPath = script;
        options.intervalMs = 100;
        options.limits.timeoutMs = 400;
        OsProbeMonitor monitor(&store, options);
        QSignalSpy finished(&monitor, &OsProbeMonitor::runFinished);
        QCOMPARE(monitor.pending(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 3, 10000);
        for (const QList<QVariant> &args : std::as_const(finished))
            QCOMPARE(args.at(0).toString(), u"slow"_s);
        QVERIFY(monitor.pending() <= 1); // never two at once
        const OsAnswer answer = store.find(u"slow"_s)->osAnswer;
        QCOMPARE(answer.verdict, OsAnswer::Verdict::Error);
        QVERIFY2(answer.detail.contains(u"did not finish"_s), qPrintable(answer.detail));
        QVERIFY(!readFile(log).contains("end")); // every run was cut at the timeout
        QCOMPARE(store.find(u"other"_s)->osAnswer.verdict, OsAnswer::Verdict::NotProbed);
        QCOMPARE(store.find(u"off"_s)->osAnswer.verdict, OsAnswer::Verdict::NotProbed);

        // The guest stops: no more probes, the verdict goes back to "not probed".
        store.upsert(guest(u"slow"_s, u"/cfg/slow.cfg"_s, false));
        QCOMPARE(monitor.pending(), 0);
        QCOMPARE(store.find(u"slow"_s)->osAnswer.verdict, OsAnswer::Verdict::NotProbed);
    }

    void answersAndRemembersWhen()
    {
        const QString script = writeScript(
            u"#!/bin/sh\ncase \"$1\" in\n/cfg/a.cfg) exit 0 ;;\n/cfg/b.cfg) exit 255 ;;\nesac\n"_s);
        GuestStore store;
        store.upsert(guest(u"a"_s, u"/cfg/a.cfg"_s, true));
        store.upsert(guest(u"b"_s, u"/cfg/b.cfg"_s, true));
        OsProbeMonitor::Options options;
        options.scriptPath = script;
        options.repeat = false; // one look, like charon-vm status
        options.watchScript = false;
        OsProbeMonitor monitor(&store, options);
        QTRY_COMPARE_WITH_TIMEOUT(monitor.pending(), 0, 10000);
        const OsAnswer a = store.find(u"a"_s)->osAnswer;
        QCOMPARE(a.verdict, OsAnswer::Verdict::Answers);
        QVERIFY(a.answeredAt.isValid());
        const OsAnswer b = store.find(u"b"_s)->osAnswer;
        QCOMPARE(b.verdict, OsAnswer::Verdict::NoAnswer);
        QVERIFY(!b.answeredAt.isValid());
        QCOMPARE(monitor.runsStarted(), 2);
    }

    void anEditedScriptIsFollowed()
    {
        const QString script = writeScript(u"#!/bin/sh\nexit 0\n"_s); // no branch yet
        GuestStore store;
        store.upsert(guest(u"a"_s, u"/cfg/a.cfg"_s, true));
        OsProbeMonitor::Options options;
        options.scriptPath = script;
        OsProbeMonitor monitor(&store, options);
        QCOMPARE(monitor.runsStarted(), 0);
        writeScript(u"#!/bin/sh\ncase \"$1\" in\n/cfg/a.cfg) exit 0 ;;\nesac\n"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            store.find(u"a"_s)->osAnswer.verdict, OsAnswer::Verdict::Answers, 10000);
    }
};

CHARON_TEST_GUILESS_MAIN(TestOsProbeMonitor)
#include "tst_osprobemonitor.moc"
