// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
//
// `charon-vm watch`: the window's watchers without a window. Follows systemd, the emulator logs
// and the guest OS probe like the GUI does (the same GuestSession and GuestEventWatcher) and
// prints one line, or one JSON object with --json, per event until SIGINT/SIGTERM. With
// --exec PROGRAM, runs PROGRAM per event with the event as its arguments (kind, severity, guest,
// text), argv only, never through a shell, which is how an admin wires mail, wall or a
// monitoring system. Installable as a service: packaging/charon-vm-watch.service.
#pragma once

#include "core/domain/guestevent.h"

#include <QSet>

#include "cli/clicommand.h"

namespace charon::core {
class GuestSession;
class SignalWatcher;
} // namespace charon::core

namespace charon::cli {

class WatchCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    QList<QCommandLineOption> options() const override;
    QString synopsis() const override
    {
        return QStringLiteral("watch [--json] [--exec PROGRAM] [--kinds K,...] [NAME...]");
    }
    QString summary() const override;
    void run(const QCommandLineParser &parser, const QStringList &args) override;

    // The argv --exec gets for an event (after the program itself), and its JSON form.
    static QStringList execArguments(const core::GuestEvent &event);
    static QString jsonLine(const core::GuestEvent &event);
    static QString textLine(const core::GuestEvent &event);

private:
    void onEvent(const core::GuestEvent &event);
    void runExec(const core::GuestEvent &event);

    core::GuestSession *m_session = nullptr;
    core::SignalWatcher *m_signals = nullptr;
    QStringList m_names; // empty = every guest
    QSet<core::GuestEvent::Kind> m_kinds; // empty = every kind
    QString m_exec;
    bool m_json = false;
    bool m_announced = false; // "watching N guests" said (once, at the first ready)
    int m_running = 0; // --exec children still running
};

} // namespace charon::cli
