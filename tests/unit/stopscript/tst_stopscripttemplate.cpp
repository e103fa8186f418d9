// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// StopScriptTemplate: the guest OS follows the family and model (an HP 3000 model is MPE/iX, not
// HP-UX), each template uses that OS's shutdown command from the profile, parses with bash -n,
// and is reported "To customize" until the admin fills it in.

#include "core/config/profileregistry.h"
#include "core/stopscript/stopscript.h"
#include "core/stopscript/stopscripttemplate.h"
#include "tests/harness/testmain.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;
using Method = StopScriptTemplate::Method;

Q_DECLARE_METATYPE(charon::core::StopScriptTemplate::Method)

class TestStopScriptTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void osFollowsTheModel_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("os");
        QTest::addRow("demo mpe-fin") << u"par"_s << u"A500-200-200"_s << u"mpeix"_s;
        QTest::addRow("HP 3000 989") << u"par"_s << u"989"_s << u"mpeix"_s;
        QTest::addRow("demo hpux-prod") << u"par"_s << u"rp4440"_s << u"hpux"_s;
        QTest::addRow("HP 9000 A-class") << u"par"_s << u"A500-7X"_s << u"hpux"_s;
        QTest::addRow("alpha") << u"axp"_s << u"AlphaServer_ES40"_s << u"openvms"_s;
        QTest::addRow("vax") << u"vax"_s << u"MicroVAX_3600"_s << u"openvms"_s;
    }
    void osFollowsTheModel()
    {
        QFETCH(QString, profile);
        QFETCH(QString, model);
        QFETCH(QString, os);
        QCOMPARE(StopScriptTemplate::guessOs(profile, model), os);
        const auto p = ProfileRegistry::forId(profile);
        QVERIFY(p);
        QCOMPARE(StopScriptTemplate::osFor(*p, model).id, os);
    }

    void templatesUseTheOsCommand_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("os");
        QTest::addColumn<Method>("method");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<StopScriptStatus>("statusAfterCustomizing");
        QTest::addRow("hpux expect")
            << u"par"_s << u"hpux"_s << Method::Expect << u"send \"shutdown -h -y 0\\r\""_s
            << StopScriptStatus::UsingExpect;
        QTest::addRow("mpeix expect")
            << u"par"_s << u"mpeix"_s << Method::Expect << u"send \"=SHUTDOWN\\r\""_s
            << StopScriptStatus::UsingExpect;
        QTest::addRow("openvms expect")
            << u"axp"_s << u"openvms"_s << Method::Expect
            << u"send \"@SYS\\$SYSTEM:SHUTDOWN 0 SHUTDOWN NO YES LATER NO NONE\\r\""_s
            << StopScriptStatus::UsingExpect;
        QTest::addRow("tru64 expect")
            << u"axp"_s << u"tru64"_s << Method::Expect << u"send \"/sbin/init 0\\r\""_s
            << StopScriptStatus::UsingExpect;
        QTest::addRow("hpux ssh") << u"par"_s << u"hpux"_s << Method::Ssh
                                  << u"root@GUEST-HOST 'shutdown -h -y 0'"_s
                                  << StopScriptStatus::UsingSsh;
        QTest::addRow("hpux rsh") << u"par"_s << u"hpux"_s << Method::Rsh
                                  << u"rsh -l root GUEST-HOST 'shutdown -h -y 0'"_s
                                  << StopScriptStatus::UsingRsh;
    }
    void templatesUseTheOsCommand()
    {
        QFETCH(QString, profile);
        QFETCH(QString, os);
        QFETCH(Method, method);
        QFETCH(QString, expected);
        QFETCH(StopScriptStatus, statusAfterCustomizing);
        const auto p = ProfileRegistry::forId(profile);
        QVERIFY(p);
        const auto guestOs = p->guestOs(os);
        QVERIFY(guestOs);
        const QString config = u"/guests/it's here.cfg"_s;
        QString error;
        const QString branch = StopScriptTemplate::branch(
            method, config, *guestOs, p->consolePowerOff().command, &error);
        QVERIFY2(branch.contains(expected), qPrintable(branch));
        QString script = StopScript::scriptTemplate(branch);
        QCOMPARE(StopScript::statusIn(script, config), StopScriptStatus::ToCustomize);
        QStringList lines = script.split(u'\n');
        lines.removeIf([](const QString &l) { return l.contains(StopScript::customizeMarker()); });
        script = lines.join(u'\n');
        QCOMPARE(StopScript::statusIn(script, config), statusAfterCustomizing);
        if (QStandardPaths::findExecutable(u"bash"_s).isEmpty())
            QSKIP("bash is not installed");
        QProcess bash;
        bash.start(u"bash"_s, { u"-n"_s });
        bash.write(script.toUtf8());
        bash.closeWriteChannel();
        QVERIFY(bash.waitForFinished());
        QVERIFY2(bash.exitCode() == 0, bash.readAllStandardError().constData());
    }

    void refusesALineBreakInThePath()
    {
        QString error;
        QVERIFY(StopScriptTemplate::branch(Method::Ssh, u"a\nb"_s, {}, {}, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

CHARON_TEST_GUILESS_MAIN(TestStopScriptTemplate)
#include "tst_stopscripttemplate.moc"
