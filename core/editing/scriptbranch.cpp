// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/editing/scriptbranch.h"

#include "core/support/shellcase.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace charon::core {

ScriptBranch::Found ScriptBranch::find(const QString &script, const QString &configPath)
{
    Found out;
    for (const ShellCaseBranch &branch : parseShellCaseBranches(script)) {
        if (branch.catchAll || !branch.matches(configPath))
            continue;
        const QStringList lines = script.split(u'\n');
        out.found = true;
        out.firstLine = branch.labelLine;
        out.lastLine = branch.endLine;
        out.text = lines.mid(branch.labelLine, branch.endLine - branch.labelLine + 1).join(u'\n')
            + u'\n';
        return out;
    }
    return out;
}

QString ScriptBranch::replace(
    const QString &script, const QString &configPath, const QString &branch, const QString &header)
{
    QString chunk = branch;
    if (chunk.endsWith(u'\n'))
        chunk.chop(1);
    const Found found = find(script, configPath);
    QStringList lines = script.split(u'\n');
    if (found.found) {
        lines.erase(lines.begin() + found.firstLine, lines.begin() + found.lastLine + 1);
        lines.insert(found.firstLine, chunk);
        return lines.join(u'\n');
    }
    if (script.trimmed().isEmpty())
        return header + u"case \"$1\" in\n"_s + chunk + u"\nesac\n"_s;
    const QList<ShellCaseBranch> branches = parseShellCaseBranches(script);
    const int at = shellCaseInsertionLine(branches);
    if (at < 0) {
        QString text = script;
        if (!text.endsWith(u'\n'))
            text += u'\n';
        return text + u"case \"$1\" in\n"_s + chunk + u"\nesac\n"_s;
    }
    lines.insert(at, chunk);
    return lines.join(u'\n');
}

} // namespace charon::core
