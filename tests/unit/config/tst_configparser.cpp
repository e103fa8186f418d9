// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// ConfigParser against realistic configurations of every family and against the mess real
// files contain. Each row names exact values and the exact lines of the issues expected.
#include "core/config/configparser.h"
#include "core/config/modelcatalogue.h"
#include "core/config/profileregistry.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testmain.h"
#include "tests/unit/config/summarytext.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using charon::core::ConfigIssue;
using namespace charon::test;
using charon::core::ConfigParser;
using charon::core::ConfigSummary;

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
    void messyText_data();
    void messyText();
    void issueMessagesNameTheProblem();
    void consoleExposure_data();
    void consoleExposure();

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

void TestConfigParser::messyText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("issues");

    const QByteArray par = "license_key_id \"1422726238\"\n"
                           "system_model = \"rp3440\"\n"
                           "memory_size = 4096\n"
                           "console.port = \"10003\"\n";
    const QString parSummary
        = u"profile=par model=rp3440 cpus=4 mem=4096 port=10003 listen=lo lic=1422726238"_s;

    QTest::newRow("CRLF line ends")
        << QByteArray(par).replace("\n", "\r\n") << QString() << parSummary << QString();
    QTest::newRow("UTF-8 BOM") << QByteArray("\xef\xbb\xbf" + par) << QString() << parSummary
                               << QString();
    QTest::newRow("BOM and CRLF, no final newline")
        << QByteArray("\xef\xbb\xbf" + par).replace("\n", "\r\n").chopped(2) << QString()
        << parSummary << QString();
    QTest::newRow("tabs") << QByteArray(
        "\tlicense_key_id\t\"1422726238\"\nsystem_model\t=\t\"rp3440\"\n"
        "memory_size=4096\t\n  console.port =\t\"10003\"  \n")
                          << u"par"_s << parSummary << QString();
    QTest::newRow("trailing comments, '#' inside quotes kept")
        << QByteArray("system_model = \"rp3440\"   # the big one\n"
                      "log_file = \"/var/log/charon#1.log\" # log\n"
                      "EWA0.initialize_command = \"echo '#'\" # hook\n")
        << u"par"_s << u"profile=par model=rp3440 cpus=4 log=/var/log/charon#1.log"_s << QString();
    QTest::newRow("quoted values with spaces")
        << QByteArray("set session configuration_name=\"Ops VMS 1\"\n"
                      "set session log=\"logs/my guest.log\"\n")
        << u"axp"_s << u"profile=axp log=/cfgdir/logs/my guest.log name=Ops VMS 1"_s << QString();
    QTest::newRow("PAR: '=' missing where required (value still read)")
        << QByteArray("system_model = \"rp3440\"\nEWA0.iface \"enp6s0\"\n") << u"par"_s
        << u"profile=par model=rp3440 cpus=4 nics=EWA0=enp6s0/RAW@2"_s << u"E2"_s;
    QTest::newRow("PAR: '=' where forbidden")
        << QByteArray("# licenses\nlicense_key_id = \"1422726238\"\nlicense_id=\"x\"\n") << u"par"_s
        << u"profile=par lic=1422726238,x"_s << u"E2 E3"_s;
    QTest::newRow("bad port numbers")
        << QByteArray("console.port = \"10003\"\nconsole.port = \"99999\"\n"
                      "console.port = \"abc\"\nconsole.port = \"lo:0\"\nconsole.port = \"eth0:\"\n")
        << u"par"_s << u"profile=par port=10003 listen=lo"_s << u"E2 E3 E4 E5"_s;
    QTest::newRow("AXP: bad port") << QByteArray("set COM1 alias=OPA0 port=70000\n") << u"axp"_s
                                   << u"profile=axp"_s << u"E1"_s;
    QTest::newRow("duplicate keys: last wins, warning on the later line")
        << QByteArray("system_model = \"rp3440\"\nmemory_size = 2048\n\n"
                      "system_model = \"rp4440\"\ndisk0.file = \"a.dsk\"\ndisk0.file = \"b.dsk\"\n")
        << u"par"_s << u"profile=par model=rp4440 cpus=8 mem=2048"_s << u"W4 W6"_s;
    QTest::newRow("AXP: console port set twice through two spellings")
        << QByteArray("set COM1 alias=OPA0 port=10003\nset OPA0 port=10004\n") << u"axp"_s
        << u"profile=axp port=10004"_s << u"W2"_s;
    QTest::newRow("repeated license ids are no duplicates")
        << QByteArray("license_key_id \"1\"\nlicense_key_id \"2\"\nlicense_key_id \"1\"\n")
        << u"par"_s << u"profile=par lic=1,2"_s << u"W3"_s;
    QTest::newRow("unknown lines kept as Info")
        << QByteArray("set session hw_model=AlphaServer_DS10\nfrobnicate the console\nset\n")
        << u"axp"_s << u"profile=axp model=AlphaServer_DS10 cpus=1"_s << u"I2 I3"_s;
    QTest::newRow("PAR: unknown plain key")
        << QByteArray("system_model = \"rp2470\"\nturbo_mode = yes\n") << u"par"_s
        << u"profile=par model=rp2470 cpus=2"_s << u"I2"_s;
    QTest::newRow("unterminated quote: line ignored, the rest read")
        << QByteArray("set session hw_model=\"AlphaServer_ES45\nset ram0 size=1024\n"
                      "set session log=\"a.log # oops\n")
        << u"axp"_s << u"profile=axp mem=1024"_s << u"E1 E3"_s;
    QTest::newRow("break_on none disables, stop_on kept")
        << QByteArray("set OPA0 break_on=\"Ctrl-P\"\nset OPA0 break_on=NONE\n"
                      "set COM1 stop_on=\"F6\"\n")
        << u"axp"_s << u"profile=axp stop=F6"_s << u"W2"_s;
    QTest::newRow("several parameters on one AXP line")
        << QByteArray("set COM1 alias=OPA0 port=10003 break_on=\"Break\" stop_on=\"F6\"\n")
        << u"axp"_s << u"profile=axp port=10003 break=Break stop=F6"_s << QString();
    QTest::newRow("memory units") << QByteArray("memory_size = 8GB\n") << u"par"_s
                                  << u"profile=par mem=8192"_s << QString();
    QTest::newRow("memory in KB") << QByteArray("memory_size = \"1048576KB\"\n") << u"par"_s
                                  << u"profile=par mem=1024"_s << QString();
    QTest::newRow("memory not a number") << QByteArray("memory_size = lots\nset_me = 1\n")
                                         << u"par"_s << u"profile=par"_s << u"E1 I2"_s;
    QTest::newRow("PAR: unknown mapping mode, mode spelling normalised")
        << QByteArray("EWA0.iface = \"eth0\"\nEWA0.mapping_mode = bridge\n"
                      "EWB0.iface = \"macvtap0\"\nEWB0.mapping_mode = \"macvtap\"\n")
        << u"par"_s << u"profile=par nics=EWA0=eth0/bridge@1 EWB0=macvtap0/MACVTAP@3"_s << u"W2"_s;
    QByteArray seventeen;
    for (char c = 'A'; c <= 'P'; ++c)
        seventeen += "EW" + QByteArray(1, c) + "0.iface = \"eth" + QByteArray(1, c) + "\"\n";
    seventeen += "EWA1.iface = \"eth99\"\n";
    QTest::newRow("PAR: more than 16 NICs")
        << seventeen << u"par"_s << QString() /* not compared */ << u"W17"_s;
    QTest::newRow("AXP/VAX: set form of a packet port, adapter linked explicitly")
        << QByteArray("load DESQA/DEQNA XQB\nset XQB interface=XQB0\n"
                      "load packet_port XQB0\nset XQB0 interface=\"eth3\"\n")
        << u"vax"_s << u"profile=vax nics=XQB=eth3/DESQA@1"_s << QString();
    QTest::newRow("Latin-1 comment") << QByteArray("# M\xfcnchen\nset ram0 size=256\n") << u"vax"_s
                                     << u"profile=vax mem=256"_s << u"I0"_s;
    QTest::newRow("only comments: family unknown")
        << QByteArray("# nothing here\n\n   # at all\n") << QString() << u"profile="_s << u"E0"_s;
    QTest::newRow("AXP or VAX cannot be told: first family, warned")
        << QByteArray("set session log=\"x.log\"\nset ram0 size=64\n") << QString()
        << u"profile=axp mem=64 log=/cfgdir/x.log"_s << u"W0"_s;
    QTest::newRow("family guessed from the model")
        << QByteArray("set session hw_model=MicroVAX_3900\n") << QString()
        << u"profile=vax model=MicroVAX_3900 cpus=1"_s << QString();
    QTest::newRow("unknown profile id") << par << u"sparc"_s << u"profile=sparc"_s << u"E0"_s;
    QTest::newRow("NUL bytes: binary")
        << QByteArray("set ram0 size=1\n\0\x01\x02", 19) << QString() << u"profile="_s << u"E0"_s;
    QTest::newRow("UTF-16") << QByteArray("\xff\xfes\0e\0t\0", 8) << QString() << u"profile="_s
                            << u"E0"_s;
    QTest::newRow("larger than MaxConfigBytes") << QByteArray(ConfigParser::MaxConfigBytes + 1, '#')
                                                << u"par"_s << u"profile=par"_s << u"E0"_s;
    QTest::newRow("exactly MaxConfigBytes is fine")
        << QByteArray(QByteArray(1023, '#') + '\n').repeated(ConfigParser::MaxConfigBytes / 1024)
        << u"par"_s << u"profile=par"_s << QString();
}

void TestConfigParser::messyText()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, profile);
    QFETCH(QString, summary);

    // When text as found in the wild is parsed
    const ConfigSummary s = ConfigParser::parseText(text, u"/cfgdir/guest.cfg"_s, profile);

    // Then the values are read and each problem is reported on its line
    QTEST(issueLines(s), "issues");
    if (!summary.isEmpty())
        QCOMPARE(describe(s), summary);
    for (const ConfigIssue &issue : s.issues) {
        QCOMPARE(issue.file, u"/cfgdir/guest.cfg"_s);
        QVERIFY(!issue.message.isEmpty());
    }
}

void TestConfigParser::issueMessagesNameTheProblem()
{
    // Given a PAR file with a duplicate, a forbidden '=', a missing '=' and a bad port
    const QByteArray text = "system_model = \"rp3440\"\n"
                            "license_key_id = \"1\"\n"
                            "EWA0.iface \"eth0\"\n"
                            "system_model = \"rp4440\"\n"
                            "console.port = \"lo:70000\"\n";
    // When it is parsed
    const ConfigSummary s = ConfigParser::parseText(text, u"g.cfg"_s, u"par"_s);
    // Then each message says what and where, naming both lines of the duplicate
    QCOMPARE(s.issues.size(), 4);
    QVERIFY2(s.issues.at(0).message.contains(u"license_key_id"_s)
            && s.issues.at(0).message.contains(u"no '='"_s),
        qPrintable(s.issues.at(0).message));
    QVERIFY2(s.issues.at(1).message.contains(u"EWA0.iface"_s)
            && s.issues.at(1).message.contains(u"needs '='"_s),
        qPrintable(s.issues.at(1).message));
    QCOMPARE(s.issues.at(2).severity, ConfigIssue::Severity::Warning);
    QVERIFY2(s.issues.at(2).message.contains(u"line 4"_s)
            && s.issues.at(2).message.contains(u"line 1"_s),
        qPrintable(s.issues.at(2).message));
    QVERIFY2(s.issues.at(3).message.contains(u"lo:70000"_s), qPrintable(s.issues.at(3).message));
    QCOMPARE(s.issues.at(3).toString().left(8), u"g.cfg:5:"_s);
}

void TestConfigParser::consoleExposure_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("listen");
    QTest::addColumn<bool>("exposed");

    QTest::newRow("bare port") << u"10003"_s << u"lo"_s << false;
    QTest::newRow("lo:") << u"lo:10003"_s << u"lo"_s << false;
    QTest::newRow("localhost:") << u"localhost:10003"_s << u"localhost"_s << false;
    QTest::newRow("127.0.0.1:") << u"127.0.0.1:10003"_s << u"127.0.0.1"_s << false;
    QTest::newRow("127.0.1.1:") << u"127.0.1.1:10003"_s << u"127.0.1.1"_s << false;
    QTest::newRow("[::1]:") << u"[::1]:10003"_s << u"::1"_s << false;
    QTest::newRow("empty where: all interfaces") << u":10003"_s << u"*"_s << true;
    QTest::newRow("0.0.0.0:") << u"0.0.0.0:10003"_s << u"0.0.0.0"_s << true;
    QTest::newRow("*:") << u"*:10003"_s << u"*"_s << true;
    QTest::newRow("interface eth0") << u"eth0:10003"_s << u"eth0"_s << true;
    QTest::newRow("LAN address") << u"192.168.1.5:10003"_s << u"192.168.1.5"_s << true;
    QTest::newRow("[::]:") << u"[::]:10003"_s << u"::"_s << true;
}

void TestConfigParser::consoleExposure()
{
    QFETCH(QString, value);
    // When a PAR console port is written this way
    const ConfigSummary s = ConfigParser::parseText(
        "console.port = \"" + value.toUtf8() + "\"\n", u"c.cfg"_s, u"par"_s);
    // Then the address and the exposure follow, with a warning only when exposed
    QCOMPARE(s.consolePort, 10003);
    QTEST(s.consoleListenAddress, "listen");
    QTEST(s.consoleExposed, "exposed");
    QFETCH(bool, exposed);
    QCOMPARE(issueLines(s), exposed ? u"W1"_s : QString());
}

CHARON_TEST_GUILESS_MAIN(TestConfigParser)
#include "tst_configparser.moc"
