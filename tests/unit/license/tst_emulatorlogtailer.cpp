// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// EmulatorLogTailer on real files in a temporary directory: lines arrive whole whatever pieces
// they are written in, truncation and rotation start over, late files are found, and memory
// stays bounded (capped lines, chunked reads, skipped backlog, only the tail of an old file).

#include "core/license/emulatorlogtailer.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace charon::core;
using charon::test::appendToFile;

namespace {

QString chatter(int i)
{
    return u"%1 some emulator chatter to fill the file up"_s.arg(i, 6, 10, QChar(u'0'));
}

qint64 sizeOf(const QString &path)
{
    return QFileInfo(path).size();
}

// Everything a tailer says, in order.
struct Recorder
{
    explicit Recorder(EmulatorLogTailer &tailer)
        : m_tailer(tailer)
    {
        QObject::connect(&tailer, &EmulatorLogTailer::lines, &tailer, [this](const QStringList &l) {
            all += l;
            batches.append(l);
            replayed.append(m_tailer.isReplaying());
        });
    }
    QStringList all;
    QList<QStringList> batches;
    QList<bool> replayed;

private:
    EmulatorLogTailer &m_tailer;
};

} // namespace

class TestEmulatorLogTailer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_temp->isValid());
    }

    void piecesBecomeLines_data()
    {
        QTest::addColumn<QList<QByteArray>>("pieces");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("whole lines")
            << QList<QByteArray> { "one\ntwo\n" } << QStringList { u"one"_s, u"two"_s };
        QTest::newRow("partial line then its end") << QList<QByteArray> { "err:Contact with lic",
            "ense key lost ...\n" } << QStringList { u"err:Contact with license key lost ..."_s };
        QTest::newRow("CRLF") << QList<QByteArray> { "a\r\nb\r\n" }
                              << QStringList { u"a"_s, u"b"_s };
        QTest::newRow("CR and LF in different writes")
            << QList<QByteArray> { "a\r", "\nb\n" } << QStringList { u"a"_s, u"b"_s };
        QTest::newRow("empty lines kept")
            << QList<QByteArray> { "\n\nx\n" } << QStringList { QString(), QString(), u"x"_s };
        QTest::newRow("unfinished line held back")
            << QList<QByteArray> { "done\nnot yet" } << QStringList { u"done"_s };
        QTest::newRow("UTF-8 split across writes")
            << QList<QByteArray> { "caf\xc3", "\xa9\n" } << QStringList { u"caf\u00e9"_s };
    }

    void piecesBecomeLines()
    {
        QFETCH(QList<QByteArray>, pieces);
        QFETCH(QStringList, expected);
        // Given a tailer following a file that does not exist yet
        const QString path = m_dir.filePath(u"pieces.log"_s);
        EmulatorLogTailer tailer;
        Recorder recorder(tailer);
        tailer.followFile(path);
        // When the emulator writes the pieces, each one read before the next is written
        for (const QByteArray &piece : pieces) {
            QVERIFY(appendToFile(path, piece));
            QTRY_COMPARE(tailer.position(), sizeOf(path));
        }
        // Then exactly the complete lines come out, without their line ends
        QTRY_COMPARE(recorder.all, expected);
        QTest::qWait(50); // not synchronisation: a window in which a stray line would show
        QCOMPARE(recorder.all, expected);
    }

    void fileCreatedAfterStartInMissingDirectory()
    {
        // Given a tailer told to follow a log in a directory that does not exist yet
        const QString path = m_dir.filePath(u"late/sub/guest.log"_s);
        EmulatorLogTailer tailer;
        Recorder recorder(tailer);
        QSignalSpy opened(&tailer, &EmulatorLogTailer::fileOpened);
        tailer.followFile(path);
        QVERIFY(tailer.currentFile().isEmpty());
        QVERIFY(tailer.watchedPaths().contains(QFileInfo(m_dir.path()).absoluteFilePath()));
        // When the directories and then the file are created and written
        QVERIFY(QDir(m_dir.path()).mkpath(u"late/sub"_s));
        QVERIFY(appendToFile(path, "20240101:000000.000001:info:started\n"));
        // Then the whole new file is read, as a fresh one
        QTRY_COMPARE(recorder.all, QStringList { u"20240101:000000.000001:info:started"_s });
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(1).toBool(), true);
        QCOMPARE(tailer.currentFile(), path);
    }

    void truncationStartsOver()
    {
        // Given a followed file with lines already read
        const QString path = m_dir.filePath(u"trunc.log"_s);
        QVERIFY(appendToFile(path, "old one\nold two\n"));
        EmulatorLogTailer tailer;
        Recorder recorder(tailer);
        QSignalSpy opened(&tailer, &EmulatorLogTailer::fileOpened);
        tailer.followFile(path);
        QTRY_COMPARE(recorder.all.size(), 2);
        // When the file is truncated (the emulator restarted with O_TRUNC) and written again
        QFile file(path);
        QVERIFY(file.resize(0));
        QTRY_COMPARE(opened.size(), 2);
        QCOMPARE(opened.last().at(1).toBool(), true);
        QVERIFY(appendToFile(path, "new\n"));
        // Then reading restarts at offset 0
        QTRY_COMPARE(recorder.all, (QStringList { u"old one"_s, u"old two"_s, u"new"_s }));
    }

    void rotationReadsOldRestThenNewFile()
    {
        // Given a followed file and a writer that keeps it open
        const QString path = m_dir.filePath(u"rot.log"_s);
        QFile writer(path);
        QVERIFY(writer.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered));
        writer.write("before\n");
        EmulatorLogTailer tailer;
        Recorder recorder(tailer);
        tailer.followFile(path);
        QTRY_COMPARE(recorder.all, QStringList { u"before"_s });
        // When the file is renamed away, gets a last line, and a new file takes its name
        QVERIFY(QFile::rename(path, path + u".1"_s));
        writer.write("last of old\n");
        QVERIFY(appendToFile(path, "first of new\n"));
        // Then the old file's rest comes first, then the new file from its start
        QTRY_COMPARE(
            recorder.all, (QStringList { u"before"_s, u"last of old"_s, u"first of new"_s }));
        // And the new file is followed from now on
        QVERIFY(appendToFile(path, "more\n"));
        QTRY_COMPARE(recorder.all.size(), 4);
        QCOMPARE(recorder.all.last(), u"more"_s);
    }

    void replacedByRenameOntoPath()
    {
        // Given a followed file
        const QString path = m_dir.filePath(u"swap.log"_s);
        QVERIFY(appendToFile(path, "a\n"));
        EmulatorLogTailer tailer;
        Recorder recorder(tailer);
        tailer.followFile(path);
        QTRY_COMPARE(recorder.all.size(), 1);
        // When another file is renamed onto its path
        const QString other = m_dir.filePath(u"swap.tmp"_s);
        QVERIFY(appendToFile(other, "b\n"));
        QVERIFY(::rename(QFile::encodeName(other).constData(), QFile::encodeName(path).constData())
            == 0);
        QTRY_COMPARE(recorder.all, (QStringList { u"a"_s, u"b"_s }));
        // Then later writes to the new file are still seen (its watch was not lost)
        QVERIFY(appendToFile(path, "c\n"));
        QTRY_COMPARE(recorder.all, (QStringList { u"a"_s, u"b"_s, u"c"_s }));
    }

    void hugeLineIsCapped()
    {
        // Given a tailer with a 1 KiB line cap
        const QString path = m_dir.filePath(u"huge.log"_s);
        EmulatorLogTailer tailer;
        EmulatorLogTailer::Limits limits;
        limits.maxLineBytes = 1024;
        limits.maxReadPerWake = 8192;
        tailer.setLimits(limits);
        Recorder recorder(tailer);
        tailer.followFile(path);
        // When a 300 KiB line is written in several pieces, then a normal one
        for (int i = 0; i < 3; ++i) {
            QVERIFY(appendToFile(path, QByteArray(100 * 1024, 'x')));
            QTRY_COMPARE(tailer.position(), sizeOf(path));
        }
        QVERIFY(appendToFile(path, "\nnext\n"));
        // Then the long line arrives cut to the cap, once, and the next line intact
        QTRY_COMPARE(recorder.all.size(), 2);
        QCOMPARE(recorder.all.at(0), QString(1024, u'x'));
        QCOMPARE(recorder.all.at(1), u"next"_s);
        for (const QStringList &batch : std::as_const(recorder.batches)) {
            for (const QString &line : batch)
                QVERIFY(line.size() <= 1024);
        }
    }

    void binaryJunkSurvives()
    {
        // Given a log that receives random binary bytes (NULs, invalid UTF-8, lone CRs)
        const QString path = m_dir.filePath(u"junk.log"_s);
        EmulatorLogTailer tailer;
        EmulatorLogTailer::Limits limits;
        limits.maxLineBytes = 4096;
        tailer.setLimits(limits);
        Recorder recorder(tailer);
        tailer.followFile(path);
        QByteArray junk(200 * 1024, '\0');
        QRandomGenerator random(42);
        for (char &c : junk)
            c = char(random.bounded(256));
        QVERIFY(appendToFile(path, junk));
        // When a real line follows
        QVERIFY(appendToFile(path, "\nerr:Contact with license key lost ...\n"));
        // Then it comes out intact, and no line exceeds the cap
        QTRY_VERIFY(!recorder.all.isEmpty()
            && recorder.all.last() == u"err:Contact with license key lost ..."_s);
        for (const QString &line : std::as_const(recorder.all))
            QVERIFY(line.size() <= 4096);
    }

    void bigExistingFileReadsOnlyTail()
    {
        // Given a 4 MiB log written before following starts
        const QString path = m_dir.filePath(u"big.log"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            for (int i = 0; i < 100000; ++i)
                file.write(chatter(i).toUtf8() + '\n');
        }
        const qint64 size = sizeOf(path);
        QVERIFY(size > 4 * 1000 * 1000);
        EmulatorLogTailer tailer;
        EmulatorLogTailer::Limits limits;
        limits.initialTailBytes = 8192;
        tailer.setLimits(limits);
        Recorder recorder(tailer);
        QSignalSpy opened(&tailer, &EmulatorLogTailer::fileOpened);
        // When following starts
        tailer.followFile(path);
        // Then only complete lines of the last 8 KiB come, marked as replay
        QTRY_VERIFY(!recorder.all.isEmpty());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(1).toBool(), false);
        qint64 bytes = 0;
        const qsizetype length = chatter(0).size();
        for (const QString &line : std::as_const(recorder.all)) {
            QCOMPARE(line.size(), length); // never the cut end of a line
            bytes += line.size() + 1;
        }
        QVERIFY(bytes <= 8192);
        QVERIFY(bytes > 8192 - (length + 1));
        QCOMPARE(recorder.all.last(), chatter(99999));
        QCOMPARE(recorder.replayed.count(false), 0);
        // And a line written afterwards is live
        const int batches = int(recorder.batches.size());
        QVERIFY(appendToFile(path, "live\n"));
        QTRY_COMPARE(recorder.batches.size(), batches + 1);
        QCOMPARE(recorder.batches.last(), QStringList { u"live"_s });
        QCOMPARE(recorder.replayed.last(), false);
    }

    void readsAreChunked()
    {
        // Given a tailer reading at most 4 KiB per wake-up
        const QString path = m_dir.filePath(u"chunks.log"_s);
        EmulatorLogTailer tailer;
        EmulatorLogTailer::Limits limits;
        limits.maxReadPerWake = 4096;
        tailer.setLimits(limits);
        Recorder recorder(tailer);
        tailer.followFile(path);
        // When 100 KiB of lines arrive at once
        QByteArray text;
        for (int i = 0; i < 2000; ++i)
            text += QByteArray::number(i).rightJustified(49, '.') + '\n';
        QVERIFY(appendToFile(path, text));
        // Then every line arrives, in order, over many small batches
        QTRY_COMPARE(recorder.all.size(), 2000);
        QCOMPARE(recorder.all.last(), QString::number(1999).rightJustified(49, u'.'));
        QVERIFY(recorder.batches.size() >= 100000 / 4096);
        for (const QStringList &batch : std::as_const(recorder.batches))
            QVERIFY(batch.size() <= 4096 / 50 + 1);
    }

    void hugeBacklogIsSkipped()
    {
        // Given a followed file and a 64 KiB backlog limit
        const QString path = m_dir.filePath(u"flood.log"_s);
        QVERIFY(appendToFile(path, "start\n"));
        EmulatorLogTailer tailer;
        EmulatorLogTailer::Limits limits;
        limits.maxBacklogBytes = 64 * 1024;
        limits.initialTailBytes = 1024;
        tailer.setLimits(limits);
        Recorder recorder(tailer);
        QSignalSpy skipped(&tailer, &EmulatorLogTailer::skipped);
        tailer.followFile(path);
        QTRY_COMPARE(recorder.all, QStringList { u"start"_s });
        // When 1 MiB lands before the tailer wakes up
        QByteArray flood;
        while (flood.size() < 1024 * 1024)
            flood += "flood flood flood flood flood flood flood flood\n";
        flood += "the end\n";
        QVERIFY(appendToFile(path, flood));
        // Then most of it is skipped, reported, and the tail is read
        QTRY_COMPARE(skipped.size(), 1);
        QVERIFY(skipped.at(0).at(0).toLongLong() > 1000 * 1000);
        QTRY_COMPARE(recorder.all.last(), u"the end"_s);
        QVERIFY(recorder.all.size() < 30);
    }

    void followsNewestMatchingFile()
    {
        // Given a PAR working directory with an older and a newer log, and unrelated files
        const QString dir = m_dir.filePath(u"work"_s);
        QVERIFY(QDir().mkpath(dir));
        const QString older = dir + u"/charon-par.20240101-080000-0000.log"_s;
        const QString newer = dir + u"/charon-par.20240102-080000-0000.log"_s;
        QVERIFY(appendToFile(older, "older\n"));
        QVERIFY(appendToFile(newer, "newer\n"));
        QVERIFY(appendToFile(dir + u"/notes.txt"_s, "unrelated\n"));
        {
            QFile f(older);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(
                QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
        }
        EmulatorLogTailer tailer;
        Recorder recorder(tailer);
        const QStringList globs { u"charon-par.*.log"_s, u"hppa_log-*.log"_s };
        tailer.followNewest(dir, globs);
        // Then the newest one is followed
        QCOMPARE(tailer.currentFile(), newer);
        QTRY_COMPARE(recorder.all, QStringList { u"newer"_s });
        // When the emulator restarts: a last line in the old file, and a new file appears
        QVERIFY(appendToFile(newer, "last words\n"));
        QTRY_COMPARE(recorder.all.size(), 2);
        const QString newest = dir + u"/hppa_log-20240103-080000-000000000.log"_s;
        QVERIFY(appendToFile(newest, "fresh start\n"));
        // Then the tailer switches and reads the new file from its start
        QTRY_COMPARE(tailer.currentFile(), newest);
        QTRY_COMPARE(recorder.all, (QStringList { u"newer"_s, u"last words"_s, u"fresh start"_s }));
    }

    void fifoIsNotOpened()
    {
        // Given a FIFO named like a PAR log (opening it for reading would block)
        const QString dir = m_dir.filePath(u"fifo"_s);
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(::mkfifo(QFile::encodeName(dir + u"/charon-par.x.log"_s).constData(), 0600) == 0);
        // When the directory is followed
        EmulatorLogTailer tailer;
        tailer.followNewest(dir, { u"charon-par.*.log"_s });
        // Then nothing is opened and the call returned
        QVERIFY(tailer.currentFile().isEmpty());
    }

    void stopReleasesEverything()
    {
        const QString path = m_dir.filePath(u"stop.log"_s);
        QVERIFY(appendToFile(path, "x\n"));
        EmulatorLogTailer tailer;
        Recorder recorder(tailer);
        tailer.followFile(path);
        QTRY_COMPARE(recorder.all.size(), 1);
        // When stopped, nothing is watched and new lines are ignored
        tailer.stop();
        QVERIFY(tailer.watchedPaths().isEmpty());
        QVERIFY(tailer.currentFile().isEmpty());
        QVERIFY(appendToFile(path, "y\n"));
        QTest::qWait(100); // not synchronisation: a window in which the line would show
        QCOMPARE(recorder.all.size(), 1);
    }

private:
    struct Dir
    {
        const TestEmulatorLogTailer *test;
        QString filePath(const QString &name) const { return test->m_temp->filePath(name); }
        QString path() const { return test->m_temp->path(); }
    };
    std::unique_ptr<QTemporaryDir> m_temp;
    const Dir m_dir { this };
};

CHARON_TEST_GUILESS_MAIN(TestEmulatorLogTailer)
#include "tst_emulatorlogtailer.moc"
