// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// deriveState() and describeResult(): the whole mapping from systemd's unit properties to what
// a guest shows, as tables. Each row is one combination systemd can report.

#include "core/domain/gueststate.h"
#include "tests/harness/testmain.h"

#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace charon::core;

Q_DECLARE_METATYPE(charon::core::GuestState)
Q_DECLARE_METATYPE(charon::core::StopReason)
Q_DECLARE_METATYPE(charon::core::UnitStatus)

namespace {
UnitStatus status(const QString &load, const QString &active, const QString &sub,
    const QString &result, int code = 0, int exitStatus = 0)
{
    UnitStatus s;
    s.loadState = load;
    s.activeState = active;
    s.subState = sub;
    s.result = result;
    s.execMainCode = code;
    s.execMainStatus = exitStatus;
    return s;
}
constexpr int kExited = 1; // CLD_EXITED
constexpr int kKilled = 2; // CLD_KILLED
constexpr int kDumped = 3; // CLD_DUMPED
} // namespace

class TestGuestState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deriveState_data()
    {
        QTest::addColumn<QString>("load");
        QTest::addColumn<QString>("active");
        QTest::addColumn<QString>("sub");
        QTest::addColumn<QString>("result");
        QTest::addColumn<GuestState>("state");
        QTest::addColumn<StopReason>("reason");
        const auto L = u"loaded"_s;
        const auto A = GuestState::Active, Ag = GuestState::Activating, I = GuestState::Inactive,
                   D = GuestState::Deactivating, F = GuestState::Failed, U = GuestState::Unknown;
        const auto none = StopReason::None, req = StopReason::Requested, fail = StopReason::Failure;

        QTest::newRow("active running")
            << L << u"active"_s << u"running"_s << u"success"_s << A << none;
        QTest::newRow("active exited")
            << L << u"active"_s << u"exited"_s << u"success"_s << A << none;
        QTest::newRow("reloading")
            << L << u"reloading"_s << u"reload"_s << u"success"_s << A << none;
        QTest::newRow("activating start-pre")
            << L << u"activating"_s << u"start-pre"_s << u"success"_s << Ag << none;
        QTest::newRow("activating start")
            << L << u"activating"_s << u"start"_s << u"success"_s << Ag << none;
        // Restart=on-failure waiting RestartSec: starting again, but because it failed
        QTest::newRow("activating auto-restart")
            << L << u"activating"_s << u"auto-restart"_s << u"exit-code"_s << Ag << fail;
        QTest::newRow("deactivating stop-sigterm")
            << L << u"deactivating"_s << u"stop-sigterm"_s << u"success"_s << D << none;
        QTest::newRow("deactivating stop-sigkill")
            << L << u"deactivating"_s << u"stop-sigkill"_s << u"success"_s << D << none;
        // A stopped guest: requested (or never started) unless the last run failed
        QTest::newRow("inactive success")
            << L << u"inactive"_s << u"dead"_s << u"success"_s << I << req;
        QTest::newRow("inactive never started")
            << L << u"inactive"_s << u"dead"_s << QString() << I << req;
        for (const char *r : { "exit-code", "signal", "core-dump", "timeout", "start-limit-hit",
                 "oom-kill", "resources", "watchdog", "exec-condition" }) {
            QTest::addRow("inactive %s", r)
                << L << u"inactive"_s << u"dead"_s << QString::fromLatin1(r) << I << fail;
            QTest::addRow("failed %s", r)
                << L << u"failed"_s << u"failed"_s << QString::fromLatin1(r) << F << fail;
        }
        QTest::newRow("failed success?")
            << L << u"failed"_s << u"failed"_s << u"success"_s << F << fail;
        // The unit itself is broken: no state to speak of, whatever ActiveState says
        for (const char *load : { "not-found", "bad-setting", "error", "masked" }) {
            QTest::addRow("%s inactive", load) << QString::fromLatin1(load) << u"inactive"_s
                                               << u"dead"_s << QString() << U << none;
            QTest::addRow("%s active", load) << QString::fromLatin1(load) << u"active"_s
                                             << u"running"_s << u"success"_s << U << none;
        }
        QTest::newRow("no load state yet, active")
            << QString() << u"active"_s << u"running"_s << u"success"_s << A << none;
        QTest::newRow("garbage active state")
            << L << u"maintenance"_s << u"x"_s << u"success"_s << U << none;
        QTest::newRow("empty") << QString() << QString() << QString() << QString() << U << none;
    }
    void deriveState()
    {
        QFETCH(QString, load);
        QFETCH(QString, active);
        QFETCH(QString, sub);
        QFETCH(QString, result);
        QFETCH(GuestState, state);
        QFETCH(StopReason, reason);
        const DerivedState derived = charon::core::deriveState(status(load, active, sub, result));
        QCOMPARE(derived.state, state);
        QCOMPARE(derived.reason, reason);
    }

    void names()
    {
        QCOMPARE(stateName(GuestState::Active), u"ACTIVE"_s);
        QCOMPARE(stateName(GuestState::Activating), u"ACTIVATING"_s);
        QCOMPARE(stateName(GuestState::Inactive), u"INACTIVE"_s);
        QCOMPARE(stateName(GuestState::Deactivating), u"DEACTIVATING"_s);
        QCOMPARE(stateName(GuestState::Failed), u"FAILED"_s);
        QCOMPARE(stateName(GuestState::Unknown), u"UNKNOWN"_s);
        QCOMPARE(stopReasonName(StopReason::Requested), u"REQUESTED"_s);
        QCOMPARE(stopReasonName(StopReason::Failure), u"FAILURE"_s);
        QCOMPARE(stopReasonName(StopReason::None), QString());
    }

    void describeResult_data()
    {
        QTest::addColumn<UnitStatus>("unit");
        QTest::addColumn<QString>("text");
        const auto L = u"loaded"_s;
        const auto fa = u"failed"_s;
        QTest::newRow("success") << status(L, u"inactive"_s, u"dead"_s, u"success"_s) << QString();
        QTest::newRow("never ran") << status(L, u"inactive"_s, u"dead"_s, QString()) << QString();
        QTest::newRow("exit status 2") << status(L, fa, fa, u"exit-code"_s, kExited, 2)
                                       << u"the emulator exited with status 2"_s;
        QTest::newRow("exit 203/EXEC") << status(L, fa, fa, u"exit-code"_s, kExited,
            203) << u"the emulator could not be executed: missing or not executable (203/EXEC)"_s;
        QTest::newRow("exit 200/CHDIR") << status(L, fa, fa, u"exit-code"_s, kExited,
            200) << u"the working directory could not be entered (200/CHDIR)"_s;
        QTest::newRow("exit 217/USER") << status(L, fa, fa, u"exit-code"_s, kExited,
            217) << u"the configured user or group does not exist (217/USER)"_s;
        QTest::newRow("exit 226/NAMESPACE") << status(L, fa, fa, u"exit-code"_s, kExited,
            226) << u"systemd could not prepare the emulator's process (226/NAMESPACE)"_s;
        QTest::newRow("pre-start failed") << status(L, fa, fa, u"exit-code"_s, 0,
            0) << u"a command run before the emulator failed (ExecStartPre)"_s;
        QTest::newRow("helper failed") << status(L, fa, fa, u"exit-code"_s, kExited,
            0) << u"a command run around the emulator failed (ExecStartPost, ExecStop...)"_s;
        QTest::newRow("SIGSEGV") << status(L, fa, fa, u"signal"_s, kKilled, SIGSEGV)
                                 << u"the emulator was killed by signal SIGSEGV"_s;
        QTest::newRow("SIGKILL") << status(L, fa, fa, u"signal"_s, kKilled, SIGKILL)
                                 << u"the emulator was killed by signal SIGKILL"_s;
        QTest::newRow("unknown signal") << status(L, fa, fa, u"signal"_s, kKilled, 1000)
                                        << u"the emulator was killed by signal 1000"_s;
        QTest::newRow("core dump") << status(L, fa, fa, u"core-dump"_s, kDumped, SIGABRT)
                                   << u"the emulator crashed (SIGABRT, core dumped)"_s;
        QTest::newRow("timeout") << status(L, fa, fa, u"timeout"_s)
                                 << u"systemd gave up waiting (timeout)"_s;
        QTest::newRow("start limit") << status(L, fa, fa, u"start-limit-hit"_s)
                                     << u"it failed too often in a row (start limit hit)"_s;
        QTest::newRow("oom") << status(L, fa, fa, u"oom-kill"_s)
                             << u"the kernel's OOM killer ended the emulator"_s;
        QTest::newRow("resources")
            << status(L, fa, fa, u"resources"_s)
            << u"systemd could not prepare it (working directory, files or user missing)"_s;
        QTest::newRow("watchdog") << status(L, fa, fa, u"watchdog"_s) << u"the watchdog expired"_s;
        QTest::newRow("exec-condition") << status(L, u"inactive"_s, u"dead"_s, u"exec-condition"_s)
                                        << u"a start condition was not met"_s;
        QTest::newRow("unknown result")
            << status(L, fa, fa, u"protocol"_s) << u"systemd reports: protocol"_s;
        QTest::newRow("not-found") << status(u"not-found"_s, u"inactive"_s, u"dead"_s, QString())
                                   << u"the unit file is missing"_s;
        QTest::newRow("bad-setting") << status(u"bad-setting"_s, u"inactive"_s, u"dead"_s,
            QString()) << u"systemd cannot load the unit file (bad-setting)"_s;
        QTest::newRow("error") << status(u"error"_s, u"inactive"_s, u"dead"_s, QString())
                               << u"systemd cannot load the unit file (error)"_s;
        QTest::newRow("masked") << status(u"masked"_s, u"inactive"_s, u"dead"_s, QString())
                                << u"the unit is masked"_s;
    }
    void describeResult()
    {
        QFETCH(UnitStatus, unit);
        QFETCH(QString, text);
        QCOMPARE(charon::core::describeResult(unit), text);
    }
};

CHARON_TEST_GUILESS_MAIN(TestGuestState)
#include "tst_gueststate.moc"
