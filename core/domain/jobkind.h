// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The kind of systemd job running on a guest's unit (Guest::jobInFlight). systemd names job
// types with strings ("start", "try-restart", ...); they are mapped to an enum once, where the
// JobType property is read, so views and rules compare values instead of strings.
// Two names per kind: systemd's own word (the CLI prints it, scripts may parse it) and a
// translated phrase for people ("starting…").

#include <QString>

namespace charon::core {

// systemd's job types (job_type_table in systemd's job.c), None when no job runs, Other for a
// type this build does not know.
enum class JobKind {
    None,
    Start,
    VerifyActive,
    Stop,
    Reload,
    ReloadOrStart,
    Restart,
    TryRestart,
    TryReload,
    Nop,
    Other,
};

// "" -> None; an unknown word -> Other.
JobKind jobKindFromSystemd(const QString &jobType);
// systemd's word: "start", "verify-active", ...; "" for None, "other" for Other. Untranslated.
QString jobKindName(JobKind kind);
// Translated, for the table, the details pane and tooltips: "starting…"; "" for None.
QString jobKindText(JobKind kind);

} // namespace charon::core
