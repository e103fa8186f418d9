// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// How charon-guest-sim is told what to do (command line, directive comments, environment, the
// environment winning) and the emulator log lines it writes in each product's style.

#include "sim/emulatorlog.h"
#include "sim/simoptions.h"
#include "tests/harness/testmain.h"

#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace charon::sim;

class TestSimOptions : public QObject
{
    Q_OBJECT

private:
    QString writeConfig(const QTemporaryDir &dir, const QByteArray &text)
    {
        const QString path = dir.filePath(u"guest.cfg"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(text);
        return path;
    }

private Q_SLOTS:
    void arguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("profileHint");
        QTest::newRow("-x") << QStringList { u"-x"_s, u"a.cfg"_s } << true << u"par"_s;
        QTest::newRow("-d") << QStringList { u"-d"_s, u"a.cfg"_s } << true << QString();
        QTest::newRow("nothing") << QStringList {} << false << QString();
        QTest::newRow("-x without file") << QStringList { u"-x"_s } << false << QString();
        QTest::newRow("both") << QStringList { u"-x"_s, u"a"_s, u"-d"_s, u"b"_s } << false
                              << QString();
        QTest::newRow("unknown") << QStringList { u"-x"_s, u"a"_s, u"-q"_s } << false << QString();
    }

    void arguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, valid);
        QFETCH(QString, profileHint);
        QString error;
        const std::optional<SimOptions> options = SimOptions::fromArguments(arguments, &error);
        QCOMPARE(options.has_value(), valid);
        QCOMPARE(error.isEmpty(), valid);
        if (valid) {
            QCOMPARE(options->configPath, u"a.cfg"_s);
            QCOMPARE(options->profileHint, profileHint);
        }
    }

    void helpIsNotAnError()
    {
        QString error = u"stale"_s;
        QVERIFY(!SimOptions::fromArguments({ u"--help"_s }, &error));
        QVERIFY(error.isEmpty());
    }

    void directivesAndEnvironment()
    {
        QTemporaryDir dir;
        // Given a config with directive comments, one of them unknown
        const QString path = writeConfig(dir,
            "system_model = \"rp4440\"\n"
            "# charon-guest-sim: os=mpeix crash_after=30\n"
            "  #charon-guest-sim: stop_delay=4 bogus=1 pace=0\n"
            "# a comment mentioning charon-guest-sim: os=tru64\n");
        QStringList warnings;
        const QHash<QString, QString> directives = SimOptions::readDirectives(path, &warnings);
        QCOMPARE(directives.value(u"os"_s), u"mpeix"_s);
        QCOMPARE(directives.value(u"stop_delay"_s), u"4"_s);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(u"bogus=1"_s));
        // When the environment sets one of them too
        QProcessEnvironment environment;
        environment.insert(u"CHARON_SIM_CRASH_AFTER"_s, u"5"_s);
        environment.insert(u"CHARON_SIM_CRASH_SIGNAL"_s, u"SIGABRT"_s);
        environment.insert(u"CHARON_SIM_FLOOD_BYTES"_s, u"1048576"_s);
        environment.insert(u"CHARON_SIM_LEAK_MB"_s, u"256"_s);
        SimOptions options;
        QString error;
        QVERIFY2(options.applySwitches(directives, environment, &error), qPrintable(error));
        // Then the environment wins, and the directives fill in the rest
        QCOMPARE(options.crashAfterSeconds, 5);
        QCOMPARE(options.crashSignal, SIGABRT);
        QCOMPARE(options.os, u"mpeix"_s);
        QCOMPARE(options.stopDelaySeconds, 4);
        QCOMPARE(options.pacePercent, 0);
        QCOMPARE(options.floodBytes, qint64(1048576));
        QCOMPARE(options.startDelaySeconds, 0);
        QCOMPARE(options.leakMegabytes, 256);
    }

    void badValues_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::newRow("os") << u"CHARON_SIM_OS"_s << u"windows"_s;
        QTest::newRow("negative delay") << u"CHARON_SIM_START_DELAY"_s << u"-1"_s;
        QTest::newRow("not a number") << u"CHARON_SIM_STOP_DELAY"_s << u"soon"_s;
        QTest::newRow("signal that does not kill") << u"CHARON_SIM_CRASH_SIGNAL"_s << u"CHLD"_s;
        QTest::newRow("flood") << u"CHARON_SIM_FLOOD_BYTES"_s << u"1e6"_s;
        QTest::newRow("leak past 64 GiB") << u"CHARON_SIM_LEAK_MB"_s << u"65537"_s;
    }

    void badValues()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QProcessEnvironment environment;
        environment.insert(variable, value);
        SimOptions options;
        QString error;
        QVERIFY(!options.applySwitches({}, environment, &error));
        QVERIFY2(error.contains(variable) && error.contains(value), qPrintable(error));
    }

    void crashSignalByNumberOrName_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("signal");
        QTest::newRow("number") << u"6"_s << int(SIGABRT);
        QTest::newRow("name") << u"segv"_s << int(SIGSEGV);
        QTest::newRow("SIG name") << u"SIGKILL"_s << int(SIGKILL);
    }

    void crashSignalByNumberOrName()
    {
        QFETCH(QString, value);
        QFETCH(int, signal);
        SimOptions options;
        QString error;
        QVERIFY(options.applySwitches({ { u"crash_signal"_s, value } }, {}, &error));
        QCOMPARE(options.crashSignal, signal);
    }

    void timestampFormat()
    {
        const QDateTime when(QDate(2024, 11, 25), QTime(10, 15, 30));
        QCOMPARE(EmulatorLog::timestamp(when, 123456), u"20241125:101530.123456"_s);
        QCOMPARE(EmulatorLog::timestamp(when, 42), u"20241125:101530.000042"_s);
    }

    void defaultLogFileName()
    {
        // Charon-PAR logs into a new dated file in its working directory when none is set
        const QDateTime when(QDate(2024, 11, 25), QTime(10, 15, 30));
        QCOMPARE(EmulatorLog::defaultFileName(EmulatorLog::Style::Par, when),
            u"charon-par.20241125-101530-0000.log"_s);
        QCOMPARE(EmulatorLog::defaultFileName(EmulatorLog::Style::AxpVax, when), QString());
    }

    void productWording_data()
    {
        QTest::addColumn<int>("style");
        QTest::addColumn<QString>("lost");
        QTest::addColumn<QString>("info");
        QTest::newRow("PAR") << int(EmulatorLog::Style::Par)
                             << u"err:Contact with license key lost ..."_s << u"info:hello"_s;
        QTest::newRow("AXP/VAX 4.12")
            << int(EmulatorLog::Style::AxpVax)
            << u"WARN :1:0000024D:licenseman(1988): Communication with the license key \"527889790\" lost."_s
            << u"INFO :0:00000336:session(1201): hello"_s;
    }

    void productWording()
    {
        QFETCH(int, style);
        QFETCH(QString, lost);
        QFETCH(QString, info);
        const auto s = EmulatorLog::Style(style);
        QCOMPARE(EmulatorLog::licenseLostText(s, u"527889790"_s), lost);
        QCOMPARE(EmulatorLog::formatMessage(s, EmulatorLog::Level::Info, u"hello"_s), info);
        QVERIFY(EmulatorLog::licenseRestoredText(s, u"527889790"_s).contains(u"restored"_s));
    }

    void logFileLines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"guest.log"_s);
        {
            EmulatorLog log(path, EmulatorLog::Style::AxpVax);
            QString error;
            QVERIFY(log.open(&error));
            log.nicUp(u"EWA0"_s, u"eth1"_s);
            log.licenseLost(u"42"_s);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // two lines and the empty rest after the last newline
        const QRegularExpression stamp(u"^\\d{8}:\\d{6}\\.\\d{6}:"_s);
        QVERIFY(stamp.match(QString::fromUtf8(lines.at(0))).hasMatch());
        QVERIFY(lines.at(0).endsWith(":Device EWA0 (eth1) : RX up"));
        QVERIFY(lines.at(1).endsWith("Communication with the license key \"42\" lost."));
    }

    void unwritableLogIsAnError()
    {
        EmulatorLog log(u"/nonexistent-dir/guest.log"_s, EmulatorLog::Style::Par);
        QString error;
        QVERIFY(!log.open(&error));
        QVERIFY(error.contains(u"/nonexistent-dir/guest.log"_s));
    }
};

CHARON_TEST_GUILESS_MAIN(TestSimOptions)
#include "tst_simoptions.moc"
