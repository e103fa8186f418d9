// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// charon-guest-sim started directly as a child process (no systemd) on a free console port, for
// tests that need a real console peer: boot text, login, commands, the one-client rule. Its
// stderr notes ("console connected from ...", "console window 100x30") are collected so a
// test can check what the simulator saw. Header-only and without Q_OBJECT. The process is
// terminated when the object goes.

#include "tests/harness/testenv.h"

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace charon::test {

struct SimProcess
{
    QTemporaryDir dir;
    QProcess process;
    quint16 port = 0;
    QByteArray notes; // everything written on stderr so far
    // The guest's host name is the configuration's base name.
    QString configName = QStringLiteral("guest.cfg");

    SimProcess() = default;
    SimProcess(const SimProcess &) = delete;
    SimProcess &operator=(const SimProcess &) = delete;
    ~SimProcess() { stop(); }

    // An HP-UX guest on Charon-PAR (`-x`); `extra` lines go into the configuration.
    bool startHpux(const QStringList &environment = {}, const QByteArray &extra = {})
    {
        port = freeTcpPort();
        return start(QStringLiteral("-x"),
            "system_model = \"rp4440\"\nlicense_key_id \"1422726238\"\nconsole.type = telnet\n"
            "console.port = \""
                + QByteArray::number(port) + "\"\n" + extra,
            environment);
    }
    // An OpenVMS guest on Charon-AXP (`-d`); `extra` lines go into the configuration.
    bool startOpenvms(const QStringList &environment = {}, const QByteArray &extra = {})
    {
        port = freeTcpPort();
        return start(QStringLiteral("-d"),
            "set session hw_model = AlphaServer_ES40\nset session configuration_name = "
            "\"VMSTEST\"\n"
            "set COM1 alias=OPA0 port="
                + QByteArray::number(port) + "\n" + extra,
            environment);
    }

    bool start(const QString &flag, const QByteArray &config, const QStringList &environment)
    {
        QFile file(dir.filePath(configName));
        if (!file.open(QIODevice::WriteOnly) || file.write(config) != config.size())
            return false;
        file.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CHARON_SIM_PACE"), QStringLiteral("0"));
        for (const QString &variable : environment)
            env.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(dir.path());
        QObject::connect(&process, &QProcess::readyReadStandardError, &process,
            [this] { notes += process.readAllStandardError(); });
        process.start(simulatorPath(), { flag, file.fileName() });
        return process.waitForStarted(5000) && waitForNote("listening on");
    }

    bool waitForNote(const QByteArray &needle, int timeoutMs = 10000)
    {
        return QTest::qWaitFor([&] { return notes.contains(needle); }, timeoutMs);
    }
    int count(const QByteArray &needle) const { return int(notes.count(needle)); }

    void stop()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(5000))
            process.kill();
        process.waitForFinished(1000);
    }
};

} // namespace charon::test
