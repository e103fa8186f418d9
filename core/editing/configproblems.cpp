// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/editing/configproblems.h"

#include "core/config/configlinereader.h"
#include "core/config/configparser.h"
#include "core/config/profileregistry.h"
#include "core/editing/editablefile.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace charon::core {

int ConfigProblems::consolePortLine(
    const QByteArray &text, const QString &fileName, const QString &profileId)
{
    const std::optional<EmulatorProfile> profile = ProfileRegistry::forId(profileId);
    if (!profile)
        return 0;
    const auto lines = ConfigLineReader::read(text, fileName, EditableFile::MaxBytes).lines;
    int found = 0;
    for (const ConfigLine &line : lines) {
        for (const EmulatorProfile::SettingRule &rule : profile->settings()) {
            if (rule.field == EmulatorProfile::Field::ConsolePort
                && rule.regex.match(line.text).hasMatch())
                found = line.number;
        }
    }
    return found;
}

QList<ConfigIssue> ConfigProblems::check(const QByteArray &text, const QString &fileName,
    const QString &profileId, const Context &context, ConfigSummary *summaryOut)
{
    const ConfigSummary summary = ConfigParser::parseText(text, fileName, profileId);
    QList<ConfigIssue> issues = summary.issues;
    const auto add = [&](ConfigIssue::Severity severity, int line, const QString &message) {
        issues.append(ConfigIssue { severity, fileName, line, message });
    };
    if (summary.consolePort < 0) {
        add(ConfigIssue::Severity::Warning, 0,
            tr("no console port: the guest's console cannot be opened and a stop through the "
               "console is impossible"));
    } else if (const auto other = context.otherGuestPorts.constFind(summary.consolePort);
               other != context.otherGuestPorts.cend()) {
        add(ConfigIssue::Severity::Error, consolePortLine(text, fileName, summary.profileId),
            tr("console port %1 is already used by the guest %2: only one of them can start")
                .arg(summary.consolePort)
                .arg(other.value()));
    }
    if (context.hostInterfaces) {
        for (const NicConfig &nic : summary.nics) {
            if (!nic.interface.isEmpty() && !context.hostInterfaces->contains(nic.interface)) {
                add(ConfigIssue::Severity::Error, nic.line,
                    tr("%1 uses the host interface \"%2\", which does not exist on this host")
                        .arg(nic.name, nic.interface));
            }
        }
    }
    std::stable_sort(issues.begin(), issues.end(),
        [](const ConfigIssue &a, const ConfigIssue &b) { return a.line < b.line; });
    if (summaryOut)
        *summaryOut = summary;
    return issues;
}

} // namespace charon::core
