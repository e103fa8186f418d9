// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What the commands of one run of a unit (one systemd invocation: ExecStartPre, the emulator,
// ExecStop...) wrote to the journal: the cause of a failed start in the command's own words
// ("/charon/bad-cfg.cfg: no such file"), where systemd's result only says "a command run before
// the emulator failed". The invocation is systemd's InvocationID of the failed start. Output
// lines carry it as _SYSTEMD_INVOCATION_ID where journald can read it from the cgroup; where it
// cannot (a user manager in a container), a line of the unit without an ID belongs to the
// invocation whose manager messages ("Starting...", "Failed with result...") surround it.
// The run's pids (from systemd's ExecStartPre... properties) tie a line to it wherever it is: a
// command that exits before journald reads its output (a failing pre-start script on a loaded
// machine) leaves lines with no unit at all, and journald may store a command's line before the
// manager's "Starting..." of the same run (they come on different sockets).
// journald may receive a command's last words just after the manager's "Failed" message, so a
// read that finds nothing waits for new entries (sd_journal_wait), bounded by waitMs.
// read() is synchronous (the CLI, tests); start() runs it on a thread of its own and delivers
// ready() on this object's thread, so the GUI thread never touches the journal files.

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace charon::core {

class InvocationOutput : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        bool userScope = false; // a `systemd --user` unit
        QString unit;
        QString invocationId; // 32 hex digits, as systemd's InvocationID property
        QList<quint32> pids; // that run's commands (UnitCommandJob::runPids)
        QString directory; // "" = the local journal (or CHARON_JOURNAL_DIRECTORY)
        // How long to wait for output journald has not stored yet: a loaded machine (seen under
        // ASan in CI) can take over 1.5 s; only a failed start whose words are late waits.
        int waitMs = 4000;
        int maxLines = 3; // the last lines only
        int maxEntries = 5000; // entries of the unit looked at, newest first
    };

    explicit InvocationOutput(QObject *parent = nullptr);

    // The commands' output lines of that invocation, oldest first (at most maxLines, the
    // last ones). Empty when none, or when the journal cannot be read (`error` says why).
    static QStringList read(const Request &request, QString *error = nullptr);
    // The same, off the calling thread; ready() follows once.
    void start(const Request &request);

    // `message` + ": " + the lines (without charon-vm's prefix) joined by "; "; `lines` empty:
    // `message` unchanged.
    static QString withCause(const QString &message, const QStringList &lines);

Q_SIGNALS:
    void ready(const QStringList &lines);
};

} // namespace charon::core
