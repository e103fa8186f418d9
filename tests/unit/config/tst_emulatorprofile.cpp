// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// EmulatorProfile: the built-in family descriptions, log line classification, validation of
// hand-edited JSON, and the override directories (a changed pattern changes parsing; a broken
// override is reported and the built-in stays in use).
#include "core/config/configparser.h"
#include "core/config/emulatorprofile.h"
#include "core/config/profileregistry.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using charon::core::ConfigParser;
using charon::core::EmulatorProfile;
using charon::core::ProfileRegistry;
using charon::test::writeFile;

namespace {

QByteArray builtinJson(const QString &id)
{
    QFile file(u":/charon/profiles/%1.json"_s.arg(id));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The PAR profile with the model read from `machine = "..."` instead.
QByteArray parWithMachineKey()
{
    QJsonObject root = QJsonDocument::fromJson(builtinJson(u"par"_s)).object();
    QJsonArray settings = root.value(u"settings"_s).toArray();
    for (qsizetype i = 0; i < settings.size(); ++i) {
        QJsonObject rule = settings.at(i).toObject();
        if (rule.value(u"field"_s).toString() == u"model") {
            rule.insert(u"pattern"_s, u"^machine\\s*=\\s*{value}$"_s);
            settings.replace(i, rule);
        }
    }
    root.insert(u"settings"_s, settings);
    return QJsonDocument(root).toJson();
}

} // namespace

class TestEmulatorProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.path().toUtf8());
        qunsetenv("CHARON_PROFILE_DIR");
        ProfileRegistry::reload();
    }
    void cleanupTestCase()
    {
        qunsetenv("CHARON_PROFILE_DIR");
        ProfileRegistry::reload();
    }

    void builtinProfiles_data();
    void builtinProfiles();
    void shutdownCommands_data();
    void shutdownCommands();
    void executablesMarkWhatIsUnconfirmed();
    void logLines_data();
    void logLines();
    void brokenJson_data();
    void brokenJson();
    void overrideChangesParsing();
    void brokenOverrideFallsBack();
    void userOverrideThenTestDirectory();

private:
    QTemporaryDir m_home;
};

void TestEmulatorProfile::builtinProfiles_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("detachedFlag");
    QTest::addColumn<QStringList>("guestOs");
    QTest::addColumn<bool>("keySyntax");
    QTest::addColumn<int>("maxNics");

    QTest::newRow("par") << u"par"_s << u"Charon-PAR"_s << u"-x"_s
                         << QStringList { u"hpux"_s, u"mpeix"_s } << true << 16;
    QTest::newRow("axp") << u"axp"_s << u"Charon-AXP"_s << u"-d"_s
                         << QStringList { u"openvms"_s, u"tru64"_s } << false << 0;
    QTest::newRow("vax") << u"vax"_s << u"Charon-VAX"_s << u"-d"_s << QStringList { u"openvms"_s }
                         << false << 0;
}

void TestEmulatorProfile::builtinProfiles()
{
    QFETCH(QString, id);
    // Given no override, when the registry is asked for a family
    QVERIFY2(ProfileRegistry::loadErrors().isEmpty(),
        qPrintable(ProfileRegistry::loadErrors().join(u'\n')));
    const auto profile = ProfileRegistry::forId(id);
    // Then the built-in description is there, read from the resource
    QVERIFY(profile);
    QCOMPARE(profile->origin(), u":/charon/profiles/%1.json"_s.arg(id));
    QTEST(profile->displayName(), "displayName");
    QTEST(profile->detachedFlag(), "detachedFlag");
    QStringList oses;
    for (const auto &os : profile->guestOsChoices())
        oses.append(os.id);
    QTEST(oses, "guestOs");
    QTEST(profile->hasKeySyntax(), "keySyntax");
    QTEST(profile->maxNics(), "maxNics");
    QVERIFY(!profile->settings().isEmpty());
    QVERIFY(!profile->logPatterns().isEmpty());
    QVERIFY(!profile->note().isEmpty());
}

void TestEmulatorProfile::shutdownCommands_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("os");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("prefix");

    QTest::newRow("HP-UX") << u"par"_s << u"hpux"_s << u"shutdown -h -y 0"_s << QString();
    QTest::newRow("MPE/iX") << u"par"_s << u"mpeix"_s << u"=SHUTDOWN"_s << u"\x01"_s;
    QTest::newRow("OpenVMS on Alpha")
        << u"axp"_s << u"openvms"_s << u"@SYS$SYSTEM:SHUTDOWN 0 SHUTDOWN NO YES LATER NO NONE"_s
        << QString();
    QTest::newRow("Tru64") << u"axp"_s << u"TRU64"_s << u"/sbin/init 0"_s << QString();
    QTest::newRow("OpenVMS on VAX")
        << u"vax"_s << u"openvms"_s << u"@SYS$SYSTEM:SHUTDOWN 0 SHUTDOWN NO YES LATER NO NONE"_s
        << QString();
    QTest::newRow("no Tru64 on VAX") << u"vax"_s << u"tru64"_s << QString() << QString();
}

void TestEmulatorProfile::shutdownCommands()
{
    QFETCH(QString, id);
    QFETCH(QString, os);
    QFETCH(QString, prefix);
    const auto profile = ProfileRegistry::forId(id);
    QVERIFY(profile);
    QTEST(profile->shutdownCommand(os), "command");
    const auto guest = profile->guestOs(os);
    QCOMPARE(guest ? guest->consolePrefix : QString(), prefix);
}

void TestEmulatorProfile::executablesMarkWhatIsUnconfirmed()
{
    // Given the built-in profiles, then each names executables, and SRM's power-off is known
    for (const EmulatorProfile &profile : ProfileRegistry::profiles()) {
        QVERIFY2(!profile.executableNames().isEmpty(), qPrintable(profile.id()));
        QCOMPARE(profile.executableNames().size(), profile.executables().size());
    }
    const auto axp = ProfileRegistry::forId(u"axp"_s);
    QVERIFY(axp->executableNames().contains(u"es40"_s));
    QVERIFY(!axp->executables().constFirst().confirmed);
    QCOMPARE(axp->consolePowerOff().command, u"power off"_s);
    QCOMPARE(ProfileRegistry::forId(u"par"_s)->defaultLogFiles(),
        QStringList({ u"charon-par.*.log"_s, u"hppa_log-*.log"_s }));
}

void TestEmulatorProfile::logLines_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("matches"); // "kind[!] key=value ...; ...", '!' = unconfirmed

    QTest::newRow("AXP 4.12 key lost")
        << u"axp"_s
        << u"20240102:101112:WARN :1:0000024D:licenseman(1988): Communication with the license "
           "key \"527889790\" lost."_s
        << u"license-lost key=527889790 grace=12h"_s;
    QTest::newRow("AXP < 4.9 removal with countdown")
        << u"axp"_s
        << u"session: Detected removal of the license. Normal operation is supported for 59 "
           "minutes from now."_s
        << u"license-lost; shutdown-warning minutes=59"_s;
    QTest::newRow("VAX HASP error")
        << u"vax"_s << u"Sentinel HASP RunTime Error 7."_s << u"license-lost"_s;
    QTest::newRow("VAX regular check")
        << u"vax"_s << u"Performing regular license check ..."_s << u"license-check"_s;
    QTest::newRow("AXP restored (unconfirmed wording)")
        << u"axp"_s << u"Communication with the license key \"527889790\" restored."_s
        << u"license-restored! key=527889790"_s;
    QTest::newRow("PAR 1.7.4 lost")
        << u"par"_s << u"err:Contact with license key lost ..."_s << u"license-lost grace=12h"_s;
    QTest::newRow("PAR NIC up") << u"par"_s
                                << u"20160927:150619.152882:Device EWA0 (enp6s0) : RX up"_s
                                << u"nic-up iface=enp6s0 nic=EWA0"_s;
    QTest::newRow("PAR NIC down (unconfirmed)")
        << u"par"_s << u"20160927:150619.152882:Device EWB0 (tap0) : RX down"_s
        << u"nic-down! iface=tap0 nic=EWB0"_s;
    QTest::newRow("SSP wording, no license")
        << u"par"_s << u"ERROR License There is no valid license key."_s << u"license-missing!"_s;
    QTest::newRow("SSP wording, shutdown")
        << u"axp"_s << u"WARNING License CHARON will be shutdown within 120 minutes!"_s
        << u"shutdown-warning! minutes=120"_s;
    QTest::newRow("expiry warning (unconfirmed wording)")
        << u"par"_s << u"License key \"1422726238\" will expire in 5 days"_s
        << u"license-expiring! days=5"_s;
    QTest::newRow("unrelated") << u"axp"_s << u"OPA0 : Connected. Remote 127.0.0.1:63516"_s
                               << QString();
}

void TestEmulatorProfile::logLines()
{
    QFETCH(QString, id);
    QFETCH(QString, line);
    // When an emulator log line is classified
    const auto matches = ProfileRegistry::forId(id)->matchLogLine(line);
    // Then every kind it means is found, with its captures
    QStringList out;
    for (const auto &m : matches) {
        QStringList parts { m.kind + (m.confirmed ? QString() : u"!"_s) };
        QStringList keys = m.captures.keys();
        keys.sort();
        for (const QString &key : keys)
            parts.append(key + u'=' + m.captures.value(key));
        if (m.graceHours >= 0)
            parts.append(u"grace=%1h"_s.arg(m.graceHours));
        out.append(parts.join(u' '));
    }
    QTEST(out.join(u"; "_s), "matches");
}

void TestEmulatorProfile::brokenJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");

    const QJsonObject par = QJsonDocument::fromJson(builtinJson(u"par"_s)).object();
    auto edited = [&](const std::function<void(QJsonObject &)> &edit) {
        QJsonObject copy = par;
        edit(copy);
        return QJsonDocument(copy).toJson();
    };
    auto firstSetting = [](QJsonObject &root, const QString &key, const QJsonValue &value) {
        QJsonArray settings = root.value(u"settings"_s).toArray();
        QJsonObject rule = settings.at(0).toObject();
        rule.insert(key, value);
        settings.replace(0, rule);
        root.insert(u"settings"_s, settings);
    };

    QTest::newRow("not JSON") << QByteArray("{ \"id\": ") << u"not valid JSON"_s;
    QTest::newRow("an array") << QByteArray("[]") << u"not a JSON object"_s;
    QTest::newRow("wrong schema") << edited([](QJsonObject &r) { r.insert(u"schema"_s, 2); })
                                  << u"schema"_s;
    QTest::newRow("no id") << edited([](QJsonObject &r) { r.remove(u"id"_s); }) << u"id: "_s;
    QTest::newRow("bad id") << edited([](QJsonObject &r) { r.insert(u"id"_s, u"P A R"_s); })
                            << u"id: "_s;
    QTest::newRow("bad regex") << edited([&](QJsonObject &r) {
        firstSetting(r, u"pattern"_s, u"^(license"_s);
    }) << u"settings[0].pattern: "_s;
    QTest::newRow("pattern without value group")
        << edited([&](QJsonObject &r) { firstSetting(r, u"pattern"_s, u"^license"_s); })
        << u"(?<value>"_s;
    QTest::newRow("unknown field")
        << edited([&](QJsonObject &r) { firstSetting(r, u"field"_s, u"colour"_s); })
        << u"settings[0].field: "_s;
    QTest::newRow("no settings") << edited([](QJsonObject &r) {
        r.insert(u"settings"_s, QJsonArray());
    }) << u"settings: "_s;
    QTest::newRow("log pattern broken") << edited([](QJsonObject &r) {
        r.insert(u"logPatterns"_s,
            QJsonArray { QJsonObject { { u"kind"_s, u"x"_s }, { u"pattern"_s, u"("_s } } });
    }) << u"logPatterns[0].pattern: "_s;
    QTest::newRow("key pattern without eq group") << edited([](QJsonObject &r) {
        QJsonObject syntax = r.value(u"syntax"_s).toObject();
        syntax.insert(u"keyPattern"_s, u"^(?<key>\\w+)"_s);
        r.insert(u"syntax"_s, syntax);
    }) << u"syntax.keyPattern: "_s;
}

void TestEmulatorProfile::brokenJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    // When a hand-edited profile is wrong
    QString error;
    const EmulatorProfile profile = EmulatorProfile::fromJson(json, u"/etc/x/par.json"_s, &error);
    // Then it is rejected with its file and the place of the mistake, never half-loaded
    QVERIFY(!profile.isValid());
    QVERIFY2(error.startsWith(u"/etc/x/par.json: "_s), qPrintable(error));
    QVERIFY2(error.contains(where), qPrintable(error));
    QVERIFY(profile.matchLogLine(u"err:Contact with license key lost"_s).isEmpty());
    QCOMPARE(profile.id(), QString());
}

void TestEmulatorProfile::overrideChangesParsing()
{
    // Given a PAR override in CHARON_PROFILE_DIR that reads the model from `machine = ...`
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"par.json"_s), parWithMachineKey()));
    const QByteArray text = "machine = \"rp2470\"\nsystem_model = \"rp3440\"\n";
    QCOMPARE(ConfigParser::parseText(text, u"g.cfg"_s, u"par"_s).model, u"rp3440"_s);
    qputenv("CHARON_PROFILE_DIR", dir.path().toUtf8());
    // When the profiles are reloaded
    ProfileRegistry::reload();
    // Then the override is used, and parsing follows its pattern
    QVERIFY(ProfileRegistry::loadErrors().isEmpty());
    QCOMPARE(ProfileRegistry::forId(u"par"_s)->origin(), dir.filePath(u"par.json"_s));
    const auto s = ConfigParser::parseText(text, u"g.cfg"_s, u"par"_s);
    QCOMPARE(s.model, u"rp2470"_s);
    QCOMPARE(s.cpus, 2);
    QCOMPARE(s.issues.size(), 1); // system_model is now an unknown key
    QCOMPARE(s.issues.at(0).line, 2);
    QCOMPARE(ProfileRegistry::forId(u"axp"_s)->origin(), u":/charon/profiles/axp.json"_s);
}

void TestEmulatorProfile::brokenOverrideFallsBack()
{
    // Given a broken par.json and a valid new family in the override directory
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"par.json"_s), "{ \"schema\": 1, \"id\": \"par\", "));
    QJsonObject extra = QJsonDocument::fromJson(builtinJson(u"vax"_s)).object();
    extra.insert(u"id"_s, u"pdp"_s);
    extra.insert(u"displayName"_s, u"Charon-PDP"_s);
    QVERIFY(writeFile(dir.filePath(u"pdp.json"_s), QJsonDocument(extra).toJson()));
    qputenv("CHARON_PROFILE_DIR", dir.path().toUtf8());
    // When the profiles are reloaded
    ProfileRegistry::reload();
    // Then the error names the file, the built-in PAR stays in use, the new family is added
    const QStringList errors = ProfileRegistry::loadErrors();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).startsWith(dir.filePath(u"par.json"_s)), qPrintable(errors.at(0)));
    QCOMPARE(ProfileRegistry::forId(u"par"_s)->origin(), u":/charon/profiles/par.json"_s);
    QCOMPARE(ProfileRegistry::ids(), QStringList({ u"axp"_s, u"par"_s, u"pdp"_s, u"vax"_s }));
    const auto s = ConfigParser::parseText("system_model = \"rp3440\"\n", u"g.cfg"_s, u"par"_s);
    QCOMPARE(s.model, u"rp3440"_s);
    QVERIFY(s.issues.isEmpty());
}

void TestEmulatorProfile::userOverrideThenTestDirectory()
{
    // Given a user override in ~/.config and another one in CHARON_PROFILE_DIR
    QTemporaryDir test;
    const QString userFile = m_home.filePath(u"charon-manager/profiles/axp.json"_s);
    QJsonObject axp = QJsonDocument::fromJson(builtinJson(u"axp"_s)).object();
    axp.insert(u"detachedFlag"_s, u"--user-detach"_s);
    QVERIFY(writeFile(userFile, QJsonDocument(axp).toJson()));
    ProfileRegistry::reload();
    // Then the user's wins over the built-in
    QCOMPARE(ProfileRegistry::forId(u"axp"_s)->detachedFlag(), u"--user-detach"_s);
    // And the test directory wins over the user's
    axp.insert(u"detachedFlag"_s, u"--test-detach"_s);
    QVERIFY(writeFile(test.filePath(u"axp.json"_s), QJsonDocument(axp).toJson()));
    qputenv("CHARON_PROFILE_DIR", test.path().toUtf8());
    ProfileRegistry::reload();
    QCOMPARE(ProfileRegistry::forId(u"axp"_s)->detachedFlag(), u"--test-detach"_s);
    QVERIFY(QFile::remove(userFile));
}

CHARON_TEST_GUILESS_MAIN(TestEmulatorProfile)
#include "tst_emulatorprofile.moc"
