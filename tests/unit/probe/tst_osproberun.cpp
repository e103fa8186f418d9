// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// One run of the guest OS probe against real scripts: the exit code's verdict, the error text,
// a script that cannot run, a timeout that also ends what the script started, a flood of output
// that is capped.

#include "core/probe/osproberun.h"
#include "core/probe/osprobescript.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace charon::core;
using charon::test::readFile;
using charon::test::writeText;

class TestOsProbeRun : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString script(const QString &name, const QString &body, bool executable = true)
    {
        const QString path = m_dir.filePath(name);
        writeText(path, u"#!/bin/sh\n"_s + body);
        QFile::setPermissions(path,
            executable ? QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                       : QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }

    struct Outcome
    {
        OsAnswer::Verdict verdict;
        QString detail;
    };
    Outcome run(const QString &path, OsProbeRun::Limits limits = {})
    {
        OsProbeRun probe(path, u"/etc/charon/x.cfg"_s, limits);
        QSignalSpy done(&probe, &OsProbeRun::finished);
        probe.start();
        if (done.isEmpty())
            done.wait(10000);
        return { probe.verdict(), probe.detail() };
    }

private Q_SLOTS:
    void exitCodesMakeVerdicts()
    {
        QCOMPARE(run(script(u"ok"_s, u"exit 0\n"_s)).verdict, OsAnswer::Verdict::Answers);
        QCOMPARE(run(script(u"down"_s, u"exit 255\n"_s)).verdict, OsAnswer::Verdict::NoAnswer);
        const Outcome error
            = run(script(u"err"_s, u"echo 'permission denied (publickey)' >&2\nexit 3\n"_s));
        QCOMPARE(error.verdict, OsAnswer::Verdict::Error);
        QCOMPARE(error.detail, u"exit 3: permission denied (publickey)"_s);
    }

    void getsTheConfigPathAsItsArgument()
    {
        const QString seen = m_dir.filePath(u"arg"_s);
        run(script(u"arg.sh"_s, u"printf '%s' \"$1\" > '"_s + seen + u"'\n"_s));
        QCOMPARE(readFile(seen), QByteArray("/etc/charon/x.cfg"));
    }

    void aScriptThatCannotRunSaysWhy()
    {
        const Outcome notExec = run(script(u"noexec"_s, u"exit 0\n"_s, false));
        QCOMPARE(notExec.verdict, OsAnswer::Verdict::Error);
        QVERIFY2(notExec.detail.contains(u"not executable"_s), qPrintable(notExec.detail));
        const Outcome missing = run(m_dir.filePath(u"nowhere"_s));
        QCOMPARE(missing.verdict, OsAnswer::Verdict::Error);
        QVERIFY2(missing.detail.contains(u"does not exist"_s), qPrintable(missing.detail));
    }

    void timeoutEndsTheWholeGroup()
    {
        // The script starts a child that would outlive it; the timeout must end both.
        const QString pidFile = m_dir.filePath(u"child.pid"_s);
        const QString path
            = script(u"hang"_s, u"sleep 60 &\necho $! > '"_s + pidFile + u"'\nwait\n"_s);
        QElapsedTimer clock;
        clock.start();
        const Outcome out = run(path, { 500, 4096 });
        QCOMPARE(out.verdict, OsAnswer::Verdict::Error);
        QVERIFY2(out.detail.contains(u"did not finish"_s), qPrintable(out.detail));
        QVERIFY2(clock.elapsed() < 5000, "the timeout was not honoured");
        const pid_t child = pid_t(readFile(pidFile).trimmed().toInt());
        QVERIFY(child > 0);
        // The child was killed with its group (kill(0) fails once it is gone and reaped by init,
        // or it is a zombie: /proc says which).
        QTRY_VERIFY_WITH_TIMEOUT(
            ::kill(child, 0) != 0 || readFile(u"/proc/%1/stat"_s.arg(child)).contains(") Z "),
            5000);
    }

    void floodIsCapped()
    {
        const Outcome out
            = run(script(u"flood"_s, u"head -c 5000000 /dev/zero | tr '\\0' x\nexit 4\n"_s),
                { 10000, 1024 });
        QCOMPARE(out.verdict, OsAnswer::Verdict::Error);
        QVERIFY2(out.detail.size() <= 220, qPrintable(QString::number(out.detail.size())));
        QVERIFY(out.detail.startsWith(u"exit 4: xxx"_s));
    }

    void branchesAreFoundLikeTheStopScripts()
    {
        const QString text
            = u"case \"$1\" in\n/etc/charon/a.cfg)\n  exit 0 ;;\n*)\n  exit 255 ;;\nesac\n"_s;
        QVERIFY(OsProbeScript::hasBranch(text, u"/etc/charon/a.cfg"_s));
        // The catch-all is no branch for a guest
        QVERIFY(!OsProbeScript::hasBranch(text, u"/etc/charon/b.cfg"_s));
        QVERIFY(OsProbeScript::branchTemplate(u"/x y/a.cfg"_s).startsWith(u"'/x y/a.cfg')"_s));
    }
};

CHARON_TEST_GUILESS_MAIN(TestOsProbeRun)
#include "tst_osproberun.moc"
