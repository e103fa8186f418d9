// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// EmulatorLogFeed on real files: the newest lines first (read backwards, with offsets that
// page further back), then every line written, through rotation, truncation and replacement;
// a missing, deleted, binary or flooded log is said among the lines and following goes on.

#include "core/journal/emulatorlogfeed.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace charon::core;
using charon::test::appendToFile;
using charon::test::writeFile;

namespace {
QByteArray numbered(int from, int to)
{
    QByteArray out;
    for (int i = from; i <= to; ++i)
        out += "line " + QByteArray::number(i) + '\n';
    return out;
}

// Every line the feed delivered, in order (reset replaces).
struct Recorder
{
    explicit Recorder(EmulatorLogFeed &feed)
    {
        QObject::connect(&feed, &LogFeed::reset, &feed, [this](const QList<LogLine> &lines) {
            all = lines;
            ++resets;
        });
        QObject::connect(&feed, &LogFeed::appended, &feed,
            [this](const QList<LogLine> &lines) { all += lines; });
    }
    QStringList texts() const
    {
        QStringList out;
        for (const LogLine &line : all)
            out << line.text;
        return out;
    }
    bool has(const QString &text) const { return texts().contains(text); }
    bool noticeContains(const QString &part) const
    {
        for (const LogLine &line : all) {
            if (line.kind == LogLine::Kind::Notice && line.text.contains(part))
                return true;
        }
        return false;
    }
    QList<LogLine> all;
    int resets = 0;
};

bool renameOver(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}
} // namespace

class TestEmulatorLogFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsWithTheNewestLinesThenFollows();
    void olderLinesAreReadAgain();
    void survivesRotationTruncationAndReplacement();
    void saysWhenTheLogIsMissingDeletedOrBinary();
    void saysWhenTooMuchWasWritten();
    void followsTheNewestPerStartFile();
};

void TestEmulatorLogFeed::startsWithTheNewestLinesThenFollows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"guest.log"_s);
    QVERIFY(writeFile(path, numbered(1, 50)));
    EmulatorLogFeed feed({ path, {}, {} });
    Recorder rec(feed);
    QSignalSpy reset(&feed, &LogFeed::reset);
    feed.start(10);
    QVERIFY(reset.wait(5000));
    QCOMPARE(rec.texts().size(), 10);
    QCOMPARE(rec.texts().first(), u"line 41"_s);
    QCOMPARE(rec.texts().last(), u"line 50"_s);

    // A line written appears, with the offset where it starts.
    QSignalSpy appended(&feed, &LogFeed::appended);
    QVERIFY(appendToFile(path, "WARN : hello\n"));
    QVERIFY(appended.wait(5000));
    QCOMPARE(rec.all.last().text, u"WARN : hello"_s);
    QCOMPARE(rec.all.last().priority, int(LogLine::Warning));
    QCOMPARE(rec.all.last().offset, qint64(numbered(1, 50).size()));
}

void TestEmulatorLogFeed::olderLinesAreReadAgain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"guest.log"_s);
    QVERIFY(writeFile(path, numbered(1, 30)));
    EmulatorLogFeed feed({ path, {}, {} });
    Recorder rec(feed);
    QSignalSpy reset(&feed, &LogFeed::reset);
    feed.start(10);
    QVERIFY(reset.wait(5000));
    // Lines written live carry offsets too: page back from one of them.
    QSignalSpy appended(&feed, &LogFeed::appended);
    QVERIFY(appendToFile(path, numbered(31, 33)));
    QTRY_VERIFY(rec.has(u"line 33"_s));
    QSignalSpy older(&feed, &LogFeed::older);
    feed.fetchOlder(rec.all.last(), 5); // before line 33
    QVERIFY(older.wait(5000));
    auto lines = older.at(0).at(0).value<QList<LogLine>>();
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.first().text, u"line 28"_s);
    QCOMPARE(lines.last().text, u"line 32"_s);
    QVERIFY(!older.at(0).at(1).toBool());
    feed.fetchOlder(lines.first(), 100);
    QVERIFY(older.wait(5000));
    lines = older.at(1).at(0).value<QList<LogLine>>();
    QCOMPARE(lines.size(), 27);
    QCOMPARE(lines.first().text, u"line 1"_s);
    QVERIFY(older.at(1).at(1).toBool()); // the start of the file
}

void TestEmulatorLogFeed::survivesRotationTruncationAndReplacement()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"guest.log"_s);
    QVERIFY(writeFile(path, numbered(1, 3)));
    EmulatorLogFeed feed({ path, {}, {} });
    Recorder rec(feed);
    QSignalSpy reset(&feed, &LogFeed::reset);
    feed.start(100);
    QVERIFY(reset.wait(5000));
    QCOMPARE(rec.texts(), (QStringList { u"line 1"_s, u"line 2"_s, u"line 3"_s }));

    // Rotation: the file moves away, a new one takes its name.
    QVERIFY(renameOver(path, path + u".1"_s));
    QVERIFY(writeFile(path, "after rotation\n"));
    QTRY_VERIFY_WITH_TIMEOUT(rec.has(u"after rotation"_s), 5000);
    QVERIFY(rec.noticeContains(u"started over"_s));

    // Truncation in place (to fewer bytes than were read).
    QVERIFY(appendToFile(path, numbered(1, 10)));
    QTRY_VERIFY_WITH_TIMEOUT(rec.texts().count(u"line 10"_s) == 1, 5000);
    QVERIFY(writeFile(path, "cut\n"));
    QTRY_VERIFY_WITH_TIMEOUT(rec.has(u"cut"_s), 5000);

    // Replacement: an editor's rename-over.
    QVERIFY(writeFile(dir.filePath(u"new.tmp"_s), "after replacement\n"));
    QVERIFY(renameOver(dir.filePath(u"new.tmp"_s), path));
    QTRY_VERIFY_WITH_TIMEOUT(rec.has(u"after replacement"_s), 5000);
    QVERIFY(appendToFile(path, "and on\n"));
    QTRY_VERIFY_WITH_TIMEOUT(rec.has(u"and on"_s), 5000);
    QCOMPARE(rec.resets, 1);
}

void TestEmulatorLogFeed::saysWhenTheLogIsMissingDeletedOrBinary()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"later.log"_s);
    EmulatorLogFeed feed({ path, {}, {} });
    Recorder rec(feed);
    QSignalSpy reset(&feed, &LogFeed::reset);
    feed.start(100);
    QTRY_COMPARE(reset.size(), 1); // (at once: there is nothing to read)
    QVERIFY(rec.noticeContains(u"does not exist"_s));

    QVERIFY(writeFile(path, "first\n"));
    QTRY_VERIFY_WITH_TIMEOUT(rec.has(u"first"_s), 5000);

    QByteArray binary(200, '\x01');
    binary[10] = '\0';
    QVERIFY(appendToFile(path, binary + "\n"));
    QTRY_VERIFY_WITH_TIMEOUT(rec.noticeContains(u"binary data"_s), 5000);
    QVERIFY(rec.texts().last().startsWith(u"[binary data"_s));

    QVERIFY(QFile::remove(path));
    QTRY_VERIFY_WITH_TIMEOUT(rec.noticeContains(u"deleted"_s), 5000);
    // ... and following goes on when it comes back.
    QVERIFY(writeFile(path, "back again\n"));
    QTRY_VERIFY_WITH_TIMEOUT(rec.has(u"back again"_s), 5000);

    // A directory where the log should be.
    EmulatorLogFeed odd({ dir.path(), {}, {} });
    Recorder oddRec(odd);
    QSignalSpy oddReset(&odd, &LogFeed::reset);
    odd.start(10);
    QTRY_COMPARE(oddReset.size(), 1);
    QVERIFY(oddRec.noticeContains(u"not a regular file"_s));
}

void TestEmulatorLogFeed::saysWhenTooMuchWasWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"flood.log"_s);
    QVERIFY(writeFile(path, "start\n"));
    EmulatorLogFeed feed({ path, {}, {} });
    EmulatorLogTailer::Limits limits;
    limits.maxBacklogBytes = 64 * 1024;
    limits.initialTailBytes = 4 * 1024;
    feed.setTailerLimits(limits);
    Recorder rec(feed);
    QSignalSpy reset(&feed, &LogFeed::reset);
    feed.start(100);
    QVERIFY(reset.wait(5000));
    QVERIFY(appendToFile(path, numbered(1, 20000)));
    QTRY_VERIFY_WITH_TIMEOUT(rec.has(u"line 20000"_s), 10000);
    QVERIFY(rec.noticeContains(u"were not shown"_s));
}

void TestEmulatorLogFeed::followsTheNewestPerStartFile()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"charon-par.1.log"_s), "old run\n"));
    EmulatorLogFeed feed({ {}, dir.path(), { u"charon-par.*.log"_s } });
    Recorder rec(feed);
    QSignalSpy reset(&feed, &LogFeed::reset);
    feed.start(100);
    QVERIFY(reset.wait(5000));
    QVERIFY(rec.has(u"old run"_s));
    QVERIFY(writeFile(dir.filePath(u"charon-par.2.log"_s), "new run\n"));
    QTRY_VERIFY_WITH_TIMEOUT(rec.has(u"new run"_s), 5000);
    QVERIFY(rec.noticeContains(u"newer log"_s));
}

CHARON_TEST_GUILESS_MAIN(TestEmulatorLogFeed)
#include "tst_emulatorlogfeed.moc"
