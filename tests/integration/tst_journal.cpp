// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The journal side of the logs window against a REAL systemd-journald: this suite's harness
// runs one beside its private `systemd --user` (tst_journal* suites get CHARON_HARNESS_JOURNAL,
// see tests/CMakeLists.txt), the manager logs to it from user@UID.service as on a host, and the
// product reads it through CHARON_JOURNAL_DIRECTORY. JournalFeed follows a unit live, reads
// older entries again from a cursor, and GuestHistory turns a real start, license loss and
// return, kill -9, start and stop of charon-guest-sim into a timeline, newest first.

#include "core/config/configparser.h"
#include "core/config/profileregistry.h"
#include "core/journal/guesthistory.h"
#include "core/journal/journalfeed.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;
using namespace charon::test;

namespace {
bool fileContains(const QString &path, const QByteArray &needle)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.readAll().contains(needle);
}

// Skips (with the reason) when the harness could not give this suite a journal.
bool journalPresent(QString *why)
{
    const QString dir = JournalFeed::directoryFromEnvironment();
    if (dir.isEmpty()) {
        *why = u"CHARON_JOURNAL_DIRECTORY is not set"_s;
        return false;
    }
    if (!QDir(dir).exists()) {
        *why = u"the harness started no systemd-journald (no %1; see %2/manager.log)"_s.arg(
            dir, testBase());
        return false;
    }
    return true;
}

#define REQUIRE_JOURNAL()                                                                          \
    do {                                                                                           \
        CHARON_REQUIRE_SYSTEMD();                                                                  \
        QString why_;                                                                              \
        if (!journalPresent(&why_))                                                                \
            QSKIP(qPrintable(why_));                                                               \
    } while (false)

struct Lines
{
    explicit Lines(LogFeed &feed)
    {
        QObject::connect(
            &feed, &LogFeed::reset, &feed, [this](const QList<LogLine> &l) { all = l; });
        QObject::connect(
            &feed, &LogFeed::appended, &feed, [this](const QList<LogLine> &l) { all += l; });
    }
    int indexOf(const QString &text) const
    {
        for (int i = 0; i < all.size(); ++i) {
            if (all.at(i).text == text)
                return i;
        }
        return -1;
    }
    bool has(const QString &text) const { return indexOf(text) >= 0; }
    QList<LogLine> all;
};

// A unit name not used before in this journal (a suite run again on the same manager, as
// `ctest --repeat` does, must not find the last run's entries).
QString freshUnit(const QString &stem)
{
    return u"charon-guest-%1-%2.service"_s.arg(stem).arg(QDateTime::currentMSecsSinceEpoch());
}

QString writeUnit(const QString &unit, const QString &service)
{
    QDir().mkpath(userUnitDir());
    const QString path = userUnitDir() + u'/' + unit;
    writeText(path, u"[Unit]\nDescription=journal test %1\n\n[Service]\n%2\n"_s.arg(unit, service));
    systemctl({ u"daemon-reload"_s });
    return path;
}
} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsAUnitLive();
    void readsOlderEntriesAgain();
    void historyOfARealGuest();
};

void TestJournal::followsAUnitLive()
{
    REQUIRE_JOURNAL();
    // Given a unit that writes a line per SIGUSR1, followed before it starts
    const QString unit = freshUnit(u"follow"_s);
    writeUnit(unit,
        u"ExecStart=/bin/sh -c 'echo hello-from-the-unit; trap \"echo ping-line\" USR1; "
        "while :; do sleep 1000 & wait $!; done'"_s);
    JournalFeed feed({ JournalFeed::Scope::User, unit, {}, false });
    Lines lines(feed);
    QSignalSpy reset(&feed, &LogFeed::reset);
    feed.start(100);
    QVERIFY(reset.wait(10000));

    // When it starts, its stdout and the manager's "Started" arrive, woken by the journal
    QSignalSpy appended(&feed, &LogFeed::appended);
    QCOMPARE(systemctl({ u"start"_s, unit }), 0);
    QTRY_VERIFY_WITH_TIMEOUT(lines.has(u"hello-from-the-unit"_s), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(lines.all.cbegin(), lines.all.cend(),
                                 [](const LogLine &l) { return l.text.startsWith(u"Started "_s); }),
        10000);
    const LogLine hello = lines.all.at(lines.indexOf(u"hello-from-the-unit"_s));
    QVERIFY(!hello.cursor.isEmpty());
    QVERIFY(hello.time.isValid());
    QVERIFY2(hello.origin.startsWith(u"sh["_s), qPrintable(hello.origin));

    // And a line written later appears within one wait on the signal
    appended.clear();
    QCOMPARE(systemctl({ u"kill"_s, u"--kill-whom=main"_s, u"-s"_s, u"USR1"_s, unit }), 0);
    QTRY_VERIFY_WITH_TIMEOUT(lines.has(u"ping-line"_s), 5000);

    // Another unit's lines never show
    QVERIFY(std::none_of(lines.all.cbegin(), lines.all.cend(),
        [](const LogLine &l) { return l.text.contains(u"dbus.service"_s); }));
    QCOMPARE(systemctl({ u"stop"_s, unit }), 0);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(lines.all.cbegin(), lines.all.cend(),
                                 [](const LogLine &l) { return l.text.startsWith(u"Stopped "_s); }),
        10000);
    QFile::remove(userUnitDir() + u'/' + unit);
}

void TestJournal::readsOlderEntriesAgain()
{
    REQUIRE_JOURNAL();
    const QString unit = freshUnit(u"many"_s);
    writeUnit(unit,
        // (the writer stays: journald names the unit of a line from its live process)
        u"ExecStart=/bin/sh -c 'for i in $$(seq 1 60); do echo many-$$i; done; exec sleep 1000'"_s);
    QCOMPARE(systemctl({ u"start"_s, unit }), 0);
    // (the journal has them once a follower sees the last one)
    {
        JournalFeed probe({ JournalFeed::Scope::User, unit, {}, false });
        Lines seen(probe);
        probe.start(1000);
        QTRY_VERIFY_WITH_TIMEOUT(seen.has(u"many-60"_s), 10000);
    }

    // Given a feed that starts with the newest 10 entries
    JournalFeed feed({ JournalFeed::Scope::User, unit, {}, false });
    Lines lines(feed);
    QSignalSpy reset(&feed, &LogFeed::reset);
    feed.start(10);
    QVERIFY(reset.wait(10000));
    QCOMPARE(lines.all.size(), 10);
    const int last = lines.indexOf(u"many-60"_s);
    QVERIFY(last >= 0);

    // When older entries are asked for from the first one, the 20 before it come, in order
    QSignalSpy older(&feed, &LogFeed::older);
    feed.fetchOlder(lines.all.first(), 20);
    QVERIFY(older.wait(10000));
    const auto before = older.at(0).at(0).value<QList<LogLine>>();
    QCOMPARE(before.size(), 20);
    QVERIFY(!older.at(0).at(1).toBool());
    QVERIFY(before.last().cursor != lines.all.first().cursor);
    QVERIFY(before.last().time <= lines.all.first().time);
    // Consecutive: many-N then many-(N+1) where both are numbered
    QStringList texts;
    for (const LogLine &l : before)
        texts << l.text;
    const int i40 = int(texts.indexOf(u"many-40"_s));
    QVERIFY2(i40 >= 0, qPrintable(texts.join(u", "_s)));
    QCOMPARE(texts.value(i40 + 1), u"many-41"_s);

    // And following still goes on from the newest entry, not from where the read went
    const int count = int(lines.all.size());
    QCOMPARE(systemctl({ u"restart"_s, unit }), 0);
    QTRY_VERIFY_WITH_TIMEOUT(lines.all.size() > count + 59, 10000);
    QCOMPARE(lines.all.at(count).time >= lines.all.at(count - 1).time, true);
    QVERIFY(std::none_of(lines.all.cbegin() + count, lines.all.cend(),
        [&](const LogLine &l) { return l.cursor == lines.all.at(count - 1).cursor; }));
    systemctl({ u"stop"_s, unit });
    QFile::remove(userUnitDir() + u'/' + unit);
}

void TestJournal::historyOfARealGuest()
{
    REQUIRE_JOURNAL();
    // Given a simulated PAR guest as a unit, its history open before anything happens
    const QString name = u"history"_s;
    QTemporaryDir work(testBase() + u"/work-XXXXXX"_s);
    QVERIFY(work.isValid());
    const QString cfg = work.filePath(name + u".cfg"_s);
    QVERIFY(writeText(cfg,
        u"system_model = \"rp4440\"\nconsole.type = telnet\nconsole.port = \"%1\"\n"
        "log_file = \"hpux.log\"\nlicense_key_id \"1422726238\"\n"
        "# charon-guest-sim: pace=0\n"_s.arg(freeTcpPort())));
    const QString unit = freshUnit(u"history"_s);
    writeUnit(unit,
        u"Type=simple\nWorkingDirectory=%1\nExecStart=%2 -x %3\n"_s.arg(
            work.path(), simulatorPath(), cfg));
    const auto profile = ProfileRegistry::forId(u"par"_s);
    QVERIFY(profile);
    GuestHistory history({ JournalFeed::Scope::User, unit, {}, false },
        { work.filePath(u"hpux.log"_s), {}, {} }, *profile);
    history.start();
    const auto kinds = [&history] {
        QList<HistoryEvent::Kind> out;
        for (const HistoryEvent &e : history.events())
            out << e.kind;
        return out;
    };
    using K = HistoryEvent::Kind;

    // When it starts, loses and regains its license key, is killed with SIGKILL, starts again
    // and is stopped
    QCOMPARE(systemctl({ u"start"_s, unit }), 0);
    QTRY_VERIFY_WITH_TIMEOUT(fileContains(work.filePath(u"hpux.log"_s), "started"), 15000);
    QCOMPARE(systemctl({ u"kill"_s, u"-s"_s, u"USR1"_s, unit }), 0);
    QTRY_VERIFY_WITH_TIMEOUT(kinds().contains(K::LicenseLost), 10000);
    QCOMPARE(systemctl({ u"kill"_s, u"-s"_s, u"USR2"_s, unit }), 0);
    QTRY_VERIFY_WITH_TIMEOUT(kinds().contains(K::LicenseRestored), 10000);
    QCOMPARE(systemctl({ u"kill"_s, u"-s"_s, u"KILL"_s, unit }), 0);
    QTRY_VERIFY_WITH_TIMEOUT(kinds().contains(K::Failed), 10000);
    QCOMPARE(systemctl({ u"start"_s, unit }), 0);
    QTRY_VERIFY_WITH_TIMEOUT(kinds().count(K::Started) == 2, 10000);
    QCOMPARE(systemctl({ u"stop"_s, unit }), 0);
    QTRY_VERIFY_WITH_TIMEOUT(kinds().contains(K::Stopped), 10000);

    // Then the timeline reads, newest first:
    const QList<K> expected = { K::Stopped, K::StopRequested, K::Started, K::Failed,
        K::ProcessExited, K::LicenseRestored, K::LicenseLost, K::Started };
    QList<K> got = kinds();
    // (a clean stop may also log the emulator's exit; only the expected kinds are compared)
    got.removeIf([&](K k) { return !expected.contains(k); });
    QStringList titles;
    for (const HistoryEvent &e : history.events())
        titles << e.time.toString(u"hh:mm:ss.zzz"_s) + u' ' + e.title + u" <- "_s + e.detail;
    QCOMPARE(got.size(), expected.size());
    QVERIFY2(got == expected, qPrintable(titles.join(u"\n"_s)));
    // The failure names systemd's result, the exit the signal
    for (const HistoryEvent &e : history.events()) {
        if (e.kind == K::Failed)
            QVERIFY2(e.title.contains(u"signal"_s), qPrintable(e.title));
        if (e.kind == K::ProcessExited)
            QVERIFY2(e.title.contains(u"killed, status 9"_s), qPrintable(e.title));
        if (e.kind == K::LicenseLost)
            QCOMPARE(e.source, HistoryEvent::Source::EmulatorLog);
    }
    QFile::remove(userUnitDir() + u'/' + unit);
}

CHARON_TEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
