// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Just enough of the POSIX shell grammar to find the branches of `case ... in ... esac` blocks in
// an admin's script: each branch's patterns (quoted parts literal, unquoted * ? [..] globbing,
// alternatives with |) and its body lines. Not a shell: the script itself is only ever run by
// /bin/sh. Also the quoting of one word for such a script.

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace charon::core {

// One alternative of a label. Most are plain paths ("/charon/vms/prod.cfg)"): those are compared
// as words; only one with an unquoted *, ? or [...] becomes a regular expression (a stop script
// with a branch per guest would otherwise compile one per guest, on the GUI thread).
struct ShellCasePattern
{
    QString word; // the pattern, quotes and escapes removed, when it has no wildcard
    QRegularExpression regex; // anchored; only for a pattern with a wildcard
    bool wild = false;

    bool matches(const QString &text) const
    {
        return wild ? regex.match(text).hasMatch() : text == word;
    }
};

struct ShellCaseBranch
{
    QList<ShellCasePattern> patterns; // one per alternative
    bool catchAll = false; // the only pattern is a bare *
    int labelLine = 0; // 0-based line of the label
    int endLine = 0; // line holding the ;; (or the last line of the block)
    QStringList body; // the lines after the label up to and including the ;;
    int blockEndLine = -1; // the `esac` line of the enclosing case block (-1 when missing)

    bool matches(const QString &word) const;
};

// Every branch of every case block, in file order.
QList<ShellCaseBranch> parseShellCaseBranches(const QString &script);
// The line a new branch goes before: the first case block's `esac`, or that block's catch-all
// `*)` so the catch-all stays last and the new branch reachable; -1 when there is no block.
int shellCaseInsertionLine(const QList<ShellCaseBranch> &branches);
// The word in single quotes ('it'\''s'): safe for any text without a NUL.
QString quoteShellWord(const QString &word);

} // namespace charon::core
