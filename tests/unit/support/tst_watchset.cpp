// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// WatchSet: QFileSystemWatcher's interface over one shared inotify instance. A window with 300
// guests follows 300 logs; with one QFileSystemWatcher each it would need 300 inotify
// instances where Linux grants a user 128, and Qt would fall back to polling.

#include "core/support/watchset.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"

#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using charon::core::WatchSet;

namespace {
// Fails the test where the write fails.
void append(const QString &path, const QByteArray &bytes)
{
    QVERIFY2(charon::test::appendToFile(path, bytes), qPrintable(path));
}
} // namespace

class TestWatchSet : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void manySetsShareOneInotifyInstance()
    {
        const int before = WatchSet::inotifyInstancesInProcess();
        std::vector<std::unique_ptr<WatchSet>> sets;
        for (int i = 0; i < 300; ++i) {
            const QString path = m_dir.filePath(u"log-%1"_s.arg(i));
            append(path, "x\n");
            sets.push_back(std::make_unique<WatchSet>());
            QVERIFY(sets.back()->addPath(path));
            QVERIFY(sets.back()->addPath(m_dir.path()));
        }
        // One instance for all of them (the count is of the whole process: none before)
        QCOMPARE(WatchSet::inotifyInstancesInProcess(), before + 1);
        // And each still hears only its own file
        QSignalSpy spy7(sets[7].get(), &WatchSet::fileChanged);
        QSignalSpy spy8(sets[8].get(), &WatchSet::fileChanged);
        append(m_dir.filePath(u"log-7"_s), "y\n");
        QVERIFY(spy7.wait());
        QCOMPARE(spy7.first().first().toString(), m_dir.filePath(u"log-7"_s));
        QCOMPARE(spy8.size(), 0);
        sets.clear();
        // The shared instance goes with the last set (once the event loop turns)
        QTRY_COMPARE(WatchSet::inotifyInstancesInProcess(), before);
    }

    void aSetLettingGoDoesNotBlindAnother()
    {
        const QString path = m_dir.filePath(u"shared.log"_s);
        append(path, "x\n");
        WatchSet a;
        WatchSet b;
        QVERIFY(a.addPath(path));
        QVERIFY(b.addPath(path));
        QCOMPARE(a.files(), QStringList { path });
        QVERIFY(a.removePath(path));
        QVERIFY(a.files().isEmpty());
        QSignalSpy heardByA(&a, &WatchSet::fileChanged);
        QSignalSpy heardByB(&b, &WatchSet::fileChanged);
        append(path, "y\n");
        QVERIFY(heardByB.wait());
        QCOMPARE(heardByA.size(), 0);
        QVERIFY(!a.addPath(m_dir.filePath(u"does-not-exist"_s)));
    }

    void aRemovedFileLeavesEverySetAndCanBeWatchedAgain()
    {
        const QString path = m_dir.filePath(u"rotated.log"_s);
        append(path, "x\n");
        WatchSet a;
        WatchSet b;
        QVERIFY(a.addPath(path));
        QVERIFY(b.addPath(path));
        QSignalSpy heardByA(&a, &WatchSet::fileChanged);
        QSignalSpy heardByB(&b, &WatchSet::fileChanged);
        // When the file is removed (rotation)
        QVERIFY(QFile::remove(path));
        // Then both hear it, and neither watches it any more, as with QFileSystemWatcher
        QTRY_VERIFY(!heardByA.isEmpty() && !heardByB.isEmpty());
        QTRY_VERIFY(a.files().isEmpty() && b.files().isEmpty());
        // And the new file, once added again, is heard
        append(path, "new\n");
        QVERIFY(a.addPath(path));
        heardByA.clear();
        append(path, "more\n");
        QVERIFY(heardByA.wait());
    }

    void aSetMayBeDeletedByItsOwnListener()
    {
        const QString path = m_dir.filePath(u"self-delete.log"_s);
        append(path, "x\n");
        auto *doomed = new WatchSet; // deleted by its own listener below
        WatchSet other;
        QVERIFY(doomed->addPath(path));
        QVERIFY(other.addPath(path));
        QPointer<WatchSet> guard(doomed);
        connect(doomed, &WatchSet::fileChanged, doomed, [doomed] { delete doomed; });
        QSignalSpy heardByOther(&other, &WatchSet::fileChanged);
        append(path, "y\n");
        QTRY_VERIFY(guard.isNull());
        QTRY_VERIFY(!heardByOther.isEmpty());
    }

    void theLastSetMayBeDeletedByItsOwnListener()
    {
        const QString path = m_dir.filePath(u"last.log"_s);
        append(path, "x\n");
        auto *last = new WatchSet; // deleted by its own listener below
        QVERIFY(last->addPath(path));
        QPointer<WatchSet> guard(last);
        connect(last, &WatchSet::fileChanged, last, [last] { delete last; });
        append(path, "y\n");
        QTRY_VERIFY(guard.isNull());
        // And a new set afterwards works (ASan would tell of a hub used after it went)
        WatchSet next;
        QVERIFY(next.addPath(path));
        QSignalSpy heard(&next, &WatchSet::fileChanged);
        append(path, "z\n");
        QVERIFY(heard.wait());
    }
};

CHARON_TEST_GUILESS_MAIN(TestWatchSet)
#include "tst_watchset.moc"
