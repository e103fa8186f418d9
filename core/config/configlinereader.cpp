// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/config/configlinereader.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charon::core::ConfigLineReader", text);
}

// Cuts the comment ('#' outside double quotes) and notes a quote left open.
ConfigLine cleanLine(QStringView raw, int number)
{
    ConfigLine line;
    line.number = number;
    bool inQuote = false;
    qsizetype quoteStart = -1;
    qsizetype end = raw.size();
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c == u'"') {
            inQuote = !inQuote;
            quoteStart = i;
        } else if (c == u'#' && !inQuote) {
            end = i;
            break;
        }
    }
    if (inQuote)
        line.openQuoteColumn = int(quoteStart + 1);
    line.text = raw.left(end).trimmed().toString();
    return line;
}

} // namespace

ConfigLineReader::Result ConfigLineReader::read(
    const QByteArray &bytes, const QString &fileName, qint64 maxBytes)
{
    Result result;
    auto fatal = [&](const QString &message) {
        result.issues.append({ ConfigIssue::Severity::Error, fileName, 0, message });
        result.fatal = true;
        return result;
    };
    if (bytes.size() > maxBytes) {
        return fatal(
            tr("larger than %1 KiB: not a Charon configuration file").arg(maxBytes / 1024));
    }
    if (bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff"))
        return fatal(tr("encoded as UTF-16: save it as UTF-8 or ASCII"));
    if (bytes.contains('\0'))
        return fatal(tr("contains NUL bytes: a binary file, not a Charon configuration"));

    QByteArrayView body(bytes);
    if (body.startsWith("\xef\xbb\xbf"))
        body = body.sliced(3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(body);
    if (utf8.hasError()) {
        text = QString::fromLatin1(body);
        result.issues.append(
            { ConfigIssue::Severity::Info, fileName, 0, tr("not valid UTF-8: read as Latin-1") });
    }

    int number = 0;
    for (QStringView raw : QStringView(text).split(u'\n')) {
        ++number;
        if (raw.endsWith(u'\r'))
            raw.chop(1);
        if (raw.size() > MaxLineLength) {
            result.issues.append({ ConfigIssue::Severity::Error, fileName, number,
                tr("line longer than %1 characters: ignored").arg(MaxLineLength) });
            continue;
        }
        ConfigLine line = cleanLine(raw, number);
        if (!line.text.isEmpty())
            result.lines.append(std::move(line));
    }
    return result;
}

} // namespace charon::core
