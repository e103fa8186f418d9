// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/domain/configsummary.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace charon::core {

QString ConfigIssue::toString() const
{
    if (line > 0)
        return u"%1:%2: %3"_s.arg(file).arg(line).arg(message);
    return u"%1: %2"_s.arg(file, message);
}

bool ConfigSummary::hasErrors() const
{
    return std::any_of(issues.cbegin(), issues.cend(),
        [](const ConfigIssue &issue) { return issue.severity == ConfigIssue::Severity::Error; });
}

} // namespace charon::core
