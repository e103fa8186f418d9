// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Colours a Charon configuration from its emulator profile's patterns: comments, the keyword
// and the value of each line a setting rule recognises (or that the profile's key syntax
// knows), and lines nobody understands (the ones the parser reports as "not understood").
// classify() is the same judgement without a document, for tests.

#include "core/config/emulatorprofile.h"

#include <QList>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace charon::ui {

class ConfigHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Category { Comment, Keyword, Value, Unknown };
    struct Span
    {
        int start = 0;
        int length = 0;
        Category category = Category::Unknown;
        friend bool operator==(const Span &, const Span &) = default;
    };

    ConfigHighlighter(QTextDocument *document, const core::EmulatorProfile &profile);
    static QList<Span> classify(const QString &line, const core::EmulatorProfile &profile);
    static QTextCharFormat formatFor(Category category);

protected:
    void highlightBlock(const QString &text) override;

private:
    core::EmulatorProfile m_profile;
};

} // namespace charon::ui
