// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/journal/historyevent.h"

#include "core/license/licensetracker.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {
// systemd's catalogue (sd-messages.h).
const QString kStarted = u"39f53479d3a045ac8e11786248231fbf"_s;
const QString kFailedToStart = u"be02cf6855d2428ba40df7e9d022f03d"_s;
const QString kStopping = u"de5b426a63be47a7b6ac3eaac82e2f6f"_s;
const QString kStopped = u"9d1aaa27d60140bd96365438aad20286"_s;
const QString kResult = u"d9b373ed55a64feb8242e02dbe79a49c"_s;
const QString kProcessExit = u"98e322203f7a4ed290d09fe03c09fe15"_s;
const QString kRestartScheduled = u"5eb03494b6584870a536b337290809b3"_s;
const QString kReloaded = u"7b05ebc668384222baa8881179cfda54"_s;
} // namespace

QString HistoryEvent::resultText(const QString &result)
{
    if (result == u"signal"_s)
        return tr("killed by a signal");
    if (result == u"exit-code"_s)
        return tr("exited with an error code");
    if (result == u"timeout"_s)
        return tr("timed out");
    if (result == u"oom-kill"_s)
        return tr("killed for lack of memory");
    if (result == u"core-dump"_s)
        return tr("dumped core");
    if (result == u"watchdog"_s)
        return tr("watchdog timeout");
    if (result == u"start-limit-hit"_s)
        return tr("started too often");
    if (result == u"resources"_s)
        return tr("resources missing");
    if (result == u"dependency"_s)
        return tr("a dependency failed");
    return result;
}

std::optional<HistoryEvent> HistoryEvent::fromJournal(const LogLine &line)
{
    if (line.kind != LogLine::Kind::Text)
        return std::nullopt;
    HistoryEvent event;
    event.time = line.time;
    event.source = Source::Journal;
    event.detail = line.text;
    const QString id = line.fields.value(u"MESSAGE_ID"_s);
    const QString jobResult = line.fields.value(u"JOB_RESULT"_s);
    QString unitResult = line.fields.value(u"UNIT_RESULT"_s);
    if (id.isEmpty()) {
        // Without the catalogue id (an older manager, a forwarded line): the wording.
        static const QRegularExpression failed(u"Failed with result '([^']+)'"_s);
        const QRegularExpressionMatch match = failed.match(line.text);
        if (match.hasMatch()) {
            unitResult = match.captured(1);
            event.kind = Kind::Failed;
        } else if (line.text.startsWith(u"Started "_s)) {
            event.kind = Kind::Started;
        } else if (line.text.startsWith(u"Stopped "_s)) {
            event.kind = Kind::Stopped;
        } else if (line.text.startsWith(u"Stopping "_s)) {
            event.kind = Kind::StopRequested;
        } else if (line.text.startsWith(u"Failed to start "_s)) {
            event.kind = Kind::StartFailed;
        } else if (line.text.contains(u"Main process exited"_s)) {
            event.kind = Kind::ProcessExited;
        } else if (line.text.contains(u"Scheduled restart job"_s)) {
            event.kind = Kind::RestartScheduled;
        } else {
            return std::nullopt;
        }
    } else if (id == kStarted) {
        event.kind
            = jobResult.isEmpty() || jobResult == u"done"_s ? Kind::Started : Kind::StartFailed;
    } else if (id == kFailedToStart) {
        event.kind = Kind::StartFailed;
    } else if (id == kStopping) {
        event.kind = Kind::StopRequested;
    } else if (id == kStopped) {
        event.kind = Kind::Stopped;
    } else if (id == kResult) {
        event.kind = Kind::Failed;
    } else if (id == kProcessExit) {
        event.kind = Kind::ProcessExited;
    } else if (id == kRestartScheduled) {
        event.kind = Kind::RestartScheduled;
    } else if (id == kReloaded) {
        event.kind = Kind::Reloaded;
    } else {
        return std::nullopt;
    }

    switch (event.kind) {
    case Kind::Started:
        event.title = tr("Started");
        event.priority = LogLine::Notice;
        break;
    case Kind::StartFailed:
        event.title = jobResult.isEmpty() ? tr("Start failed")
                                          : tr("Start failed: %1").arg(resultText(jobResult));
        event.priority = LogLine::Error;
        break;
    case Kind::StopRequested:
        event.title = tr("Stop requested");
        event.priority = LogLine::Info;
        break;
    case Kind::Stopped:
        event.title = tr("Stopped");
        event.priority = LogLine::Notice;
        break;
    case Kind::Failed:
        event.title = unitResult.isEmpty()
            ? tr("Failed")
            : tr("Failed: %1 (%2)").arg(resultText(unitResult), unitResult);
        event.priority = LogLine::Error;
        break;
    case Kind::ProcessExited: {
        const QString code = line.fields.value(u"EXIT_CODE"_s);
        const QString status = line.fields.value(u"EXIT_STATUS"_s);
        const bool clean = code == u"exited"_s && (status.isEmpty() || status == u"0"_s);
        event.title = code.isEmpty()
            ? tr("Emulator process ended")
            : tr("Emulator process ended: %1, status %2").arg(code, status);
        event.priority = clean ? LogLine::Info : LogLine::Warning;
        break;
    }
    case Kind::RestartScheduled:
        event.title = tr("Restart scheduled by systemd");
        event.priority = LogLine::Warning;
        break;
    case Kind::Reloaded:
        event.title = tr("Reloaded");
        event.priority = LogLine::Info;
        break;
    default:
        return std::nullopt;
    }
    return event;
}

std::optional<HistoryEvent> HistoryEvent::fromLogMatch(
    const EmulatorProfile::LogMatch &match, const LogLine &line)
{
    HistoryEvent event;
    event.time = line.time;
    event.source = Source::EmulatorLog;
    event.detail = line.text;
    const QString key = match.captures.value(u"key"_s);
    const QString keyText = key.isEmpty() ? QString() : tr(" (key %1)").arg(key);
    if (match.kind == u"license-lost"_s) {
        event.kind = Kind::LicenseLost;
        event.title = tr("License key lost%1").arg(keyText);
        event.priority = LogLine::Critical;
    } else if (match.kind == u"license-restored"_s) {
        event.kind = Kind::LicenseRestored;
        event.title = tr("License key back%1").arg(keyText);
        event.priority = LogLine::Notice;
    } else if (match.kind == u"license-missing"_s) {
        event.kind = Kind::LicenseMissing;
        event.title = tr("No valid license");
        event.priority = LogLine::Error;
    } else if (match.kind == u"shutdown-warning"_s) {
        event.kind = Kind::ShutdownAnnounced;
        const QString minutes = match.captures.value(u"minutes"_s);
        event.title = minutes.isEmpty()
            ? tr("Emulator shutdown announced")
            : tr("Emulator shutdown announced in %1 minutes").arg(minutes);
        event.priority = LogLine::Critical;
    } else if (match.kind == u"license-expiring"_s) {
        event.kind = Kind::LicenseExpiring;
        bool ok = false;
        const int days = match.captures.value(u"days"_s).toInt(&ok);
        const QString level = ok ? LicenseTracker::expiryLevel(days) : QString();
        event.title = ok ? tr("License expires in %n days (%1)", nullptr, days).arg(level)
                         : tr("License expires soon");
        event.priority = !ok || days > 7 ? LogLine::Info
            : days >= 4                  ? LogLine::Notice
            : days >= 2                  ? LogLine::Warning
                                         : LogLine::Error;
    } else {
        return std::nullopt;
    }
    return event;
}

} // namespace charon::core
