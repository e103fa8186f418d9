// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "tests/harness/testenv.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>

#include <unistd.h>

using namespace Qt::StringLiterals;

// Defined by ASan's runtime only; a weak reference is null without it.
extern "C" void __asan_init() __attribute__((weak));

namespace charon::test {

bool underAddressSanitizer()
{
    return &__asan_init != nullptr;
}

namespace {
QString env(const char *name)
{
    return qEnvironmentVariable(name);
}
} // namespace

QString testBase()
{
    return env("CHARON_TEST_BASE");
}

bool systemScope()
{
    return env("CHARON_TEST_SCOPE") == u"system"_s;
}

QString scopeFlag()
{
    return systemScope() ? u"--system"_s : u"--user"_s;
}

QString harnessSkipReason()
{
    if (systemScope()) {
        if (::geteuid() != 0)
            return u"CHARON_TEST_SCOPE=system: the system manager's units need root"_s;
        if (!QFile::exists(u"/run/systemd/private"_s))
            return u"CHARON_TEST_SCOPE=system: no system manager here (/run/systemd/private)"_s;
        return {};
    }
    const QString base = testBase();
    if (base.isEmpty())
        return u"CHARON_TEST_BASE is not set (run the suite through ctest)"_s;
    QFile reason(base + u"/skip-reason"_s);
    if (reason.open(QIODevice::ReadOnly))
        return QString::fromUtf8(reason.readAll()).trimmed();
    if (!QFile::exists(base + u"/run/bus"_s))
        return u"no manager bus at %1/run/bus (was the fixture started?)"_s.arg(base);
    return {};
}

QString simulatorPath()
{
    return env("CHARON_SIM");
}
QString cliPath()
{
    return env("CHARON_VM");
}
QString sourceDir()
{
    return env("CHARON_SOURCE_DIR");
}
QString userUnitDir()
{
    if (systemScope())
        return u"/etc/systemd/system"_s;
    return env("XDG_CONFIG_HOME") + u"/systemd/user"_s;
}

int run(const QString &program, const QStringList &args, QString *out)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForStarted(5000))
        return -1;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QString unitProperty(const QString &unit, const QString &property)
{
    QString out;
    systemctl({ u"show"_s, unit, u"-p"_s, property, u"--value"_s }, &out);
    return out.trimmed();
}

bool isUnitLoaded(const QString &unit)
{
    QString out;
    systemctl({ u"list-units"_s, u"--all"_s, u"--no-legend"_s, unit }, &out);
    return out.contains(unit);
}

quint16 freeTcpPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace charon::test
