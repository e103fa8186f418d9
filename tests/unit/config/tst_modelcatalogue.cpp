// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// ModelCatalogue: CPU counts of the configured models, forgiving lookup, TSV validation and the
// override files.
#include "core/config/modelcatalogue.h"
#include "tests/harness/testmain.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using charon::core::ModelCatalogue;

class TestModelCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.path().toUtf8());
        qunsetenv("CHARON_MODEL_DIR");
    }

    void builtinFileIsClean();
    void cpusFor_data();
    void cpusFor();
    void badRowsAreReported();
    void overrideAddsAndReplaces();
    void sharedCatalogueIsCachedUntilReload();

private:
    QTemporaryDir m_home;
};

void TestModelCatalogue::builtinFileIsClean()
{
    // Given the built-in catalogue
    QFile file(u":/charon/models.tsv"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray tsv = file.readAll();
    // Then its header is unchanged, every row reads, and families are the three known ones
    QVERIFY(tsv.startsWith("# model\tcpus\tfamily\n"));
    QStringList errors;
    const ModelCatalogue catalogue = ModelCatalogue::fromTsv(tsv, u"models.tsv"_s, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QVERIFY(catalogue.size() > 100);
    for (const auto &entry : catalogue.entries()) {
        QVERIFY2(QStringList({ u"par"_s, u"axp"_s, u"vax"_s }).contains(entry.family),
            qPrintable(entry.model));
        QVERIFY(entry.cpus >= 1 && entry.cpus <= 64);
    }
}

void TestModelCatalogue::cpusFor_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("cpus");

    QTest::newRow("AlphaServer_ES40") << u"AlphaServer_ES40"_s << 4;
    QTest::newRow("ES40") << u"ES40"_s << 4;
    QTest::newRow("es40 lower case") << u"es40"_s << 4;
    QTest::newRow("alphaserver es40 with space") << u"alphaserver es40"_s << 4;
    QTest::newRow("quoted") << u"\"AlphaServer_ES45\""_s << 4;
    QTest::newRow("DS10") << u"AlphaServer_DS10"_s << 1;
    QTest::newRow("DS20") << u"DS20"_s << 2;
    QTest::newRow("GS80") << u"GS80"_s << 8;
    QTest::newRow("GS160") << u"AlphaServer_GS160"_s << 16;
    QTest::newRow("GS320") << u"AlphaServer_GS320"_s << 32;
    QTest::newRow("AS4100") << u"AS4100"_s << 4;
    QTest::newRow("AS8400") << u"AlphaServer_AS8400"_s << 14;
    QTest::newRow("VAX_4000_Model_106") << u"VAX_4000_Model_106"_s << 1;
    QTest::newRow("VAX 4000-106") << u"VAX 4000-106"_s << 1;
    QTest::newRow("VAX 6640") << u"vax_6640"_s << 4;
    QTest::newRow("MicroVAX 3100-96") << u"MicroVAX_3100_Model_96"_s << 1;
    QTest::newRow("rp2470") << u"rp2470"_s << 2;
    QTest::newRow("rp3440") << u"rp3440"_s << 4;
    QTest::newRow("RP4440") << u"RP4440"_s << 8;
    QTest::newRow("rp7410") << u"rp7410"_s << 8;
    QTest::newRow("HP 9000/800/rp4440") << u"HP 9000/800/rp4440"_s << 8;
    QTest::newRow("A500") << u"A500"_s << 2;
    QTest::newRow("A-Class") << u"A-Class"_s << 1;
    QTest::newRow("N-Class") << u"N-class"_s << 4;
    QTest::newRow("A500-200-200") << u"A500-200-200"_s << 2;
    QTest::newRow("A500-100-140") << u"A500-100-140"_s << 1;
    QTest::newRow("N4000-400-750") << u"N4000-400-750"_s << 4;
    QTest::newRow("unlisted A500 variant: base model") << u"A500-200-250"_s << 2;
    QTest::newRow("unknown") << u"Cray-1"_s << -1;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("only the word model") << u"Model"_s << -1;
}

void TestModelCatalogue::cpusFor()
{
    QFETCH(QString, model);
    // When a configured model is looked up in the built-in catalogue
    const ModelCatalogue catalogue = ModelCatalogue::load();
    // Then its CPU count is found, however it is spelled; -1 when unknown
    QTEST(catalogue.cpusFor(model), "cpus");
}

void TestModelCatalogue::badRowsAreReported()
{
    // Given a catalogue with bad rows among good ones
    const QByteArray tsv = "# model\tcpus\tfamily\n"
                           "GoodBox\t2\tpar\n"
                           "spaces instead of tabs 4 par\n"
                           "NoCount\t\tpar\n"
                           "ZeroBox\t0\taxp\n"
                           "\n"
                           "LastBox\t6\n";
    // When it is read
    QStringList errors;
    const ModelCatalogue catalogue = ModelCatalogue::fromTsv(tsv, u"m.tsv"_s, &errors);
    // Then each bad row is named by line and the good rows are kept
    QCOMPARE(errors.size(), 3);
    QVERIFY(errors.at(0).startsWith(u"m.tsv:3: "_s));
    QVERIFY(errors.at(1).startsWith(u"m.tsv:4: "_s));
    QVERIFY(errors.at(2).startsWith(u"m.tsv:5: "_s));
    QCOMPARE(catalogue.size(), 2);
    QCOMPARE(catalogue.cpusFor(u"goodbox"_s), 2);
    QCOMPARE(catalogue.find(u"LastBox"_s)->family, QString());
}

void TestModelCatalogue::overrideAddsAndReplaces()
{
    // Given an override that adds a model, changes ES40 and has one broken row
    QTemporaryDir dir;
    QFile file(dir.filePath(u"models.tsv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# local models\nMyBox\t3\tpar\nAlphaServer_ES40\t2\taxp\nbroken\n");
    file.close();
    qputenv("CHARON_MODEL_DIR", dir.path().toUtf8());
    // When the catalogue is loaded
    QStringList errors;
    const ModelCatalogue catalogue = ModelCatalogue::load(&errors);
    // Then the override's rows win, the built-in ones stay, and the bad row is reported
    QCOMPARE(catalogue.cpusFor(u"MyBox"_s), 3);
    QCOMPARE(catalogue.cpusFor(u"ES40"_s), 2);
    QCOMPARE(catalogue.cpusFor(u"DS20"_s), 2);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).startsWith(file.fileName() + u":4: "_s), qPrintable(errors.at(0)));
}

void TestModelCatalogue::sharedCatalogueIsCachedUntilReload()
{
    // Given the shared catalogue loaded without overrides
    ModelCatalogue::reloadShared();
    QCOMPARE(ModelCatalogue::shared().cpusFor(u"MyBox"_s), -1);
    // When a user override appears, then nothing changes until reloadShared()
    QDir().mkpath(m_home.filePath(u"charon-manager"_s));
    QFile file(m_home.filePath(u"charon-manager/models.tsv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("MyBox\t5\tvax\n");
    file.close();
    QCOMPARE(ModelCatalogue::shared().cpusFor(u"MyBox"_s), -1);
    ModelCatalogue::reloadShared();
    QCOMPARE(ModelCatalogue::shared().cpusFor(u"MyBox"_s), 5);
    QVERIFY(ModelCatalogue::sharedLoadErrors().isEmpty());
    QVERIFY(file.remove());
    ModelCatalogue::reloadShared();
}

CHARON_TEST_GUILESS_MAIN(TestModelCatalogue)
#include "tst_modelcatalogue.moc"
