// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Running charon-vm as a user would, for the integration suites: the real binary (or one of
// its vm* links) with --user against the suite's private manager, its exit code and output
// kept apart; and the simulator configurations those guests run. Header-only.

#include "tests/harness/testenv.h"
#include "tests/harness/testfiles.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace charon::test {

struct CliResult
{
    int code = -1; // -1: did not finish, or crashed
    QString out;
    QString err;
};

// `program --user args...` (--system under systemScope()) in exactly the environment `env`.
inline CliResult runCliIn(
    const QProcessEnvironment &env, const QStringList &args, const QString &program = cliPath())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, QStringList { scopeFlag() } + args);
    CliResult r;
    if (!p.waitForStarted(5000) || !p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("<did not finish>");
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// `program --user args...`; `env` is added to this process's environment.
inline CliResult runCli(const QStringList &args, const QProcessEnvironment &env = {},
    const QString &program = cliPath())
{
    QProcessEnvironment full = QProcessEnvironment::systemEnvironment();
    full.insert(env);
    return runCliIn(full, args, program);
}

// For QVERIFY2: everything the command said.
inline QString describe(const CliResult &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out, r.err);
}

// A Charon-AXP configuration the guest simulator runs at full speed, console on `port`, in
// its own directory under the suite's base; `extra` lines are appended (e.g. to break it).
inline QString simulatorConfig(const QString &name, quint16 port, const QByteArray &extra = {})
{
    const QString path
        = testBase() + QStringLiteral("/guests/") + name + u'/' + name + QStringLiteral(".cfg");
    writeFile(path,
        "# charon-guest-sim: pace=0\n"
        "set session hw_model = AlphaServer_ES40\n"
        "set ram0 size=2048\n"
        "set COM1 alias=OPA0 port="
            + QByteArray::number(port) + "\n" + extra);
    return path;
}

} // namespace charon::test
