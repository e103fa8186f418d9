// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli/guestformat.h"

#include "core/domain/guestfacts.h"
#include "core/stopscript/stopscript.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace charon::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charon::cli::GuestFormat", text);
}

QString gib(qint64 kib)
{
    return kib < 0 ? u"-"_s : QString::number(double(kib) / (1024.0 * 1024.0), 'f', 1) + u" GiB"_s;
}

QString seconds(int value)
{
    if (value < 0)
        return u"-"_s;
    return value == 0 ? QCoreApplication::translate("charon::cli::GuestFormat", "no limit")
                      : QCoreApplication::translate("charon::cli::GuestFormat", "%1 s").arg(value);
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("charon::cli::GuestFormat", "yes")
                 : QCoreApplication::translate("charon::cli::GuestFormat", "no");
}

} // namespace

QString GuestFormat::hostHeader(const HostInfo &host)
{
    return tr("Host %1, up since %2, %3 CPUs, memory %4 available of %5")
        .arg(host.hostName(), guestDateTime(host.bootTime()), dash(host.cpuCount()),
            gib(host.memoryAvailableKiB()), gib(host.memoryTotalKiB()));
}

QString GuestFormat::stateText(const Guest &g)
{
    const QString reason = stopReasonName(g.derived.reason);
    QString text = stateName(g.derived.state);
    if (!reason.isEmpty())
        text += u" ("_s + reason + u')';
    if (g.jobInFlight != JobKind::None)
        text += u" ["_s + jobKindName(g.jobInFlight) + u']';
    return text;
}

QStringList GuestFormat::table(const QList<Guest> &guests, int maxWidth)
{
    QList<QStringList> rows { { u" "_s, tr("NAME"), tr("EMULATOR"), tr("CONFIG"), tr("CPU"),
        tr("MEM(MB)"), tr("STATE"), tr("CONSOLE"), tr("AUTO-BOOT") } };
    for (const Guest &g : guests) {
        rows << QStringList { g.isDefault ? u"*"_s : u" "_s, g.name,
            QFileInfo(g.emulator).fileName(), g.configPath, dash(g.config.cpus),
            dash(g.config.memoryMB), stateText(g), dash(g.config.consolePort), yesNo(g.autoBoot) };
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths[c], row.at(c).size());
    }
    qsizetype gap = 2;
    const auto totalWidth = [&widths, &gap] {
        qsizetype total = gap * (widths.size() - 1);
        for (qsizetype w : std::as_const(widths))
            total += w;
        return total;
    };
    if (maxWidth > 0 && totalWidth() > maxWidth) {
        // Too wide for the terminal: one space between columns, then narrow the long CONFIG
        // and EMULATOR columns (the wider first) down to the width of their header, eliding
        // their values in the middle.
        gap = 1;
        constexpr int emulatorColumn = 2;
        constexpr int configColumn = 3;
        const qsizetype minEmulator = qMax<qsizetype>(rows.first().at(emulatorColumn).size(), 8);
        const qsizetype minConfig = qMax<qsizetype>(rows.first().at(configColumn).size(), 8);
        qsizetype total = totalWidth();
        while (total > maxWidth) {
            const bool configCanShrink = widths.at(configColumn) > minConfig;
            const bool emulatorCanShrink = widths.at(emulatorColumn) > minEmulator;
            if (!configCanShrink && !emulatorCanShrink)
                break;
            const int column = configCanShrink
                    && (!emulatorCanShrink || widths.at(configColumn) >= widths.at(emulatorColumn))
                ? configColumn
                : emulatorColumn;
            --widths[column];
            --total;
        }
    }
    QStringList lines;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const bool last = c + 1 == row.size();
            const QString cell = elideMiddle(row.at(c), widths.at(c));
            line += last ? cell : cell.leftJustified(widths.at(c)) + QString(gap, u' ');
        }
        lines << line;
    }
    return lines;
}

QString GuestFormat::elideMiddle(const QString &text, qsizetype width)
{
    if (text.size() <= width || width < 3)
        return text;
    const qsizetype right = (width - 1) / 2;
    const qsizetype left = width - 1 - right;
    return text.left(left) + u'\u2026' + text.right(right);
}

QJsonObject GuestFormat::json(const Guest &g)
{
    QJsonArray nics;
    for (const NicConfig &nic : g.config.nics)
        nics.append(QJsonObject { { u"name"_s, nic.name }, { u"interface"_s, nic.interface } });
    return QJsonObject {
        { u"name"_s, g.name },
        { u"unit"_s, g.unit },
        { u"emulator"_s, g.emulator },
        { u"profile"_s, g.profileId },
        { u"config"_s, g.configPath },
        { u"workDir"_s, g.workDir },
        { u"model"_s, g.config.model },
        { u"cpus"_s, g.config.cpus },
        { u"memoryMB"_s, g.config.memoryMB },
        { u"consolePort"_s, g.config.consolePort },
        { u"state"_s, stateName(g.derived.state) },
        { u"stopReason"_s, stopReasonName(g.derived.reason) },
        { u"activeState"_s, g.unitStatus.activeState },
        { u"subState"_s, g.unitStatus.subState },
        { u"result"_s, g.unitStatus.result },
        { u"cause"_s, describeResult(g.unitStatus) }, // "" when the last run succeeded
        { u"restartNeeded"_s, restartNeeded(g) },
        { u"autoBoot"_s, g.autoBoot },
        { u"default"_s, g.isDefault },
        { u"startTimeoutSec"_s, g.startTimeoutSec },
        { u"stopTimeoutSec"_s, g.stopTimeoutSec },
        { u"oomProtected"_s, g.oomProtected },
        { u"autoRestart"_s, g.autoRestart },
        { u"startedAt"_s, g.startedAt.isValid() ? g.startedAt.toString(Qt::ISODate) : QString() },
        { u"stoppedAt"_s, g.stoppedAt.isValid() ? g.stoppedAt.toString(Qt::ISODate) : QString() },
        { u"nics"_s, nics },
    };
}

QJsonObject GuestFormat::osAnswerJson(const OsAnswer &a)
{
    const auto time
        = [](const QDateTime &t) { return t.isValid() ? t.toString(Qt::ISODate) : QString(); };
    return QJsonObject { { u"verdict"_s, osVerdictName(a.verdict) }, { u"detail"_s, a.detail },
        { u"checkedAt"_s, time(a.checkedAt) }, { u"answeredAt"_s, time(a.answeredAt) },
        { u"text"_s, osAnswerText(a) } };
}

QStringList GuestFormat::details(const Guest &g)
{
    QStringList lines;
    const auto add = [&lines](const QString &label, const QString &value) {
        lines << QString(label + u':').leftJustified(18) + value;
    };
    add(tr("Guest"), g.name + (g.isDefault ? tr(" (default)") : QString()));
    add(tr("Unit"), g.unit);
    add(tr("State"), stateText(g));
    if (g.derived.reason == StopReason::Failure || g.derived.state == GuestState::Failed
        || g.derived.state == GuestState::Unknown)
        add(tr("Cause"), describeResult(g.unitStatus));
    if (restartNeeded(g))
        add(tr("Restart needed"), restartNeededReason(g));
    add(tr("Started"), guestDateTime(g.startedAt));
    add(tr("Stopped"), guestDateTime(g.stoppedAt));
    add(tr("Emulator"), g.emulator);
    add(tr("Configuration"), g.configPath);
    add(tr("Working dir"), g.workDir);
    add(tr("Model"), g.config.model.isEmpty() ? u"-"_s : g.config.model);
    add(tr("CPUs"), dash(g.config.cpus));
    add(tr("Memory (MB)"), dash(g.config.memoryMB));
    QString console = dash(g.config.consolePort);
    if (g.config.consoleExposed)
        console += tr(" (listens beyond localhost: reachable from the network)");
    add(tr("Console port"), console);
    if (g.config.consoleCanHaltGuest())
        add(tr("Console keys"),
            tr("break_on/stop_on set: a key on the console can halt the guest"));
    add(tr("Auto-boot"), yesNo(g.autoBoot));
    add(tr("Start timeout"), seconds(g.startTimeoutSec));
    add(tr("Stop timeout"), seconds(g.stopTimeoutSec));
    add(tr("OOM protection"), yesNo(g.oomProtected));
    add(tr("Auto-restart"), yesNo(g.autoRestart));
    add(tr("Pre-start script"), g.preStartScript.isEmpty() ? u"-"_s : g.preStartScript);
    for (const QString &line : g.preStartScriptHead)
        lines << QString(18, u' ') + u"| "_s + line;
    add(tr("Stop script"), StopScript::statusName(g.stopScript));
    add(tr("License"), g.licenseStatus.isEmpty() ? u"-"_s : g.licenseStatus);
    const QString os = osAnswerText(g.osAnswer);
    add(tr("Guest OS"), os.isEmpty() ? u"-"_s : os);
    for (const NicCheck &nic : g.nicChecks) {
        QStringList problems;
        if (nic.missing)
            problems << tr("(1) does not exist");
        if (nic.managedByNetworkTool)
            problems << tr("(2) managed by the network configuration tool");
        if (!nic.usedByGuest.isEmpty())
            problems << tr("(3) also used by guest %1").arg(nic.usedByGuest);
        if (!nic.addresses.isEmpty())
            problems << tr("(4) has an IP address (%1)").arg(nic.addresses.join(u", "_s));
        add(tr("NIC %1").arg(nic.nic),
            nic.interface + u": "_s + (problems.isEmpty() ? tr("ok") : problems.join(u"; "_s)));
    }
    if (g.unitFilesChanged)
        add(tr("Unit files"),
            tr("changed on disk since systemd read them: systemctl daemon-reload applies them"));
    for (const ConfigIssue &issue : g.config.issues) {
        if (issue.severity != ConfigIssue::Severity::Info)
            add(tr("Config issue"), issue.toString());
    }
    return lines;
}

} // namespace charon::cli
