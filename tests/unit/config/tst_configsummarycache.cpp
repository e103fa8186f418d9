// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// ConfigSummaryCache: a hit returns exactly what ConfigParser::parseFile returns; a change of
// size, mtime or content (ctime) is a miss; a file changed just before it was read is not
// stored; corrupt, truncated, foreign-version or foreign-owner cache files are ignored and
// rewritten; a cache directory that cannot be written means no cache, not an error; writers
// in parallel never leave a broken file.
#include "core/config/configparser.h"
#include "core/config/configsummarycache.h"
#include "core/config/profileregistry.h"
#include "tests/harness/testmain.h"
#include "tests/unit/config/summarytext.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

using charon::core::ConfigParser;
using charon::core::ConfigSummary;
using charon::core::ConfigSummaryCache;
using namespace charon::test;

class TestConfigSummaryCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void hitReturnsWhatTheParserReturns_data();
    void hitReturnsWhatTheParserReturns();
    void changedFileIsAMiss_data();
    void changedFileIsAMiss();
    void profileIdIsPartOfTheKey();
    void freshlyChangedFileIsNotStored();
    void missingFileIsParsedNotStored();
    void corruptCacheIsIgnoredAndRewritten_data();
    void corruptCacheIsIgnoredAndRewritten();
    void anotherUsersCacheIsIgnored();
    void unwritableCacheDirectoryMeansNoCache();
    void noPathMeansNoCache();
    void defaultPathFollowsXdgCacheHome();
    void parallelWritersLeaveAWholeFile();
    void parallelLookupsOnOneCache();

private:
    // A configuration of this test's own, `name` inside the work directory.
    QString writeConfig(const QString &name, const QByteArray &content) const;
    QByteArray sample() const;
    QString cachePath() const { return m_work.path() + u"/cache/charon-manager/summaries"_s; }
    // A cache that stores even a file changed a moment ago (files here are all new).
    std::unique_ptr<ConfigSummaryCache> freshCache() const;
    static void setMtime(const QString &path, qint64 secondsAgo);

    QTemporaryDir m_home;
    QTemporaryDir m_work;
};

void TestConfigSummaryCache::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", m_home.path().toUtf8());
    qunsetenv("CHARON_PROFILE_DIR");
    charon::core::ProfileRegistry::reload();
}

void TestConfigSummaryCache::init()
{
    QVERIFY(QDir(m_work.path()).removeRecursively());
    QVERIFY(QDir().mkpath(m_work.path()));
}

QByteArray TestConfigSummaryCache::sample() const
{
    QFile file(demoPath(u"hpux-prod.cfg"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString TestConfigSummaryCache::writeConfig(const QString &name, const QByteArray &content) const
{
    const QString path = m_work.path() + u'/' + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) < 0)
        return {};
    return path;
}

std::unique_ptr<ConfigSummaryCache> TestConfigSummaryCache::freshCache() const
{
    auto cache = std::make_unique<ConfigSummaryCache>(cachePath());
    cache->setRacyWindowMs(0);
    return cache;
}

void TestConfigSummaryCache::setMtime(const QString &path, qint64 secondsAgo)
{
    struct timespec times[2] = {};
    clock_gettime(CLOCK_REALTIME, &times[0]);
    times[0].tv_sec -= secondsAgo;
    times[1] = times[0];
    QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0), 0);
}

void TestConfigSummaryCache::hitReturnsWhatTheParserReturns_data()
{
    QTest::addColumn<QString>("source"); // a sample configuration
    QTest::newRow("PAR demo, NICs and license ids") << demoPath(u"hpux-prod.cfg"_s);
    QTest::newRow("AXP, issues") << configPath(u"vms-es40.cfg"_s);
    QTest::newRow("VAX") << configPath(u"vax-4000-106.cfg"_s);
    QTest::newRow("MPE") << configPath(u"mpe-pa3.cfg"_s);
}

void TestConfigSummaryCache::hitReturnsWhatTheParserReturns()
{
    QFETCH(QString, source);
    QFile file(source);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString path = writeConfig(u"guest.cfg"_s, file.readAll());
    const ConfigSummary expected = ConfigParser::parseFile(path);
    QVERIFY(!expected.profileId.isEmpty());

    // Given a first run that parsed and saved it
    auto first = freshCache();
    QCOMPARE(first->parseFile(path), expected);
    QCOMPARE(first->misses(), 1);
    QVERIFY(first->save());
    QVERIFY(QFile::exists(cachePath()));

    // When another run asks for it, unchanged
    auto second = freshCache();
    const ConfigSummary cached = second->parseFile(path);

    // Then it comes from the cache, equal in every field (issues, NICs, times included)
    QCOMPARE(second->hits(), 1);
    QCOMPARE(second->misses(), 0);
    QCOMPARE(describe(cached), describe(expected));
    QCOMPARE(allIssues(cached), allIssues(expected));
    QCOMPARE(cached.modifiedAt, expected.modifiedAt);
    QVERIFY(cached == expected);
    // The same through cached(), which never parses.
    const auto peeked = second->cached(path);
    QVERIFY(peeked.has_value());
    QVERIFY(*peeked == expected);
    QCOMPARE(second->hits(), 2);
    // Nothing new: nothing to write, and the file stays as it is.
    const QDateTime written = QFileInfo(cachePath()).lastModified();
    QVERIFY(second->save());
    QCOMPARE(QFileInfo(cachePath()).lastModified(), written);
}

void TestConfigSummaryCache::changedFileIsAMiss_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("mtime only (touch)") << u"mtime"_s;
    QTest::newRow("size (a line appended)") << u"size"_s;
    QTest::newRow("same size and mtime, other bytes (ctime)") << u"content"_s;
    QTest::newRow("replaced by another file (inode)") << u"inode"_s;
}

void TestConfigSummaryCache::changedFileIsAMiss()
{
    QFETCH(QString, change);
    const QString path = writeConfig(u"guest.cfg"_s, sample());
    setMtime(path, 3600);
    auto first = freshCache();
    first->parseFile(path);
    QVERIFY(first->save());

    // When the file changes in the way of this row
    QByteArray newContent = sample();
    if (change == u"mtime"_s) {
        setMtime(path, 60);
    } else if (change == u"size"_s) {
        newContent.replace("memory_size = 8192", "memory_size = 16384");
        QVERIFY(!writeConfig(u"guest.cfg"_s, newContent).isEmpty());
    } else if (change == u"content"_s) {
        // Same length, same mtime as cached: only the change time tells.
        const QFileInfo before(path);
        newContent.replace("memory_size = 8192", "memory_size = 4096");
        QCOMPARE(newContent.size(), sample().size());
        QVERIFY(!writeConfig(u"guest.cfg"_s, newContent).isEmpty());
        setMtime(path, 3600);
        QCOMPARE(QFileInfo(path).size(), before.size());
    } else {
        newContent.replace("memory_size = 8192", "memory_size = 2048");
        const QString other = writeConfig(u"other.cfg"_s, newContent);
        QCOMPARE(
            ::rename(QFile::encodeName(other).constData(), QFile::encodeName(path).constData()), 0);
    }

    // Then the next run parses it again and sees what it says now
    auto second = freshCache();
    QVERIFY(!second->cached(path).has_value());
    const ConfigSummary summary = second->parseFile(path);
    QCOMPARE(second->hits(), 0);
    QCOMPARE(second->misses(), 1);
    QCOMPARE(summary, ConfigParser::parseFile(path));
    // And stores the new reading: a third run hits.
    QVERIFY(second->save());
    auto third = freshCache();
    QCOMPARE(third->parseFile(path), summary);
    QCOMPARE(third->hits(), 1);
}

void TestConfigSummaryCache::profileIdIsPartOfTheKey()
{
    const QString path = writeConfig(u"guest.cfg"_s, sample());
    auto first = freshCache();
    const ConfigSummary guessed = first->parseFile(path);
    const ConfigSummary asAxp = first->parseFile(path, u"axp"_s);
    QCOMPARE(guessed.profileId, u"par"_s);
    QCOMPARE(asAxp, ConfigParser::parseFile(path, u"axp"_s));
    QVERIFY(asAxp != guessed);
    QVERIFY(first->save());

    auto second = freshCache();
    QCOMPARE(second->parseFile(path, u"axp"_s), asAxp);
    QCOMPARE(second->parseFile(path), guessed);
    QCOMPARE(second->parseFile(path, u"par"_s), ConfigParser::parseFile(path, u"par"_s));
    QCOMPARE(second->hits(), 2);
    QCOMPARE(second->misses(), 1);
}

void TestConfigSummaryCache::freshlyChangedFileIsNotStored()
{
    // Given a file written just now and the default window
    const QString path = writeConfig(u"guest.cfg"_s, sample());
    ConfigSummaryCache first(cachePath());
    QCOMPARE(first.racyWindowMs(), ConfigSummaryCache::DefaultRacyWindowMs);

    // When it is parsed and the cache saved
    QCOMPARE(first.parseFile(path), ConfigParser::parseFile(path));
    QVERIFY(first.save());

    // Then it was not stored: a change within the same timestamp tick could go unseen
    ConfigSummaryCache second(cachePath());
    second.parseFile(path);
    QCOMPARE(second.hits(), 0);
}

void TestConfigSummaryCache::missingFileIsParsedNotStored()
{
    const QString path = m_work.path() + u"/absent.cfg"_s;
    auto cache = freshCache();
    const ConfigSummary summary = cache->parseFile(path);
    QCOMPARE(summary, ConfigParser::parseFile(path));
    QVERIFY(allIssues(summary).contains(u"no such file"_s));
    QVERIFY(cache->save());
    QVERIFY(!QFile::exists(cachePath())); // nothing to store, nothing written
    // A directory is not a configuration: not stored either.
    QVERIFY(QDir().mkpath(m_work.path() + u"/adir.cfg"_s));
    QCOMPARE(cache->parseFile(m_work.path() + u"/adir.cfg"_s),
        ConfigParser::parseFile(m_work.path() + u"/adir.cfg"_s));
    QVERIFY(cache->save());
    QVERIFY(!QFile::exists(cachePath()));
}

void TestConfigSummaryCache::corruptCacheIsIgnoredAndRewritten_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("empty file") << u"empty"_s;
    QTest::newRow("not a cache") << u"garbage"_s;
    QTest::newRow("truncated") << u"truncate"_s;
    QTest::newRow("one byte changed in the entries") << u"flip"_s;
    QTest::newRow("other format version") << u"version"_s;
    QTest::newRow("other fingerprint (another program or language)") << u"fingerprint"_s;
}

void TestConfigSummaryCache::corruptCacheIsIgnoredAndRewritten()
{
    QFETCH(QString, damage);
    const QString path = writeConfig(u"guest.cfg"_s, sample());
    const ConfigSummary expected = ConfigParser::parseFile(path);
    auto first = freshCache();
    first->parseFile(path);
    QVERIFY(first->save());

    // Given a damaged cache file
    QFile file(cachePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    QVERIFY(bytes.size() > 200);
    if (damage == u"empty"_s)
        bytes.clear();
    else if (damage == u"garbage"_s)
        bytes = QByteArray(4096, 'x');
    else if (damage == u"truncate"_s)
        bytes.truncate(bytes.size() / 2);
    else if (damage == u"flip"_s)
        bytes[bytes.size() - 100] = char(bytes.at(bytes.size() - 100) ^ 0x01);
    else if (damage == u"version"_s)
        bytes[7] = char(bytes.at(7) + 1); // big-endian quint32 after the magic
    else
        bytes[12 + 5] = char(bytes.at(12 + 5) ^ 0x40); // inside the fingerprint
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();

    // When a run reads through it
    auto second = freshCache();
    const ConfigSummary summary = second->parseFile(path);

    // Then nothing is taken from it, the answer is right, and saving replaces it
    QCOMPARE(second->hits(), 0);
    QCOMPARE(summary, expected);
    QVERIFY(second->save());
    auto third = freshCache();
    QCOMPARE(third->parseFile(path), expected);
    QCOMPARE(third->hits(), 1);
}

void TestConfigSummaryCache::anotherUsersCacheIsIgnored()
{
    if (::geteuid() != 0)
        QSKIP("needs root to give the cache file to another user");
    const QString path = writeConfig(u"guest.cfg"_s, sample());
    auto first = freshCache();
    first->parseFile(path);
    QVERIFY(first->save());
    QCOMPARE(::chown(QFile::encodeName(cachePath()).constData(), 65534, 65534), 0);

    auto second = freshCache();
    QCOMPARE(second->parseFile(path), ConfigParser::parseFile(path));
    QCOMPARE(second->hits(), 0);
}

void TestConfigSummaryCache::unwritableCacheDirectoryMeansNoCache()
{
    // A regular file where the cache directory should be: no directory can be made there,
    // whoever runs the test (root ignores permission bits).
    const QString blocker = writeConfig(u"blocker"_s, "not a directory");
    ConfigSummaryCache cache(blocker + u"/charon-manager/summaries"_s);
    cache.setRacyWindowMs(0);
    const QString path = writeConfig(u"guest.cfg"_s, sample());
    QCOMPARE(cache.parseFile(path), ConfigParser::parseFile(path));
    QVERIFY(!cache.save());
    QCOMPARE(cache.parseFile(path), ConfigParser::parseFile(path));
}

void TestConfigSummaryCache::noPathMeansNoCache()
{
    ConfigSummaryCache cache(QString {});
    cache.setRacyWindowMs(0);
    const QString path = writeConfig(u"guest.cfg"_s, sample());
    QCOMPARE(cache.parseFile(path), ConfigParser::parseFile(path));
    QCOMPARE(cache.parseFile(path), ConfigParser::parseFile(path));
    QCOMPARE(cache.hits(), 0);
    QVERIFY(!cache.save());
}

void TestConfigSummaryCache::defaultPathFollowsXdgCacheHome()
{
    const QByteArray saved = qgetenv("XDG_CACHE_HOME");
    qputenv("XDG_CACHE_HOME", m_work.path().toUtf8());
    const QString path = ConfigSummaryCache::defaultPath();
    if (saved.isNull())
        qunsetenv("XDG_CACHE_HOME");
    else
        qputenv("XDG_CACHE_HOME", saved);
    QCOMPARE(path, m_work.path() + u"/charon-manager/config-summaries"_s);
}

void TestConfigSummaryCache::parallelWritersLeaveAWholeFile()
{
    // Given four writers (as four charon-vm processes would be), each with its own
    // configurations, saving over and over into the same cache file
    constexpr int Writers = 4;
    constexpr int Rounds = 15;
    QList<QStringList> paths(Writers);
    for (int w = 0; w < Writers; ++w) {
        for (int i = 0; i < 3; ++i) {
            QByteArray content = sample();
            content.replace("10003", QByteArray::number(20000 + w * 10 + i));
            paths[w] << writeConfig(u"w%1-%2.cfg"_s.arg(w).arg(i), content);
        }
    }
    std::atomic<int> failedSaves = 0;
    std::atomic<int> wrongAnswers = 0;
    std::vector<std::thread> threads;
    for (int w = 0; w < Writers; ++w) {
        threads.emplace_back([&, w] {
            for (int round = 0; round < Rounds; ++round) {
                ConfigSummaryCache cache(cachePath());
                cache.setRacyWindowMs(0);
                // Reading the file too, whatever the others are doing to it.
                for (const QString &path : std::as_const(paths[w])) {
                    const int expected = 20000 + w * 10 + int(paths[w].indexOf(path));
                    if (cache.parseFile(path).consolePort != expected)
                        ++wrongAnswers;
                }
                if (!cache.save())
                    ++failedSaves;
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(failedSaves.load(), 0);

    // Then the file is whole: a reader finds every writer's entries (each save merges with
    // what is on disk) and each one right.
    auto reader = freshCache();
    for (int w = 0; w < Writers; ++w) {
        for (int i = 0; i < 3; ++i) {
            const ConfigSummary s = reader->parseFile(paths[w][i]);
            if (s.consolePort != 20000 + w * 10 + i)
                ++wrongAnswers;
        }
    }
    QCOMPARE(wrongAnswers.load(), 0);
    QVERIFY2(reader->hits() >= 3, qPrintable(QString::number(reader->hits())));
    // No temporary file of QSaveFile is left behind.
    QCOMPARE(QDir(QFileInfo(cachePath()).absolutePath()).entryList(QDir::Files).size(), 1);
}

void TestConfigSummaryCache::parallelLookupsOnOneCache()
{
    // GuestFileLoader's threads share one cache.
    QStringList paths;
    for (int i = 0; i < 20; ++i) {
        QByteArray content = sample();
        content.replace("10003", QByteArray::number(30000 + i));
        paths << writeConfig(u"g%1.cfg"_s.arg(i), content);
    }
    auto cache = freshCache();
    std::atomic<int> wrong = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int round = 0; round < 5; ++round) {
                for (int i = 0; i < paths.size(); ++i) {
                    if (cache->parseFile(paths.at(i)).consolePort != 30000 + i)
                        ++wrong;
                }
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(wrong.load(), 0);
    QCOMPARE(cache->hits() + cache->misses(), 4 * 5 * 20);
    QVERIFY(cache->hits() > 0); // stored by the first reader of each file, in memory already
}

CHARON_TEST_GUILESS_MAIN(TestConfigSummaryCache)
#include "tst_configsummarycache.moc"
