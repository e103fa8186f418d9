// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli/clicontext.h"

#include "core/events/watchpreferences.h"
#include "core/privileged/helperclient.h"
#include "core/probe/osprobescript.h"
#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdconnection.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace charon::cli {

CliContext::CliContext(UnitScope scope, QObject *parent)
    : QObject(parent)
    , m_scope(scope)
    , m_units(scope)
    , m_star(scope)
    , m_stopScript(StopScript::defaultPath(scope))
{ }

QString CliContext::scopeFlag() const
{
    return m_scope == UnitScope::User ? u"--user"_s : u"--system"_s;
}

SystemdClient *CliContext::client()
{
    if (!m_client) {
        m_connection
            = new SystemdConnection(m_scope == UnitScope::User ? SystemdConnection::Scope::User
                                                               : SystemdConnection::Scope::System,
                this);
        m_client = new SystemdClient(m_connection, this);
    }
    return m_client;
}

bool CliContext::needsPrivilegedHelper() const
{
    return HelperClient::isNeeded(m_scope);
}

QString CliContext::helperPath()
{
    // applicationFilePath() resolves /proc/self/exe: the real binary even when run as vmlist.
    return QFileInfo(QCoreApplication::applicationFilePath()).canonicalFilePath();
}

int CliContext::exitCodeFor(SystemdError::Category category)
{
    switch (category) {
    case SystemdError::Category::None:
        return ExitOk;
    case SystemdError::Category::PermissionDenied:
        return ExitPermissionDenied;
    case SystemdError::Category::NotFound:
        return ExitNotFound;
    case SystemdError::Category::JobFailed:
        return ExitJobFailed;
    case SystemdError::Category::Disconnected:
    case SystemdError::Category::Other:
        break;
    }
    return ExitOther;
}

void CliContext::out(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliContext::out(const QStringList &lines)
{
    QByteArray bytes;
    for (const QString &line : lines)
        bytes += line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliContext::error(const QString &message)
{
    const QByteArray bytes = "charon-vm: " + message.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

core::GuestSnapshot *CliContext::snapshot(core::GuestPipeline::Parts parts, QObject *parent)
{
    core::GuestPipeline::Options options;
    options.parts = parts;
    options.stopScriptPath = m_stopScript.path();
    options.osProbePath = core::OsProbeScript::defaultPath(m_scope == core::UnitScope::System);
    options.osProbeTimeoutMs = core::WatchPreferences().osProbeTimeoutSec() * 1000;
    if (!m_configCache)
        m_configCache = std::make_shared<core::ConfigSummaryCache>();
    options.configCache = m_configCache;
    auto *snapshot = new core::GuestSnapshot(m_units, m_scope, client(), options, parent);
    snapshot->setDefaultGuest(m_star.name());
    return snapshot;
}

void CliContext::saveCaches()
{
    if (m_configCache)
        m_configCache->save();
}

} // namespace charon::cli
