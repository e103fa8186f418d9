// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// GuestFileLoader: the first lines of a pre-start script, and configurations parsed on worker
// threads with the results delivered in the owner's thread; and the budget for 300 guests.

#include "core/guests/guestfileloader.h"
#include "tests/harness/testmain.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace {
QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text);
    return path;
}
} // namespace

class TestGuestFileLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readHead_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("head");
        QTest::newRow("long") << QByteArray("#!/bin/sh\n# one\necho two\necho three\n")
                              << QStringList { u"#!/bin/sh"_s, u"# one"_s, u"echo two"_s };
        QTest::newRow("two lines")
            << QByteArray("#!/bin/sh\nexit 0\n") << QStringList { u"#!/bin/sh"_s, u"exit 0"_s };
        QTest::newRow("no final newline") << QByteArray("a\nb") << QStringList { u"a"_s, u"b"_s };
        QTest::newRow("blank line kept")
            << QByteArray("a\n\nb\nc\n") << QStringList { u"a"_s, QString(), u"b"_s };
        QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << QStringList { u"a"_s, u"b"_s };
        QTest::newRow("indent kept") << QByteArray("if x; then\n  y\nfi\n")
                                     << QStringList { u"if x; then"_s, u"  y"_s, u"fi"_s };
        QTest::newRow("empty") << QByteArray() << QStringList();
    }
    void readHead()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, head);
        QTemporaryDir dir;
        QCOMPARE(GuestFileLoader::readHead(write(dir, u"s.sh"_s, text), 3), head);
    }

    void missingScriptHasNoHead()
    {
        QCOMPARE(GuestFileLoader::readHead(u"/nonexistent/script.sh"_s, 3), QStringList());
    }

    void resultsArriveInTheOwnersThread()
    {
        QTemporaryDir dir;
        const QString cfg
            = write(dir, u"g.cfg"_s, "system_model = \"rp4440\"\nmemory_size = 8192\n");
        const QString script = write(dir, u"pre.sh"_s, "#!/bin/sh\nexit 0\n");
        GuestFileLoader loader;
        QSignalSpy loaded(&loader, &GuestFileLoader::loaded);
        QThread *owner = QThread::currentThread();
        QThread *seenIn = nullptr;
        connect(&loader, &GuestFileLoader::loaded, this,
            [&seenIn](const GuestFileLoader::Result &) { seenIn = QThread::currentThread(); });
        loader.load({ u"g"_s, cfg, u"par"_s, script });
        QCOMPARE(loader.pending(), 1);
        QVERIFY(loaded.wait());
        QCOMPARE(seenIn, owner);
        QCOMPARE(loader.pending(), 0);
        const auto result = loaded.at(0).at(0).value<GuestFileLoader::Result>();
        QCOMPARE(result.request.guest, u"g"_s);
        QCOMPARE(result.config.filePath, cfg);
        QCOMPARE(result.config.model, u"rp4440"_s);
        QCOMPARE(result.scriptHead, QStringList({ u"#!/bin/sh"_s, u"exit 0"_s }));
    }

    void threeHundredConfigsStayOffTheGuiThread()
    {
        // Given 300 guests' configurations (a realistic PAR file each)
        QTemporaryDir dir;
        QFile sample(
            qEnvironmentVariable("CHARON_SOURCE_DIR") + u"/tests/data/configs/hpux-rp4440.cfg"_s);
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QByteArray text = sample.readAll();
        GuestFileLoader loader;
        int received = 0;
        connect(&loader, &GuestFileLoader::loaded, this,
            [&received](const GuestFileLoader::Result &) { ++received; });
        QStringList paths;
        for (int i = 0; i < 300; ++i)
            paths.append(write(dir, u"g%1.cfg"_s.arg(i), text));
        // When all are asked for at once
        QElapsedTimer asking;
        asking.start();
        for (int i = 0; i < 300; ++i)
            loader.load({ u"g%1"_s.arg(i), paths.at(i), u"par"_s, {} });
        // Then asking costs the caller's thread next to nothing, and all results come back
        QVERIFY2(asking.elapsed() < 200, qPrintable(QString::number(asking.elapsed())));
        QTRY_COMPARE_WITH_TIMEOUT(received, 300, 30000);
        // (For the record: parsing them all on one thread)
        QElapsedTimer serial;
        serial.start();
        for (int i = 0; i < 300; ++i)
            GuestFileLoader::read({ u"g"_s, paths.at(i), u"par"_s, {} });
        qInfo("300 configurations parsed serially in %lld ms", serial.elapsed());
    }
};

CHARON_TEST_GUILESS_MAIN(TestGuestFileLoader)
#include "tst_guestfileloader.moc"
