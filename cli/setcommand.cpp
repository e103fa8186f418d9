// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli/setcommand.h"

#include "core/privileged/helperclient.h"
#include "core/settings/servicesettingsapplier.h"
#include "core/units/servicesettingsvalidator.h"
#include "core/units/unitsyntax.h"

#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace charon::cli {

namespace {

const QString kStartTimeout = u"start-timeout"_s;
const QString kStopTimeout = u"stop-timeout"_s;
const QString kAutoRestart = u"auto-restart"_s;
const QString kRestartDelay = u"restart-delay"_s;
const QString kBurst = u"start-limit-burst"_s;
const QString kInterval = u"start-limit-interval"_s;
const QString kOom = u"oom-protect"_s;
const QString kAutoBoot = u"auto-boot"_s;
const QString kDescription = u"description"_s;
const QString kBefore = u"before"_s;
const QString kAfter = u"after"_s;
const QString kPreStart = u"pre-start"_s;

QString secondsText(int sec)
{
    return sec == 0 ? SetCommand::tr("no limit") : SetCommand::tr("%1 s").arg(sec);
}

QString onOff(bool on)
{
    return on ? SetCommand::tr("on") : SetCommand::tr("off");
}

} // namespace

QList<QCommandLineOption> SetCommand::options() const
{
    return {
        QCommandLineOption(
            kDescription, tr("The guest's description (\"\": the unit's own)."), u"TEXT"_s),
        QCommandLineOption(
            kStartTimeout, tr("Seconds the emulator may take to start (0: no limit)."), u"S"_s),
        QCommandLineOption(kStopTimeout,
            tr("Seconds the stop script and emulator may take to stop before SIGKILL (0: no "
               "limit)."),
            u"S"_s),
        QCommandLineOption(kAutoBoot, tr("Start with the host (as enable/disable)."), u"on|off"_s),
        QCommandLineOption(
            kAutoRestart, tr("Restart the guest when its emulator fails."), u"on|off"_s),
        QCommandLineOption(
            kRestartDelay, tr("Seconds between a failure and the restart (default 30)."), u"S"_s),
        QCommandLineOption(kBurst, tr("At most N starts within the interval (default 2)."), u"N"_s),
        QCommandLineOption(
            kInterval, tr("The start-limit interval in seconds (default 600)."), u"S"_s),
        QCommandLineOption(
            kOom, tr("Protect the emulator from the kernel's OOM killer."), u"on|off"_s),
        QCommandLineOption(kBefore,
            tr("Start before (stop after) GUEST; repeat for several, \"\" for none."), u"GUEST"_s),
        QCommandLineOption(kAfter,
            tr("Start after (stop before) GUEST; repeat for several, \"\" for none."), u"GUEST"_s),
        QCommandLineOption(
            kPreStart, tr("A script run before the emulator (\"\" for none)."), u"PATH"_s),
    };
}

QString SetCommand::synopsis() const
{
    return u"set NAME [--start-timeout S] [--stop-timeout S] [--auto-restart on|off "
           "[--restart-delay S] [--start-limit-burst N] [--start-limit-interval S]] "
           "[--oom-protect on|off] [--auto-boot on|off] [--description TEXT] [--before GUEST] "
           "[--after GUEST] [--pre-start PATH]"_s;
}

QString SetCommand::summary() const
{
    return tr("Change a guest's service settings (our drop-in, then daemon-reload) and show "
              "what systemd applies.");
}

QStringList SetCommand::describe(const QString &name, const AppliedSettings &a)
{
    const ServiceSettings &s = a.applied;
    const auto mark = [&a](const QStringList &keys) {
        for (const QString &key : keys) {
            if (a.overriddenBy.contains(key))
                return tr("  (set by %1)").arg(a.overriddenBy.value(key));
        }
        return QString();
    };
    const auto list = [](const QStringList &names) {
        return names.isEmpty() ? tr("none") : names.join(u", "_s);
    };
    QStringList lines { tr("Settings of %1, as systemd applies them:").arg(name) };
    const auto add = [&lines](const QString &label, const QString &value, const QString &marked) {
        lines << u"  "_s + label.leftJustified(20) + value + marked;
    };
    add(tr("Description:"), s.description, mark({ u"Description"_s }));
    add(tr("Start timeout:"), secondsText(s.startTimeoutSec), mark({ u"TimeoutStartSec"_s }));
    add(tr("Stop timeout:"), secondsText(s.stopTimeoutSec), mark({ u"TimeoutStopSec"_s }));
    add(tr("Auto-boot:"), onOff(s.autoBoot), {});
    add(tr("Auto-restart:"),
        s.autoRestart ? tr("on, after %1, at most %2 starts in %3")
                            .arg(secondsText(s.restartDelaySec))
                            .arg(s.startLimitBurst)
                            .arg(secondsText(s.startLimitIntervalSec))
                      : onOff(false),
        mark({ u"Restart"_s, u"RestartSec"_s, u"StartLimitBurst"_s, u"StartLimitIntervalSec"_s }));
    add(tr("OOM protection:"), onOff(s.oomProtected), mark({ u"OOMScoreAdjust"_s }));
    add(tr("Pre-start script:"), s.preStartScript.isEmpty() ? tr("none") : s.preStartScript,
        mark({ u"ExecStartPre"_s }));
    add(tr("Starts before:"), list(s.before), mark({ u"Before"_s }));
    add(tr("Starts after:"), list(s.after), mark({ u"After"_s }));
    return lines;
}

void SetCommand::run(const QCommandLineParser &parser, const QStringList &args)
{
    if (args.size() != 1) {
        fail(ExitUsage, tr("set takes one guest name (usage: charon-vm %1)").arg(synopsis()));
        return;
    }
    const QString name = args.first();
    if (!checkGuestsExist({ name }))
        return;

    bool changes = false;
    for (const QCommandLineOption &option : options()) {
        if (parser.isSet(option.names().first()))
            changes = true;
    }
    // Every value is parsed now (the parser does not outlive run()), and before anything is
    // read or written: a usage error writes nothing.
    QString usage;
    std::vector<std::function<void(ServiceSettings &)>> edits;
    const auto number = [&parser, &usage](const QString &option, bool timeSpan, int *out) {
        const QString text = parser.value(option);
        bool ok = false;
        *out = text.toInt(&ok);
        if (!ok && timeSpan) {
            *out = parseTimeSpanSec(text);
            ok = *out >= 0 && !text.trimmed().isEmpty();
        }
        if (!ok && usage.isEmpty())
            usage = timeSpan ? tr("--%1: \"%2\" is not a number of seconds").arg(option, text)
                             : tr("--%1: \"%2\" is not a number").arg(option, text);
        return ok;
    };
    const auto intOption = [&](const QString &option, bool timeSpan, int ServiceSettings::*field) {
        int value = 0;
        if (parser.isSet(option) && number(option, timeSpan, &value))
            edits.push_back([field, value](ServiceSettings &s) { s.*field = value; });
    };
    intOption(kStartTimeout, true, &ServiceSettings::startTimeoutSec);
    intOption(kStopTimeout, true, &ServiceSettings::stopTimeoutSec);
    intOption(kRestartDelay, true, &ServiceSettings::restartDelaySec);
    intOption(kInterval, true, &ServiceSettings::startLimitIntervalSec);
    intOption(kBurst, false, &ServiceSettings::startLimitBurst);
    const auto flag = [&](const QString &option, bool ServiceSettings::*field) {
        if (!parser.isSet(option))
            return;
        const QString text = parser.value(option);
        if (text == u"on"_s || text == u"off"_s) {
            const bool on = text == u"on"_s;
            edits.push_back([field, on](ServiceSettings &s) { s.*field = on; });
        } else if (usage.isEmpty()) {
            usage = tr("--%1 takes on or off, not \"%2\"").arg(option, text);
        }
    };
    flag(kAutoRestart, &ServiceSettings::autoRestart);
    flag(kOom, &ServiceSettings::oomProtected);
    flag(kAutoBoot, &ServiceSettings::autoBoot);
    const auto guests = [&](const QString &option, QStringList ServiceSettings::*field) {
        if (!parser.isSet(option))
            return;
        QStringList names;
        for (const QString &value : parser.values(option)) {
            for (const QString &guest : value.split(u',', Qt::SkipEmptyParts))
                names << guest.trimmed();
        }
        names.removeDuplicates();
        edits.push_back([field, names](ServiceSettings &s) { s.*field = names; });
    };
    guests(kBefore, &ServiceSettings::before);
    guests(kAfter, &ServiceSettings::after);
    const auto text = [&](const QString &option, QString ServiceSettings::*field) {
        if (parser.isSet(option))
            edits.push_back(
                [field, value = parser.value(option)](ServiceSettings &s) { s.*field = value; });
    };
    text(kDescription, &ServiceSettings::description);
    text(kPreStart, &ServiceSettings::preStartScript);
    if (!usage.isEmpty()) {
        fail(ExitUsage, usage);
        return;
    }

    auto *applier = new ServiceSettingsApplier(context()->client(), context()->units(), this);
    QStringList others = context()->units().guestNames();
    others.removeAll(name);
    // First the current values (files and systemd), then ours on top, then apply.
    connect(applier, &ServiceSettingsApplier::finished, this,
        [this, applier, name, others, changes, edits](
            const QString &error, const AppliedSettings &current) {
            disconnect(applier, nullptr, this, nullptr);
            if (!error.isEmpty()) {
                fail(ExitOther, error);
                return;
            }
            if (!changes) {
                for (const QString &line : describe(name, current))
                    CliContext::out(line);
                finish(ExitOk);
                return;
            }
            ServiceSettings s = current.configured;
            for (const auto &edit : edits)
                edit(s);
            const QStringList problems = ServiceSettingsValidator::problems(name, s, others);
            if (!problems.isEmpty()) {
                for (const QString &problem : problems)
                    CliContext::error(problem);
                fail(ExitUsage, tr("nothing written for %1").arg(name));
                return;
            }
            connect(applier, &ServiceSettingsApplier::finished, this,
                [this, name](const QString &applyError, const AppliedSettings &applied) {
                    if (!applyError.isEmpty()) {
                        fail(ExitOther, applyError);
                        return;
                    }
                    report(name, applied);
                });
            if (context()->needsPrivilegedHelper()) {
                // Not root, system scope: the privileged helper writes our drop-in (after
                // asking polkit) with the same validator and applier; then read back here.
                auto *helper = HelperClient::setSettings(name, s, this);
                connect(
                    helper, &HelperClient::finished, this, [this, applier, name](HelperClient *h) {
                        if (h->isError()) {
                            failFromHelper(h);
                            return;
                        }
                        applier->load(name);
                    });
                return;
            }
            applier->apply(name, s, others);
        });
    applier->load(name);
}

void SetCommand::report(const QString &name, const AppliedSettings &applied)
{
    for (const QString &line : describe(name, applied))
        CliContext::out(line);
    for (auto it = applied.overriddenBy.cbegin(); it != applied.overriddenBy.cend(); ++it)
        CliContext::error(tr("warning: %1 of %2 is set by %3, which overrides ours (%4)")
                              .arg(it.key(), name, it.value(), applied.dropInPath));
    finish(ExitOk);
}

} // namespace charon::cli
