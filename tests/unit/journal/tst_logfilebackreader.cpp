// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// LogFileBackReader on real files: the lines before an offset, newest last, with their exact
// offsets (so the next read goes on where this one ended), bounded by lines and bytes, the
// start of the file reported, a replaced file refused, and an offset a few bytes off (a \r the
// tailer dropped) still lands on a line boundary.

#include "core/journal/logfilebackreader.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace charon::core;
using charon::test::writeFile;

namespace {
quint64 inodeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? quint64(st.st_ino) : 0;
}

QByteArray numbered(int from, int to)
{
    QByteArray out;
    for (int i = from; i <= to; ++i)
        out += "line " + QByteArray::number(i) + '\n';
    return out;
}
} // namespace

class TestLogFileBackReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheNewestLinesBeforeAnOffset();
    void pagesBackToTheStart();
    void boundsTheBytesRead();
    void refusesAReplacedFile();
    void realignsAnOffsetThatMissesALineStart();
    void marksBinaryLinesAndLevels();
};

void TestLogFileBackReader::readsTheNewestLinesBeforeAnOffset()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.log"_s);
    QVERIFY(writeFile(path, numbered(1, 100)));
    const auto result = LogFileBackReader::read(path, inodeOf(path), -1, 10);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.lines.size(), 10);
    QCOMPARE(result.lines.first().text, u"line 91"_s);
    QCOMPARE(result.lines.last().text, u"line 100"_s);
    QVERIFY(!result.complete);
    // Offsets are exact: the bytes there are the line.
    const QByteArray all = numbered(1, 100);
    QCOMPARE(all.indexOf("line 91\n"), result.lines.first().offset);
    QCOMPARE(result.lines.first().file, path);
    QCOMPARE(result.lines.first().inode, inodeOf(path));
}

void TestLogFileBackReader::pagesBackToTheStart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.log"_s);
    QVERIFY(writeFile(path, numbered(1, 25)));
    QStringList seen;
    qint64 end = -1;
    bool complete = false;
    for (int round = 0; round < 10 && !complete; ++round) {
        const auto result = LogFileBackReader::read(path, 0, end, 10);
        QVERIFY(result.error.isEmpty());
        QStringList batch;
        for (const LogLine &line : result.lines)
            batch << line.text;
        seen = batch + seen;
        complete = result.complete;
        end = result.lines.isEmpty() ? 0 : result.lines.first().offset;
    }
    QVERIFY(complete);
    QCOMPARE(seen.size(), 25);
    QCOMPARE(seen.first(), u"line 1"_s);
    QCOMPARE(seen.last(), u"line 25"_s);
    seen.removeDuplicates();
    QCOMPARE(seen.size(), 25);
}

void TestLogFileBackReader::boundsTheBytesRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"huge.log"_s);
    // 4 MiB without a single newline, then two lines: asked for 10 lines with 1 MiB at most.
    QVERIFY(writeFile(path, QByteArray(4 * 1024 * 1024, 'x') + "\nlast-but-one\nlast\n"));
    const auto result = LogFileBackReader::read(path, 0, -1, 10, 1024 * 1024);
    QVERIFY(!result.complete);
    QCOMPARE(result.lines.size(), 2);
    QCOMPARE(result.lines.at(0).text, u"last-but-one"_s);
}

void TestLogFileBackReader::refusesAReplacedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.log"_s);
    QVERIFY(writeFile(path, numbered(1, 5)));
    const quint64 before = inodeOf(path);
    const QString other = dir.filePath(u"b.log"_s);
    QVERIFY(writeFile(other, numbered(100, 105)));
    QVERIFY(
        ::rename(QFile::encodeName(other).constData(), QFile::encodeName(path).constData()) == 0);
    const auto result = LogFileBackReader::read(path, before, 20, 10);
    QVERIFY(result.lines.isEmpty());
    QVERIFY2(result.error.contains(u"replaced"_s), qPrintable(result.error));
    const auto gone = LogFileBackReader::read(dir.filePath(u"nothing.log"_s), 0, -1, 10);
    QVERIFY2(gone.error.contains(u"gone"_s), qPrintable(gone.error));
}

void TestLogFileBackReader::realignsAnOffsetThatMissesALineStart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"crlf.log"_s);
    QVERIFY(writeFile(path, "one\r\ntwo\r\nthree\r\n"));
    // "three" starts at 10; an estimate of 8 (inside "two\r\n") must not cut "two".
    const auto result = LogFileBackReader::read(path, 0, 8, 10);
    QCOMPARE(result.lines.size(), 2);
    QCOMPARE(result.lines.at(0).text, u"one"_s);
    QCOMPARE(result.lines.at(1).text, u"two"_s);
    QVERIFY(result.complete);
}

void TestLogFileBackReader::marksBinaryLinesAndLevels()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mixed.log"_s);
    QByteArray binary(64, '\0');
    binary[3] = 'x';
    QVERIFY(writeFile(path,
        "20260101:120000.000000:ERROR:2:00000338:x.cxx(1): disk failed\n" + binary
            + "\n20260101:120001.000000:WARN :1:00000337:x.cxx(2): careful\nplain text\n"));
    const auto result = LogFileBackReader::read(path, 0, -1, 10);
    QCOMPARE(result.lines.size(), 4);
    QCOMPARE(result.lines.at(0).priority, int(LogLine::Error));
    QVERIFY(result.lines.at(0).time.isValid());
    QVERIFY2(
        result.lines.at(1).text.startsWith(u"[binary data"_s), qPrintable(result.lines.at(1).text));
    QCOMPARE(result.lines.at(2).priority, int(LogLine::Warning));
    QCOMPARE(result.lines.at(3).priority, int(LogLine::Info));
}

CHARON_TEST_GUILESS_MAIN(TestLogFileBackReader)
#include "tst_logfilebackreader.moc"
