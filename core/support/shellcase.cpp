// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/support/shellcase.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

// Parses the label at the start of `line` ("(pat1 | 'pat 2')" ...). Returns false when the line
// is not a label; sets *patterns and *catchAll and *rest (what follows the closing ')').
bool parseLabel(
    const QString &line, QList<ShellCasePattern> *patterns, bool *catchAll, QString *rest)
{
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n && isBlank(line.at(i)))
        ++i;
    if (i < n && line.at(i) == u'(')
        ++i;
    QStringList raw;
    while (true) {
        while (i < n && isBlank(line.at(i)))
            ++i;
        QString regex;
        QString literal;
        QString word; // the text the pattern matches when it has no wildcard
        bool wild = false;
        bool any = false;
        bool quotedAny = false;
        while (i < n) {
            const QChar c = line.at(i);
            if (c == u'|' || c == u')' || isBlank(c))
                break;
            any = true;
            if (c == u'\'') {
                const qsizetype close = line.indexOf(u'\'', i + 1);
                if (close < 0)
                    return false;
                regex += QRegularExpression::escape(line.mid(i + 1, close - i - 1));
                word += line.mid(i + 1, close - i - 1);
                quotedAny = true;
                i = close + 1;
            } else if (c == u'"') {
                ++i;
                QString text;
                while (i < n && line.at(i) != u'"') {
                    if (line.at(i) == u'\\' && i + 1 < n && u"\"\\$`"_s.contains(line.at(i + 1)))
                        ++i;
                    text += line.at(i++);
                }
                if (i >= n)
                    return false;
                ++i;
                regex += QRegularExpression::escape(text);
                word += text;
                quotedAny = true;
            } else if (c == u'\\' && i + 1 < n) {
                regex += QRegularExpression::escape(line.at(i + 1));
                literal += line.at(i + 1);
                word += line.at(i + 1);
                i += 2;
            } else if (c == u'*') {
                regex += u".*"_s;
                literal += c;
                wild = true;
                ++i;
            } else if (c == u'?') {
                regex += u"."_s;
                literal += c;
                wild = true;
                ++i;
            } else if (c == u'[') {
                const qsizetype close = line.indexOf(u']', i + 2);
                if (close < 0)
                    return false;
                QString set = line.mid(i + 1, close - i - 1);
                if (set.startsWith(u'!'))
                    set[0] = u'^';
                regex += u'[' + set.replace(u"\\"_s, u"\\\\"_s) + u']';
                wild = true;
                i = close + 1;
            } else if (c == u'$' || c == u'`' || c == u';' || c == u'&' || c == u'<' || c == u'>'
                || c == u'(') {
                return false; // not a pattern we can read (or not a label at all)
            } else {
                regex += QRegularExpression::escape(c);
                literal += c;
                word += c;
                ++i;
            }
        }
        if (!any)
            return false;
        raw << (quotedAny ? QString() : literal);
        ShellCasePattern pattern;
        pattern.wild = wild;
        if (wild)
            pattern.regex = QRegularExpression(QRegularExpression::anchoredPattern(regex));
        else
            pattern.word = word;
        patterns->append(pattern);
        while (i < n && isBlank(line.at(i)))
            ++i;
        if (i < n && line.at(i) == u'|') {
            ++i;
            continue;
        }
        if (i < n && line.at(i) == u')') {
            *rest = line.mid(i + 1);
            *catchAll = raw == QStringList { u"*"_s };
            return true;
        }
        return false;
    }
}

bool endsBranch(const QString &line)
{
    const QString t = line.section(u'#', 0, 0).trimmed();
    return t.endsWith(u";;"_s) || t.endsWith(u";&"_s) || t.endsWith(u";;&"_s);
}

} // namespace

bool ShellCaseBranch::matches(const QString &word) const
{
    return std::any_of(patterns.cbegin(), patterns.cend(),
        [&word](const ShellCasePattern &p) { return p.matches(word); });
}

QList<ShellCaseBranch> parseShellCaseBranches(const QString &script)
{
    static const QRegularExpression caseStart(u"^\\s*case\\s+.*\\s+in\\s*(#.*)?$"_s);
    static const QRegularExpression esac(u"^\\s*esac\\b"_s);
    const QStringList lines = script.split(u'\n');
    QList<ShellCaseBranch> out;
    qsizetype blockFirst = -1; // index in `out` of the current block's first branch
    bool inCase = false;
    bool inBranch = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString t = line.trimmed();
        if (!inCase) {
            if (caseStart.match(line).hasMatch()) {
                inCase = true;
                blockFirst = out.size();
            }
            continue;
        }
        if (inBranch) {
            out.last().body << line;
            out.last().endLine = i;
            if (esac.match(line).hasMatch() && !endsBranch(line)) {
                // `esac` without `;;` closes the last branch and the block
                out.last().body.removeLast();
                inBranch = false;
            } else {
                if (endsBranch(line))
                    inBranch = false;
                continue;
            }
        }
        if (esac.match(line).hasMatch()) {
            for (qsizetype b = blockFirst; b < out.size(); ++b)
                out[b].blockEndLine = i;
            inCase = false;
            continue;
        }
        if (t.isEmpty() || t.startsWith(u'#'))
            continue;
        ShellCaseBranch branch;
        QString rest;
        if (!parseLabel(line, &branch.patterns, &branch.catchAll, &rest))
            continue;
        branch.labelLine = i;
        branch.endLine = i;
        if (!rest.trimmed().isEmpty())
            branch.body << rest;
        inBranch = !endsBranch(rest);
        out << branch;
    }
    return out;
}

QString quoteShellWord(const QString &word)
{
    QString out = word;
    return u'\'' + out.replace(u"'"_s, u"'\\''"_s) + u'\'';
}

int shellCaseInsertionLine(const QList<ShellCaseBranch> &branches)
{
    int at = -1;
    for (const ShellCaseBranch &b : branches) {
        if (b.blockEndLine >= 0) {
            at = b.blockEndLine;
            break;
        }
    }
    for (const ShellCaseBranch &b : branches) {
        if (b.catchAll && b.blockEndLine == at && at >= 0)
            return b.labelLine;
    }
    return at;
}

} // namespace charon::core
