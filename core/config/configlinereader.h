// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// First stage of reading a Charon configuration: turns raw bytes into numbered logical lines
// with comments removed, surviving what real files contain: a UTF-8 byte-order mark, CRLF line
// ends, tabs, '#' inside quoted strings (kept), unterminated quotes (flagged), Latin-1 bytes.
// Refuses, with one clear issue, what is not a configuration: oversized or binary data.

#include "core/domain/configsummary.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace charon::core {

struct ConfigLine
{
    int number = 0; // 1-based line in the file
    QString text; // without comment, trimmed; never empty
    int openQuoteColumn = 0; // 1-based column of a quote left open at the line end, 0 if none
};

class ConfigLineReader
{
public:
    struct Result
    {
        QList<ConfigLine> lines;
        QList<ConfigIssue> issues;
        bool fatal = false; // nothing to parse: the issues say why
    };

    static constexpr int MaxLineLength = 16 * 1024;

    static Result read(const QByteArray &bytes, const QString &fileName, qint64 maxBytes);
};

} // namespace charon::core
