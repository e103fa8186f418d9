// ConfigParser against realistic configurations of every family and against the mess real
// files contain. Each row names exact values and the exact lines of the issues expected.
#include "core/configparser.h"
#include "core/modelcatalogue.h"
#include "core/profileregistry.h"
#include "tests/harness/testenv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using charon::core::ConfigIssue;
using charon::core::ConfigParser;
using charon::core::ConfigSummary;

namespace {

QString configPath(const QString &name)
{
    return charon::test::sourceDir() + u"/tests/data/configs/"_s + name;
}

QString demoPath(const QString &name)
{
    return charon::test::sourceDir() + u"/resources/demo/"_s + name;
}

// "E12 W14 I20": severity letter and line of every issue, in order.
QString issueLines(const ConfigSummary &s)
{
    QStringList out;
    for (const ConfigIssue &issue : s.issues) {
        const char *letter = issue.severity == ConfigIssue::Severity::Error ? "E"
            : issue.severity == ConfigIssue::Severity::Warning              ? "W"
                                                                            : "I";
        out.append(QLatin1String(letter) + QString::number(issue.line));
    }
    return out.join(u' ');
}

// "EWA0=enp6s0/RAW@21 EWB0=tap0/TAP@23"
QString nicList(const ConfigSummary &s)
{
    QStringList out;
    for (const auto &nic : s.nics)
        out.append(u"%1=%2/%3@%4"_s.arg(nic.name, nic.interface, nic.mappingMode).arg(nic.line));
    return out.join(u' ');
}

QString allIssues(const ConfigSummary &s)
{
    QStringList out;
    for (const ConfigIssue &issue : s.issues)
        out.append(issue.toString());
    return out.join(u'\n');
}

} // namespace

class TestConfigParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Given no administrator or user override can leak into the expectations
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.path().toUtf8());
        qunsetenv("CHARON_PROFILE_DIR");
        qunsetenv("CHARON_MODEL_DIR");
        charon::core::ProfileRegistry::reload();
        charon::core::ModelCatalogue::reloadShared();
        QVERIFY2(charon::core::ProfileRegistry::loadErrors().isEmpty(),
            qPrintable(charon::core::ProfileRegistry::loadErrors().join(u'\n')));
        QCOMPARE(
            charon::core::ProfileRegistry::ids(), QStringList({ u"axp"_s, u"par"_s, u"vax"_s }));
    }

    void sampleConfigs_data();
    void sampleConfigs();

private:
    QTemporaryDir m_home;
};

void TestConfigParser::sampleConfigs_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("profile"); // given to the parser; "" = guess
    QTest::addColumn<QString>("expectedProfile");
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("cpus");
    QTest::addColumn<int>("memoryMB");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("listen");
    QTest::addColumn<bool>("exposed");
    QTest::addColumn<QString>("logPath"); // relative to the config's directory
    QTest::addColumn<QString>("breakOn");
    QTest::addColumn<QString>("stopOn");
    QTest::addColumn<QStringList>("licenses");
    QTest::addColumn<QString>("configurationName");
    QTest::addColumn<QString>("nics");
    QTest::addColumn<QString>("issues");

    QTest::newRow("HP-UX rp4440 (PAR)")
        << configPath(u"hpux-rp4440.cfg"_s) << QString() << u"par"_s << u"rp4440"_s << 8 << 16384
        << 30000 << u"lo"_s << false << u"log/rp4440.log"_s << QString() << QString()
        << QStringList { u"1422726238"_s, u"1877345390"_s, u"hpux-prod-main"_s } << QString()
        << u"EWA0=enp6s0/RAW@22 EWB0=tap0/TAP@24"_s << QString();
    QTest::newRow("MPE/iX N-Class (PAR), console on all interfaces")
        << configPath(u"mpe-pa3.cfg"_s) << u"par"_s << u"par"_s << u"N4000-400-750"_s << 4 << 8192
        << 30003 << u"0.0.0.0"_s << true << QString() << QString() << QString()
        << QStringList { u"1422726238"_s } << QString() << u"EWA0=eth2/MACVTAP@11"_s << u"W9"_s;
    QTest::newRow("OpenVMS ES40 (AXP)")
        << configPath(u"vms-es40.cfg"_s) << QString() << u"axp"_s << u"AlphaServer_ES40"_s << 4
        << 8192 << 10003 << QString() << false << u"/charon/log/vmsprod.log"_s << QString()
        << u"F6"_s << QStringList() << u"VMSPROD"_s << u"EWA=eth1/DE500BA@15 EWB=eth2/DE500BA@18"_s
        << QString();
    QTest::newRow("VAX 4000-106") << configPath(u"vax-4000-106.cfg"_s) << QString() << u"vax"_s
                                  << u"VAX_4000_Model_106"_s << 1 << 512 << 10003 << QString()
                                  << false << u"/charon/vax4106prod.log"_s << u"Ctrl-P"_s << u"F6"_s
                                  << QStringList() << u"vax4106prod"_s << u"XQA=eth1/DELQA@15"_s
                                  << QString();
    QTest::newRow("Tru64 DS20 (AXP)")
        << configPath(u"tru64-ds20.cfg"_s) << u"axp"_s << u"axp"_s << u"AlphaServer_DS20"_s << 2
        << 2048 << 10005 << QString() << false << u"ds20.log"_s << QString() << QString()
        << QStringList { u"1422726238"_s, u"1877345390"_s } << QString()
        << u"EWA=enp3s0/DE500BA@11"_s << QString();
    QTest::newRow("demo hpux-prod")
        << demoPath(u"hpux-prod.cfg"_s) << QString() << u"par"_s << u"rp4440"_s << 8 << 8192
        << 10003 << u"lo"_s << false << u"hpux-prod.log"_s << QString() << QString()
        << QStringList { u"1422726238"_s, u"hpux-prod"_s } << QString()
        << u"EWA0=charon-demo0/TAP@19"_s << QString();
    QTest::newRow("demo mpe-fin") << demoPath(u"mpe-fin.cfg"_s) << QString() << u"par"_s
                                  << u"A500-200-200"_s << 2 << 4096 << 10004 << u"lo"_s << false
                                  << u"mpe-fin.log"_s << QString() << QString()
                                  << QStringList { u"1422726239"_s } << QString() << QString()
                                  << QString();
    QTest::newRow("demo vms-ops") << demoPath(u"vms-ops.cfg"_s) << QString() << u"axp"_s
                                  << u"AlphaServer_ES40"_s << 4 << 4096 << 10005 << QString()
                                  << false << u"vms-ops.log"_s << u"Ctrl-P"_s << QString()
                                  << QStringList() << u"vms-ops"_s << QString() << QString();
}

void TestConfigParser::sampleConfigs()
{
    QFETCH(QString, path);
    QFETCH(QString, profile);
    QFETCH(QString, logPath);

    // When a realistic configuration is parsed
    const ConfigSummary s = ConfigParser::parseFile(path, profile);

    // Then every value is read exactly and only the expected issues are reported
    QTEST(issueLines(s), "issues");
    QCOMPARE(s.filePath, path);
    QTEST(s.profileId, "expectedProfile");
    QTEST(s.model, "model");
    QTEST(s.cpus, "cpus");
    QTEST(s.memoryMB, "memoryMB");
    QTEST(s.consolePort, "port");
    QTEST(s.consoleListenAddress, "listen");
    QTEST(s.consoleExposed, "exposed");
    const QString expectedLog
        = logPath.isEmpty() ? QString() : QDir(QFileInfo(path).absolutePath()).filePath(logPath);
    QCOMPARE(s.logPath, QDir::cleanPath(expectedLog));
    QTEST(s.breakOn, "breakOn");
    QTEST(s.stopOn, "stopOn");
    QTEST(s.licenseKeyIds, "licenses");
    QTEST(s.configurationName, "configurationName");
    QTEST(nicList(s), "nics");
    QVERIFY2(!s.hasErrors(), qPrintable(allIssues(s)));
}

QTEST_GUILESS_MAIN(TestConfigParser)
#include "tst_configparser.moc"
