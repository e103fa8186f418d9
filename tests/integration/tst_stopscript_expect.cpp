// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The stop-script editor's EXPECT template, for real: on the suite's REAL private systemd --user
// manager, two simulated HP-UX guests whose emulator lingers 60 s after SIGTERM (so only a real
// OS shutdown ends one in time) share one common stop script. One has the branch the editor
// writes (StopScriptTemplate, EXPECT through its console port, run by the REAL `expect` and
// `telnet`): its stop ends with Result=success and the simulator's log shows that the guest OS
// powered the machine off. The other has no branch: it is powered off, and since its emulator
// does not end, systemd kills it (SIGKILL) when its stop timeout runs out.

#include "core/config/profileregistry.h"
#include "core/editing/scriptbranch.h"
#include "core/stopscript/stopscript.h"
#include "core/stopscript/stopscripttemplate.h"
#include "core/systemd/guestbuilder.h"
#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdconnection.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testmain.h"
#include "tests/harness/testscope.h"
#include "tests/integration/awaitjob.h"
#include "tests/integration/stopreasonhelpers.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;
using namespace charon::test;

class TestStopScriptExpect : public QObject
{
    Q_OBJECT

    std::unique_ptr<SystemdConnection> m_connection;
    std::unique_ptr<SystemdClient> m_client;
    std::unique_ptr<StopReasonGuests> m_guests;

    UnitStatus status(const QString &unit)
    {
        return GuestBuilder::unitStatus(awaitJob(m_client->fetchProperties(unit)).properties);
    }

private Q_SLOTS:
    void init()
    {
        if (!harnessSkipReason().isEmpty())
            return;
        m_connection = std::make_unique<SystemdConnection>(testConnectionScope());
        m_client = std::make_unique<SystemdClient>(m_connection.get());
        QTRY_VERIFY(m_connection->isManagerPresent());
        QVERIFY(!awaitJob(m_client->subscribe()).error.isError());
        m_guests = std::make_unique<StopReasonGuests>(userUnitDir());
        QVERIFY(m_guests->isValid());
    }
    void cleanup()
    {
        if (m_guests)
            m_guests->removeAll();
        m_guests.reset();
        m_client.reset();
        m_connection.reset();
    }

    void expectBranchStopsCleanlyNoBranchIsKilled()
    {
        CHARON_REQUIRE_SYSTEMD();
        for (const char *tool : { "expect", "telnet" }) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP(qPrintable(u"%1 is not installed (scripts/setup installs it)"_s.arg(
                    QString::fromLatin1(tool))));
        }
        // Given two running HP-UX guests whose emulator lingers 60 s after SIGTERM
        const QStringList lingers { u"CHARON_SIM_STOP_DELAY=60"_s };
        const GuestSpec clean { u"clean"_s, 60, lingers, false, false };
        const GuestSpec bare { u"bare"_s, 2, lingers, false, false };
        const QString cleanUnit = m_guests->add(clean);
        const QString bareUnit = m_guests->add(bare);
        QVERIFY2(!cleanUnit.isEmpty() && !bareUnit.isEmpty(), qPrintable(m_guests->error()));
        // and a common stop script holding the editor's EXPECT branch for one of them, filled in
        const auto par = ProfileRegistry::forId(u"par"_s);
        QVERIFY(par);
        const auto os = StopScriptTemplate::osFor(*par, u"rp4440"_s);
        QCOMPARE(os.id, u"hpux"_s);
        QString error;
        QString branch = StopScriptTemplate::branch(StopScriptTemplate::Method::Expect,
            m_guests->configPath(clean.name), os, par->consolePowerOff().command, &error);
        QVERIFY2(!branch.isEmpty(), qPrintable(error));
        QStringList lines = branch.split(u'\n');
        lines.removeIf([](const QString &l) { return l.contains(StopScript::customizeMarker()); });
        branch = lines.join(u'\n');
        const QString script = ScriptBranch::replace(
            QString(), m_guests->configPath(clean.name), branch, u"#!/bin/sh\n"_s);
        QCOMPARE(StopScript::statusIn(script, m_guests->configPath(clean.name)),
            StopScriptStatus::UsingExpect);
        QCOMPARE(StopScript::statusIn(script, m_guests->configPath(bare.name)),
            StopScriptStatus::CaseNotSet);
        QFile file(m_guests->stopScriptPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(script.toUtf8()) > 0);
        file.close();
        QVERIFY(QFile::setPermissions(
            file.fileName(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(awaitJob(m_client->reload()).finished);
        for (const QString &unit : { cleanUnit, bareUnit }) {
            const JobOutcome start = awaitJob(m_client->startUnit(unit));
            QVERIFY2(start.finished && !start.error.isError(), qPrintable(start.error.message));
        }
        const QString log = m_guests->directory() + u"/clean.log"_s;
        // The console must be at its login prompt (the OS booted) before the stop
        QTRY_VERIFY_WITH_TIMEOUT(
            charon::test::unitProperty(cleanUnit, u"ActiveState"_s) == u"active"_s, 10000);

        // When both are stopped
        const JobOutcome stopClean = awaitJob(m_client->stopUnit(cleanUnit), 70000);
        QVERIFY2(
            stopClean.finished && !stopClean.error.isError(), qPrintable(stopClean.error.message));
        const JobOutcome stopBare = awaitJob(m_client->stopUnit(bareUnit), 30000);
        QVERIFY(stopBare.finished);

        // Then the guest with the branch was shut down by its OS: Result=success, the
        // simulator's log says the guest powered the machine off (no signal needed)
        QTRY_COMPARE_WITH_TIMEOUT(m_guests->witness(clean.name), u"success exited 0"_s, 20000);
        QCOMPARE(status(cleanUnit).result, u"success"_s);
        QFile logFile(log);
        QVERIFY(logFile.open(QIODevice::ReadOnly));
        const QString logText = QString::fromUtf8(logFile.readAll());
        QVERIFY2(logText.contains(u"the guest powered the machine off"_s), qPrintable(logText));
        const QString output = m_guests->output(clean.name);
        QVERIFY2(output.contains(u"shutdown -h -y 0"_s), qPrintable(output));
        // and the one without a branch was powered off, then killed at its stop timeout
        QTRY_COMPARE_WITH_TIMEOUT(m_guests->witness(bare.name), u"timeout killed KILL"_s, 20000);
        QVERIFY2(m_guests->output(bare.name).contains(u"no stop script branch"_s),
            qPrintable(m_guests->output(bare.name)));
    }
};

CHARON_TEST_GUILESS_MAIN(TestStopScriptExpect)
#include "tst_stopscript_expect.moc"
