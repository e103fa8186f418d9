// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/editor/confighighlighter.h"

#include <QColor>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace charon::ui {

namespace {

// The column where a comment starts ('#' outside double quotes), -1 when none.
int commentStart(const QString &line)
{
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        if (line.at(i) == u'"')
            quoted = !quoted;
        else if (line.at(i) == u'#' && !quoted)
            return i;
    }
    return -1;
}

} // namespace

ConfigHighlighter::ConfigHighlighter(QTextDocument *document, const core::EmulatorProfile &profile)
    : QSyntaxHighlighter(document)
    , m_profile(profile)
{ }

QList<ConfigHighlighter::Span> ConfigHighlighter::classify(
    const QString &line, const core::EmulatorProfile &profile)
{
    QList<Span> spans;
    const int comment = commentStart(line);
    const QString code = comment < 0 ? line : line.left(comment);
    if (comment >= 0)
        spans.append({ comment, int(line.size()) - comment, Category::Comment });
    int first = 0;
    while (first < code.size() && code.at(first).isSpace())
        ++first;
    const QString text = code.trimmed();
    if (text.isEmpty() || !profile.isValid())
        return spans;
    const auto keywordAndValue = [&](int valueStart, int valueLength) {
        QList<Span> out;
        if (valueStart > 0)
            out.append({ first, valueStart, Category::Keyword });
        if (valueLength > 0)
            out.append({ first + valueStart, valueLength, Category::Value });
        if (valueStart < 0)
            out.append({ first, int(text.size()), Category::Keyword });
        return out;
    };
    for (const core::EmulatorProfile::SettingRule &rule : profile.settings()) {
        const QRegularExpressionMatch m = rule.regex.match(text);
        if (!m.hasMatch())
            continue;
        const int start = int(m.capturedStart(u"value"_s));
        return keywordAndValue(start, start < 0 ? 0 : int(m.capturedLength(u"value"_s))) + spans;
    }
    if (profile.isKnownLine(text)) {
        if (profile.hasKeySyntax()) {
            const QRegularExpressionMatch m = profile.keyPattern().match(text);
            if (m.hasMatch()) {
                const int end = int(m.capturedEnd(0));
                return keywordAndValue(end, int(text.size()) - end) + spans;
            }
        }
        return keywordAndValue(-1, 0) + spans;
    }
    spans.prepend({ first, int(text.size()), Category::Unknown });
    return spans;
}

QTextCharFormat ConfigHighlighter::formatFor(Category category)
{
    QTextCharFormat format;
    switch (category) {
    case Category::Comment:
        format.setForeground(QColor(0x6a, 0x73, 0x7d));
        format.setFontItalic(true);
        break;
    case Category::Keyword:
        format.setForeground(QColor(0x1f, 0x4e, 0xa8));
        format.setFontWeight(QFont::DemiBold);
        break;
    case Category::Value:
        format.setForeground(QColor(0x1a, 0x7f, 0x37));
        break;
    case Category::Unknown:
        format.setForeground(QColor(0x9a, 0x5b, 0x00));
        format.setBackground(QColor(0xff, 0xf4, 0xd6));
        break;
    }
    return format;
}

void ConfigHighlighter::highlightBlock(const QString &text)
{
    for (const Span &span : classify(text, m_profile))
        setFormat(span.start, span.length, formatFor(span.category));
}

} // namespace charon::ui
