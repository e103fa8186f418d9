// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// EditableFile: what an editor refuses to open, the previous version kept on save, a change
// made by someone else noticed before it is overwritten, and a full disk that leaves the old
// file intact (a 64 KiB tmpfs mounted by the test).

#include "core/editing/editablefile.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <sys/mount.h>

using namespace Qt::StringLiterals;
using namespace charon::core;
using charon::test::readFile;
using charon::test::writeFile;

// Owner, group and other bits (Qt's "User" bits repeat the owner's for the current user).
constexpr QFile::Permissions kModeBits = QFile::Permissions::fromInt(0x7077);

class TestEditableFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"g.cfg"_s);
        QVERIFY(writeFile(path, "console.port = 10003\n"));
        EditableFile file(path);
        QString error;
        QVERIFY2(file.load(&error), qPrintable(error));
        QCOMPARE(file.text(), u"console.port = 10003\n"_s);
        QVERIFY(!file.changedOnDisk());
    }

    void refusesMissingUnlessAllowed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"none.sh"_s);
        EditableFile file(path);
        QString error;
        QVERIFY(!file.load(&error));
        QVERIFY2(error.contains(path) && error.contains(u"no such file"_s), qPrintable(error));
        QVERIFY(file.load(&error, true));
        QCOMPARE(file.text(), QString());
    }

    void refusesBinary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"disk.dsk"_s);
        QVERIFY(writeFile(path, QByteArray("abc\0def", 7)));
        EditableFile file(path);
        QString error;
        QVERIFY(!file.load(&error));
        QVERIFY2(error.contains(path) && error.contains(u"binary"_s), qPrintable(error));

        QVERIFY(writeFile(path, "caf\xff\xfe\n"));
        QVERIFY(!file.load(&error));
        QVERIFY2(error.contains(u"not UTF-8"_s), qPrintable(error));
    }

    void refusesHugeFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"huge.cfg"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(EditableFile::MaxBytes)); // sparse: 64 MB without writing them
        f.close();
        EditableFile file(path);
        QString error;
        QVERIFY(!file.load(&error));
        QVERIFY2(error.contains(path) && error.contains(u"64 MB"_s), qPrintable(error));

        QVERIFY(f.resize(EditableFile::MaxBytes - 1)); // just below: a size it accepts
        QVERIFY(!file.load(&error)); // ...but all NUL bytes: binary
        QVERIFY2(error.contains(u"binary"_s), qPrintable(error));
    }

    void saveKeepsPreviousVersionAndMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"g.cfg"_s);
        QVERIFY(writeFile(path, "old\n"));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        EditableFile file(path);
        QString error;
        QVERIFY(file.load(&error));
        QCOMPARE(file.save("new\n", &error), EditableFile::SaveResult::Saved);
        QCOMPARE(readFile(path), QByteArray("new\n"));
        QCOMPARE(file.backupPath(), path + u"~"_s);
        QCOMPARE(readFile(path + u"~"_s), QByteArray("old\n"));
        QCOMPARE(QFile::permissions(path) & kModeBits, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(
            QFile::permissions(path + u"~"_s) & kModeBits, QFile::ReadOwner | QFile::WriteOwner);
        // A second save keeps what the first one wrote.
        QCOMPARE(file.save("newer\n", &error), EditableFile::SaveResult::Saved);
        QCOMPARE(readFile(path + u"~"_s), QByteArray("new\n"));
    }

    void saveAppliesOwnerOnlyMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/stop.sh"_s);
        EditableFile file(path);
        QString error;
        QVERIFY(file.load(&error, true));
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(file.save("#!/bin/sh\n", &error), EditableFile::SaveResult::Saved);
        QCOMPARE(QFile::permissions(path) & kModeBits,
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!QFile::exists(path + u"~"_s)); // nothing to keep
    }

    void concurrentChangeIsAConflict_data()
    {
        QTest::addColumn<QByteArray>("other");
        QTest::addRow("longer") << QByteArray("someone else's longer text\n");
        QTest::addRow("same size, same second") << QByteArray("OLD\n");
    }
    void concurrentChangeIsAConflict()
    {
        QFETCH(QByteArray, other);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"g.cfg"_s);
        QVERIFY(writeFile(path, "old\n"));
        EditableFile file(path);
        QString error;
        QVERIFY(file.load(&error));
        const QDateTime mtime = QFileInfo(path).lastModified();
        QVERIFY(writeFile(path, other));
        {
            QFile touch(path);
            QVERIFY(touch.open(QIODevice::ReadWrite));
            QVERIFY(touch.setFileTime(mtime, QFileDevice::FileModificationTime));
        }
        QVERIFY(file.changedOnDisk());
        QCOMPARE(file.save("mine\n", &error), EditableFile::SaveResult::Conflict);
        QVERIFY2(error.contains(path) && error.contains(u"someone else"_s), qPrintable(error));
        QCOMPARE(readFile(path), other);
        QVERIFY(!QFile::exists(path + u"~"_s));
        QString readError;
        QCOMPARE(file.readDisk(&readError).value_or(QByteArray()), other);
        QCOMPARE(file.save("mine\n", &error, true), EditableFile::SaveResult::Saved);
        QCOMPARE(readFile(path), QByteArray("mine\n"));
        QCOMPARE(readFile(path + u"~"_s), other);
    }

    void deletedFileIsAChange()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"g.cfg"_s);
        QVERIFY(writeFile(path, "old\n"));
        EditableFile file(path);
        QString error;
        QVERIFY(file.load(&error));
        QVERIFY(QFile::remove(path));
        QVERIFY(file.changedOnDisk());
    }

    void fullDiskKeepsOldFile()
    {
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(u"small"_s);
        QVERIFY(QDir().mkpath(mountPoint));
        if (::mount("tmpfs", mountPoint.toLocal8Bit().constData(), "tmpfs", 0, "size=64k") != 0)
            QSKIP(qPrintable(u"cannot mount a 64 KiB tmpfs here (%1): the full-disk case needs "
                             "mount permission (root or a user namespace)"_s.arg(
                                 QString::fromLocal8Bit(std::strerror(errno)))));
        const auto unmount
            = qScopeGuard([&] { ::umount2(mountPoint.toLocal8Bit().constData(), MNT_DETACH); });
        const QString path = mountPoint + u"/g.cfg"_s;
        const QByteArray old(20 * 1024, 'o');
        QVERIFY(writeFile(path, old));
        EditableFile file(path);
        QString error;
        QVERIFY(file.load(&error));
        const QByteArray big(48 * 1024, 'n'); // old + backup + this > 64 KiB
        QCOMPARE(file.save(big, &error), EditableFile::SaveResult::Failed);
        QVERIFY2(error.contains(path) && error.contains(u"unchanged"_s), qPrintable(error));
        QCOMPARE(readFile(path), old);
        QVERIFY(!file.changedOnDisk());
        // No temporary file left behind to fill the disk.
        const QStringList left = QDir(mountPoint).entryList(QDir::Files | QDir::Hidden);
        for (const QString &name : left)
            QVERIFY2(name == u"g.cfg"_s || name == u"g.cfg~"_s, qPrintable(name));
    }
};

CHARON_TEST_GUILESS_MAIN(TestEditableFile)
#include "tst_editablefile.moc"
