// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/style/guesttext.h"

#include "core/domain/guestfacts.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;
using charon::core::ConfigIssue;
using charon::core::ConfigSummary;
using charon::core::Guest;
using charon::core::NicCheck;
using charon::core::StopScriptStatus;

namespace charon::ui {

namespace {
// The three-argument form, as in QObject::tr: lupdate marks a call plural only when it sees it.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("charon::ui::GuestText", text, disambiguation, n);
}
} // namespace

QString GuestText::missing()
{
    return u"-"_s;
}

QString GuestText::dateTime(const QDateTime &when)
{
    return when.isValid() ? core::guestDateTime(when) : missing();
}

QString GuestText::seconds(int seconds)
{
    if (seconds < 0)
        return missing();
    if (seconds == 0)
        return tr("no limit");
    if (seconds % 60 == 0 && seconds >= 120)
        return tr("%n min", nullptr, seconds / 60);
    return tr("%n s", nullptr, seconds);
}

QString GuestText::licenseHealth(core::LicenseHealth health)
{
    switch (health) {
    case core::LicenseHealth::Unknown:
        return missing();
    case core::LicenseHealth::Ok:
        return tr("OK");
    case core::LicenseHealth::Warning:
        return tr("Expiring");
    case core::LicenseHealth::Critical:
        return tr("Trouble");
    }
    return missing();
}

QString GuestText::osVerdict(core::OsAnswer::Verdict verdict)
{
    using V = core::OsAnswer::Verdict;
    switch (verdict) {
    case V::NotProbed:
        return missing();
    case V::Waiting:
        return tr("Waiting");
    case V::Answers:
        return tr("Answers");
    case V::NoAnswer:
        return tr("No answer");
    case V::Error:
        return tr("Probe error");
    }
    return missing();
}

QString GuestText::yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

QString GuestText::stopScript(StopScriptStatus status)
{
    switch (status) {
    case StopScriptStatus::NotFound:
        return tr("Not found: stopping powers the guest off");
    case StopScriptStatus::ToCustomize:
        return tr("To customize: the script is still the template");
    case StopScriptStatus::CaseNotSet:
        return tr("Case not set: no branch for this configuration file");
    case StopScriptStatus::UsingExpect:
        return tr("Using EXPECT on the console");
    case StopScriptStatus::UsingRsh:
        return tr("Using RSH");
    case StopScriptStatus::UsingSsh:
        return tr("Using SSH");
    case StopScriptStatus::Customized:
        return tr("Customized");
    }
    return missing();
}

QString GuestText::unitFilesChanged()
{
    return tr("The unit file changed on disk since systemd read it: systemctl daemon-reload "
              "applies the change.");
}

QString GuestText::consolePort(const ConfigSummary &config)
{
    if (config.consolePort < 0)
        return missing();
    if (config.consoleExposed) {
        const QString where = config.consoleListenAddress.isEmpty() ? tr("all interfaces")
                                                                    : config.consoleListenAddress;
        return tr("%1 (listening on %2)").arg(config.consolePort).arg(where);
    }
    return tr("%1 (localhost only)").arg(config.consolePort);
}

QString GuestText::consoleWarning(const ConfigSummary &config)
{
    if (config.consolePort < 0 || !config.consoleExposed)
        return {};
    return tr("The console listens beyond localhost: anyone who reaches this host on port %1 "
              "gets the guest's console.")
        .arg(config.consolePort);
}

QStringList GuestText::nicProblems(const NicCheck &check)
{
    QStringList problems;
    if (check.missing)
        problems << tr("does not exist on this host");
    if (check.managedByNetworkTool)
        problems << tr("is still managed by the network configuration tool (it should be "
                       "dedicated to the guest)");
    if (!check.usedByGuest.isEmpty())
        problems << tr("is also used by guest %1").arg(check.usedByGuest);
    if (!check.addresses.isEmpty())
        problems << tr("has an IP address (%1): a dedicated NIC should have none")
                        .arg(check.addresses.join(u", "_s));
    return problems;
}

QString GuestText::nic(const NicCheck &check)
{
    const QString iface = check.interface.isEmpty() ? missing() : check.interface;
    const QStringList problems = nicProblems(check);
    const QString verdict = problems.isEmpty() ? tr("OK") : problems.join(u"; "_s);
    return u"%1 → %2: %3"_s.arg(check.nic, iface, verdict);
}

QStringList GuestText::problems(const Guest &guest)
{
    QStringList result;
    for (const ConfigIssue &issue : guest.config.issues) {
        if (issue.severity == ConfigIssue::Severity::Error)
            result << tr("Configuration: %1").arg(issue.toString());
    }
    for (const NicCheck &check : guest.nicChecks) {
        if (check.hasProblem())
            result << nic(check);
    }
    if (guest.unitFilesChanged)
        result << unitFilesChanged();
    const QString console = consoleWarning(guest.config);
    if (!console.isEmpty())
        result << console;
    return result;
}

} // namespace charon::ui
