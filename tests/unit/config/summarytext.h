// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Helpers for the ConfigParser tests: where the sample configurations are, and a ConfigSummary
// flattened to short strings so that one QCOMPARE checks a whole result ("E12 W14" for issues).

#include "core/domain/configsummary.h"
#include "tests/harness/testenv.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace charon::test {

using charon::core::ConfigIssue;
using charon::core::ConfigSummary;

inline QString configPath(const QString &name)
{
    return charon::test::sourceDir() + u"/tests/data/configs/"_s + name;
}

inline QString demoPath(const QString &name)
{
    return charon::test::sourceDir() + u"/resources/demo/"_s + name;
}

// "E12 W14 I20": severity letter and line of every issue, in order.
inline QString issueLines(const ConfigSummary &s)
{
    QStringList out;
    for (const ConfigIssue &issue : s.issues) {
        const char *letter = issue.severity == ConfigIssue::Severity::Error ? "E"
            : issue.severity == ConfigIssue::Severity::Warning              ? "W"
                                                                            : "I";
        out.append(QLatin1String(letter) + QString::number(issue.line));
    }
    return out.join(u' ');
}

// "EWA0=enp6s0/RAW@21 EWB0=tap0/TAP@23"
inline QString nicList(const ConfigSummary &s)
{
    QStringList out;
    for (const auto &nic : s.nics)
        out.append(u"%1=%2/%3@%4"_s.arg(nic.name, nic.interface, nic.mappingMode).arg(nic.line));
    return out.join(u' ');
}

// Every value the parser found, defaults left out: one QCOMPARE checks a whole summary.
inline QString describe(const ConfigSummary &s)
{
    QStringList out { u"profile="_s + s.profileId };
    auto add = [&](const QString &name, const QString &value) {
        if (!value.isEmpty())
            out.append(name + u'=' + value);
    };
    auto addInt = [&](const QString &name, int value) {
        if (value != -1)
            out.append(name + u'=' + QString::number(value));
    };
    add(u"model"_s, s.model);
    addInt(u"cpus"_s, s.cpus);
    addInt(u"mem"_s, s.memoryMB);
    addInt(u"port"_s, s.consolePort);
    add(u"listen"_s, s.consoleListenAddress);
    if (s.consoleExposed)
        out.append(u"EXPOSED"_s);
    add(u"log"_s, s.logPath);
    add(u"break"_s, s.breakOn);
    add(u"stop"_s, s.stopOn);
    add(u"lic"_s, s.licenseKeyIds.join(u','));
    add(u"name"_s, s.configurationName);
    add(u"nics"_s, nicList(s));
    return out.join(u' ');
}

inline QString allIssues(const ConfigSummary &s)
{
    QStringList out;
    for (const ConfigIssue &issue : s.issues)
        out.append(issue.toString());
    return out.join(u'\n');
}

} // namespace charon::test
