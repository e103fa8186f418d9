// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What every test program may need from its surroundings: the paths of the programs under test
// (given by CTest as environment), the private systemd manager of an integration suite, and
// small synchronous helpers that are fine in tests (never in the product).

#include <QString>
#include <QStringList>
#include <QTest>

namespace charon::test {

// Empty when this suite has a running private manager; otherwise why it has none.
QString harnessSkipReason();
QString simulatorPath(); // charon-guest-sim in the build tree
QString cliPath(); // charon-vm in the build tree
QString sourceDir(); // the project's source tree
QString userUnitDir(); // $XDG_CONFIG_HOME/systemd/user of the suite's manager (see systemScope)
// CHARON_TEST_SCOPE=system: the suite runs against the machine's SYSTEM manager instead of a
// private user manager (inside the booted container, tests/container/system-suites, as root):
// userUnitDir() is then /etc/systemd/system, systemctl() and the CLI take --system, and the
// suites that honour it connect to the system bus (testscope.h).
bool systemScope();
// "--user", or "--system" under systemScope(): for systemctl, busctl and charon-vm.
QString scopeFlag();
QString testBase(); // the suite's private directory (CHARON_TEST_BASE)

// Runs a program to completion (30 s at most) and returns its exit code; -1 when it could not
// start or timed out. Output goes to *out (stdout then stderr) when given.
int run(const QString &program, const QStringList &args, QString *out = nullptr);
inline int systemctl(const QStringList &args, QString *out = nullptr)
{
    return run(QStringLiteral("systemctl"), QStringList { scopeFlag() } + args, out);
}
// `systemctl --user show UNIT -p PROPERTY --value`, trimmed.
QString unitProperty(const QString &unit, const QString &property);
// Whether the manager holds `unit` in memory (`systemctl --user list-units --all UNIT`).
bool isUnitLoaded(const QString &unit);

// Whether this program runs with AddressSanitizer (the sanitized build links its runtime into
// every test program; the tests' own code is compiled the same in both builds, so it asks at
// run time, not with a macro).
bool underAddressSanitizer();

// A TCP port on 127.0.0.1 that nothing listens on right now.
quint16 freeTcpPort();

} // namespace charon::test

// Inside a test function: skip (and make CTest report SKIP) when the suite has no manager.
#define CHARON_REQUIRE_SYSTEMD()                                                                   \
    do {                                                                                           \
        const QString charonSkipReason_ = charon::test::harnessSkipReason();                       \
        if (!charonSkipReason_.isEmpty())                                                          \
            QSKIP(qPrintable(QStringLiteral("harness: cannot run a systemd manager here: ")        \
                + charonSkipReason_));                                                             \
    } while (false)
