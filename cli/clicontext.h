// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What every charon-vm command shares: the scope (--user / --system), the guest unit files,
// the star (default guest), the stop script, a lazily opened systemd client, and the one place
// output and errors are written. Exit codes are part of the CLI's contract (scripts test them).

#include "core/config/configsummarycache.h"
#include "core/guests/guestsnapshot.h"
#include "core/stopscript/stopscript.h"
#include "core/systemd/systemderror.h"
#include "core/units/defaultguest.h"
#include "core/units/unitfile.h"

#include <QObject>

#include <memory>

namespace charon::core {
class SystemdClient;
class SystemdConnection;
} // namespace charon::core

namespace charon::cli {

enum ExitCode {
    ExitOk = 0,
    ExitOther = 1,
    ExitUsage = 2,
    ExitNotFound = 3,
    ExitPermissionDenied = 4,
    ExitJobFailed = 5,
    ExitConsoleInUse = 6, // console: another client holds it (core::ConsoleExitInUse)
    ExitNothingToDo = 7, // start of a running guest, stop of a stopped one
    ExitUnreachable = 8, // systemd cannot be reached (no bus, no manager, no answer)
};

class CliContext : public QObject
{
    Q_OBJECT

public:
    explicit CliContext(core::UnitScope scope, QObject *parent = nullptr);

    core::UnitScope scope() const { return m_scope; }
    QString scopeFlag() const;
    const core::UnitFile &units() const { return m_units; }
    core::UnitFile &units() { return m_units; }
    core::DefaultGuest &star() { return m_star; }
    core::StopScript &stopScript() { return m_stopScript; }
    // Opened on first use, so commands that never talk to systemd never touch the bus.
    core::SystemdClient *client();
    // One look at the guests through the same pipeline as the window, with the parts given
    // (the stop script is this context's); parented to `parent`.
    // Configurations are read through the user's summary cache (ConfigSummaryCache).
    core::GuestSnapshot *snapshot(core::GuestPipeline::Parts parts, QObject *parent);
    // Writes what the command parsed to the summary cache; called once it has finished, so
    // the output is never held up by it.
    void saveCaches();
    // The absolute path of this very program: what units run for prestart / stop-script.
    static QString helperPath();
    // Whether unit files must be written by the privileged helper (core/privileged): the system
    // scope, and not root.
    bool needsPrivilegedHelper() const;

    static int exitCodeFor(core::SystemdError::Category category);
    static void out(const QString &line); // stdout, newline added
    static void out(const QStringList &lines); // the same, in one write
    static void error(const QString &message); // "charon-vm: message" on stderr

private:
    core::UnitScope m_scope;
    core::UnitFile m_units;
    core::DefaultGuest m_star;
    core::StopScript m_stopScript;
    core::SystemdConnection *m_connection = nullptr;
    core::SystemdClient *m_client = nullptr;
    std::shared_ptr<core::ConfigSummaryCache> m_configCache; // on first snapshot()
};

} // namespace charon::cli
