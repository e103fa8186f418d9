// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// ConfigParser::parseFile against paths that are not a readable configuration: missing,
// a directory, binary, too large (read bounded), a FIFO (must not block), unreadable; and the
// speed of parsing many files with the family guessed (profiles are cached, not re-read).
#include "core/config/configparser.h"
#include "core/config/profileregistry.h"
#include "tests/harness/testmain.h"
#include "tests/unit/config/summarytext.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using charon::core::ConfigParser;
using charon::core::ConfigSummary;
using namespace charon::test;

class TestConfigFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.path().toUtf8());
        qunsetenv("CHARON_PROFILE_DIR");
        charon::core::ProfileRegistry::reload();
    }
    void fileProblems_data();
    void fileProblems();
    void hugeFileReadsBoundedAmount();
    void fifoDoesNotBlock();
    void unreadableFile();
    void manyConfigsParseFast();

private:
    QTemporaryDir m_home;
};

void TestConfigFiles::fileProblems_data()
{
    QTest::addColumn<QString>("name"); // inside a fresh temporary directory
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("missing file") << u"absent.cfg"_s << QByteArray() << u"no such file"_s;
    QTest::newRow("directory") << u"adir"_s << QByteArray() << u"directory"_s;
    QTest::newRow("binary") << u"bin.cfg"_s
                            << QByteArray("\x7f"
                                          "ELF\x02\x01\x01\0\0\0",
                                   10)
                            << u"binary"_s;
    QTest::newRow("too large") << u"big.cfg"_s
                               << QByteArray(ConfigParser::MaxConfigBytes + 4096, 'x')
                               << u"larger than 1024 KiB"_s;
}

void TestConfigFiles::fileProblems()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, messagePart);
    // Given a path that is not a readable configuration
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    if (name == u"adir")
        QVERIFY(QDir(dir.path()).mkdir(name));
    else if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    // When it is parsed
    const ConfigSummary s = ConfigParser::parseFile(path, u"par"_s);
    // Then one clear error concerns the whole file
    QCOMPARE(issueLines(s), u"E0"_s);
    QCOMPARE(s.issues.at(0).file, path);
    QVERIFY2(s.issues.at(0).message.contains(messagePart), qPrintable(s.issues.at(0).message));
    QCOMPARE(s.consolePort, -1);
}

void TestConfigFiles::hugeFileReadsBoundedAmount()
{
    // Given a 64 GiB (sparse) file posing as a configuration
    QTemporaryDir dir;
    QFile file(dir.filePath(u"huge.cfg"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qint64(64) << 30));
    file.close();
    // When it is parsed
    QElapsedTimer timer;
    timer.start();
    const ConfigSummary s = ConfigParser::parseFile(file.fileName(), u"axp"_s);
    // Then the parser gives up after MaxConfigBytes + 1 bytes, quickly, and says why
    QCOMPARE(issueLines(s), u"E0"_s);
    QVERIFY2(s.issues.at(0).message.contains(u"larger than 1024 KiB"_s),
        qPrintable(s.issues.at(0).message));
    QVERIFY(timer.elapsed() < 5000);
}

void TestConfigFiles::fifoDoesNotBlock()
{
    // Given a named pipe nobody writes to, and a character device
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"pipe.cfg"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // When they are parsed, then each is refused at once instead of blocking the caller
    for (const QString &path : { fifo, u"/dev/zero"_s }) {
        if (!QFileInfo::exists(path))
            continue;
        const ConfigSummary s = ConfigParser::parseFile(path, u"vax"_s);
        QCOMPARE(issueLines(s), u"E0"_s);
        QVERIFY2(s.issues.at(0).message.contains(u"not a regular file"_s),
            qPrintable(s.issues.at(0).message));
    }
}

void TestConfigFiles::unreadableFile()
{
    // Given a configuration its reader may not open
    QTemporaryDir dir;
    const QString path = dir.filePath(u"secret.cfg"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("set ram0 size=1\n");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::WriteOwner));
    QString target = path;
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly)) {
        // Root reads any file: use one that opens but fails on read (EIO) instead.
        target = u"/proc/self/mem"_s;
        if (!QFileInfo::exists(target))
            QSKIP("privileged, and no /proc/self/mem to fail a read");
    }
    // When it is parsed, then the error says it cannot be read, and why
    const ConfigSummary s = ConfigParser::parseFile(target, u"axp"_s);
    QCOMPARE(issueLines(s), u"E0"_s);
    QVERIFY2(s.issues.at(0).message.contains(u"cannot read"_s), qPrintable(s.issues.at(0).message));
}

void TestConfigFiles::manyConfigsParseFast()
{
    // Given a realistic configuration of each family
    QList<QByteArray> texts;
    for (const QString &name : { u"hpux-rp4440.cfg"_s, u"vms-es40.cfg"_s, u"vax-4000-106.cfg"_s }) {
        QFile file(configPath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        texts.append(file.readAll());
    }
    // When 600 are parsed, with the family guessed each time
    QElapsedTimer timer;
    timer.start();
    int ports = 0;
    for (int i = 0; i < 200; ++i) {
        for (const QByteArray &text : std::as_const(texts))
            ports += ConfigParser::parseText(text, u"x.cfg"_s).consolePort > 0 ? 1 : 0;
    }
    // Then all are read, and profiles are not re-loaded per file (well under 10 ms each)
    QCOMPARE(ports, 600);
    QVERIFY2(timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
}

CHARON_TEST_GUILESS_MAIN(TestConfigFiles)
#include "tst_configfiles.moc"
