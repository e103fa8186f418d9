// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/editing/linediff.h"

#include <QList>
#include <QStringList>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

struct Op
{
    char kind; // ' ', '-', '+'
    int a; // 0-based line in before (for ' ' and '-')
    int b; // 0-based line in after (for ' ' and '+')
};

QStringList splitLines(const QString &text)
{
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QList<Op> compare(const QStringList &a, const QStringList &b)
{
    int head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    int tail = 0;
    while (tail < a.size() - head && tail < b.size() - head
        && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;
    const int n = int(a.size()) - head - tail;
    const int m = int(b.size()) - head - tail;
    QList<Op> ops;
    for (int i = 0; i < head; ++i)
        ops.append({ ' ', i, i });
    constexpr qint64 MaxCells = 16 * 1024 * 1024;
    if (qint64(n + 1) * (m + 1) > MaxCells) {
        for (int i = 0; i < n; ++i)
            ops.append({ '-', head + i, head });
        for (int j = 0; j < m; ++j)
            ops.append({ '+', head + n, head + j });
    } else {
        // lcs[i][j]: length of the LCS of a[head+i..] and b[head+j..]
        std::vector<int> lcs(size_t(n + 1) * size_t(m + 1), 0);
        const auto at = [&](int i, int j) -> int & { return lcs[size_t(i) * size_t(m + 1) + j]; };
        for (int i = n - 1; i >= 0; --i) {
            for (int j = m - 1; j >= 0; --j) {
                at(i, j) = a.at(head + i) == b.at(head + j) ? at(i + 1, j + 1) + 1
                                                            : std::max(at(i + 1, j), at(i, j + 1));
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.at(head + i) == b.at(head + j)) {
                ops.append({ ' ', head + i, head + j });
                ++i;
                ++j;
            } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
                ops.append({ '-', head + i, head + j });
                ++i;
            } else {
                ops.append({ '+', head + i, head + j });
                ++j;
            }
        }
    }
    for (int k = 0; k < tail; ++k)
        ops.append({ ' ', int(a.size()) - tail + k, int(b.size()) - tail + k });
    return ops;
}

} // namespace

QString LineDiff::unified(const QString &before, const QString &after, const QString &beforeName,
    const QString &afterName, int context)
{
    if (before == after)
        return {};
    const QStringList a = splitLines(before);
    const QStringList b = splitLines(after);
    const QList<Op> ops = compare(a, b);
    QString out = u"--- %1\n+++ %2\n"_s.arg(beforeName, afterName);
    qsizetype k = 0;
    while (k < ops.size()) {
        if (ops.at(k).kind == ' ') {
            ++k;
            continue;
        }
        // A hunk: from `context` lines before this change to `context` after the last change
        // that is at most 2*context lines further.
        const qsizetype start = std::max<qsizetype>(0, k - context);
        qsizetype end = k;
        qsizetype lastChange = k;
        while (end < ops.size()) {
            if (ops.at(end).kind != ' ')
                lastChange = end;
            else if (end - lastChange > 2 * context)
                break;
            ++end;
        }
        end = std::min<qsizetype>(ops.size(), lastChange + context + 1);
        int aCount = 0;
        int bCount = 0;
        QString body;
        for (qsizetype x = start; x < end; ++x) {
            const Op &op = ops.at(x);
            if (op.kind == ' ') {
                body += u' ' + a.at(op.a) + u'\n';
                ++aCount;
                ++bCount;
            } else if (op.kind == '-') {
                body += u'-' + a.at(op.a) + u'\n';
                ++aCount;
            } else {
                body += u'+' + b.at(op.b) + u'\n';
                ++bCount;
            }
        }
        const int aStart = aCount ? ops.at(start).a + 1 : ops.at(start).a;
        const int bStart = bCount ? ops.at(start).b + 1 : ops.at(start).b;
        out += u"@@ -%1,%2 +%3,%4 @@\n"_s.arg(aStart).arg(aCount).arg(bStart).arg(bCount) + body;
        k = end;
    }
    return out;
}

} // namespace charon::core
