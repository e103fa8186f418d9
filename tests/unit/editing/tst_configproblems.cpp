// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// ConfigProblems: the config editor's list of problems by line, the parser's messages plus the
// checks that need the other guests and the host's interfaces.

#include "core/editing/configproblems.h"
#include "tests/harness/testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace {

const QByteArray kConfig = "system_model = \"rp4440\"\n" // 1
                           "memory_size = 8192\n" // 2
                           "console.type = telnet\n" // 3
                           "console.port = \"10003\"\n" // 4
                           "memory_size = 4096\n" // 5
                           "frobnicate the widgets\n" // 6
                           "EWA0.iface = \"nosuch0\"\n" // 7
                           "EWB0.iface = \"eth0\"\n"; // 8

QString messageOn(const QList<ConfigIssue> &issues, int line, const QString &part)
{
    for (const ConfigIssue &issue : issues) {
        if (issue.line == line && issue.message.contains(part))
            return issue.message;
    }
    return {};
}

} // namespace

class TestConfigProblems : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyProblemOnItsLine()
    {
        ConfigProblems::Context context;
        context.otherGuestPorts.insert(10003, u"mpe-fin"_s);
        context.hostInterfaces = QStringList { u"lo"_s, u"eth0"_s };
        ConfigSummary summary;
        const QList<ConfigIssue> issues
            = ConfigProblems::check(kConfig, u"g.cfg"_s, u"par"_s, context, &summary);
        QCOMPARE(summary.consolePort, 10003);
        QVERIFY(!messageOn(issues, 4, u"mpe-fin"_s).isEmpty());
        QVERIFY(!messageOn(issues, 5, u"line 5 overrides line 2"_s).isEmpty());
        QVERIFY(!messageOn(issues, 6, u"not understood"_s).isEmpty());
        QVERIFY(!messageOn(issues, 7, u"nosuch0"_s).isEmpty());
        QVERIFY(messageOn(issues, 8, u"eth0"_s).isEmpty());
        for (qsizetype i = 1; i < issues.size(); ++i)
            QVERIFY(issues.at(i - 1).line <= issues.at(i).line);
    }

    void noContextNoExtraChecks()
    {
        const QList<ConfigIssue> issues = ConfigProblems::check(kConfig, u"g.cfg"_s, u"par"_s, {});
        QVERIFY(messageOn(issues, 4, u"already used"_s).isEmpty());
        QVERIFY(messageOn(issues, 7, u"nosuch0"_s).isEmpty());
    }

    void missingConsolePort()
    {
        const QList<ConfigIssue> issues
            = ConfigProblems::check("system_model = \"rp4440\"\n", u"g.cfg"_s, u"par"_s, {});
        QVERIFY(!messageOn(issues, 0, u"no console port"_s).isEmpty());
    }

    void consoleBeyondLocalhost()
    {
        const QList<ConfigIssue> issues
            = ConfigProblems::check("system_model = \"rp4440\"\nconsole.port = \"0.0.0.0:10005\"\n",
                u"g.cfg"_s, u"par"_s, {});
        QVERIFY(!messageOn(issues, 2, u"anyone on the network"_s).isEmpty());
        QCOMPARE(ConfigProblems::consolePortLine(
                     "x\nconsole.port = \"0.0.0.0:10005\"\n", u"g.cfg"_s, u"par"_s),
            2);
    }
};

CHARON_TEST_GUILESS_MAIN(TestConfigProblems)
#include "tst_configproblems.moc"
