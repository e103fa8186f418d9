// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// One entry of a guest's event history: a state change the service manager wrote to the
// journal (started, stop requested, stopped, failed with its result, the main process's exit,
// a restart scheduled, reloaded), read from the message's MESSAGE_ID and fields (JOB_RESULT,
// UNIT_RESULT, EXIT_CODE, EXIT_STATUS) or, without one, from the manager's wording; or a
// license event of the emulator log (the profile's patterns: lost, restored, missing,
// expiring, shutdown announced).

#include "core/config/emulatorprofile.h"
#include "core/journal/logline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace charon::core {

struct HistoryEvent
{
    Q_DECLARE_TR_FUNCTIONS(HistoryEvent)

public:
    enum class Kind {
        Started,
        StartFailed,
        StopRequested,
        Stopped,
        Failed,
        ProcessExited,
        RestartScheduled,
        Reloaded,
        LicenseLost,
        LicenseRestored,
        LicenseMissing,
        LicenseExpiring,
        ShutdownAnnounced,
    };
    enum class Source { Journal, EmulatorLog };

    QDateTime time;
    Kind kind = Kind::Started;
    Source source = Source::Journal;
    int priority = LogLine::Info; // syslog level, as LogLine
    QString title; // "Failed: signal"
    QString detail; // the line it was read from

    // The event a journal entry of the service manager stands for, if any.
    static std::optional<HistoryEvent> fromJournal(const LogLine &line);
    // The event an emulator log match stands for, if any (license-check, nic-*: none).
    static std::optional<HistoryEvent> fromLogMatch(
        const EmulatorProfile::LogMatch &match, const LogLine &line);
    // "signal" -> "killed by a signal" ...
    static QString resultText(const QString &result);
};

} // namespace charon::core
