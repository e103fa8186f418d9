// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Base of the charon-vm commands: each declares its options and synopsis, runs with the parsed
// command line, and ends by calling finish() exactly once (possibly much later, from the
// event loop: the systemd client is asynchronous). finish() is delivered queued, so finishing
// inside run() is safe.

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QHash>
#include <QObject>

#include "cli/clicontext.h"

namespace charon::core {
class HelperClient;
}
#include <functional>

namespace charon::cli {

class CliCommand : public QObject
{
    Q_OBJECT

public:
    CliCommand(CliContext *context, QObject *parent = nullptr);

    virtual QList<QCommandLineOption> options() const { return {}; }
    virtual QString synopsis() const = 0; // "start [NAME...]"
    virtual QString summary() const = 0; // one line for --help
    // `args`: the positional arguments after the command word.
    virtual void run(const QCommandLineParser &parser, const QStringList &args) = 0;

Q_SIGNALS:
    void finished(int exitCode);

protected:
    // The exit code of a command on several guests: the first guest, in the order given, that
    // failed decides it; "nothing to do" (7) only when no guest failed.
    static int combinedExitCode(const QStringList &names, const QHash<QString, int> &codes);

    CliContext *context() const { return m_context; }
    void finish(int exitCode);
    // Prints the error line, then finishes with `exitCode`.
    void fail(int exitCode, const QString &message);
    // Fails with the privileged helper's refusal: permission denied, usage (a request outside
    // its contract) or other, with its sentence.
    void failFromHelper(const core::HelperClient *helper);
    // `args`, or the default guest when empty. Empty result: fail() was called.
    QStringList namesOrDefault(const QStringList &args);
    // Reports "no guest named X" for every name without a unit file and finishes with exit 3;
    // invalid names are reported too and make it exit 2.
    bool checkGuestsExist(const QStringList &names);
    // Runs `next` once systemd has answered (core::ManagerCheckJob, bounded wait); otherwise
    // fails with the sentence saying why it cannot be reached: exit 8 (4 when permission is
    // what stops it). Commands that need systemd call it first, so an unreachable manager is
    // never an empty table nor a "no guest named".
    void whenManagerReachable(std::function<void()> next);

private:
    CliContext *m_context;
    bool m_finished = false;
};

} // namespace charon::cli
