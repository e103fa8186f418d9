// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/journal/logline.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace charon::core {

LogLine LogLine::notice(const QString &text, int priority)
{
    LogLine line;
    line.time = QDateTime::currentDateTime();
    line.priority = priority;
    line.kind = Kind::Notice;
    line.text = text;
    return line;
}

int LogLine::emulatorPriority(const QString &line)
{
    // Charon: `20260101:120000.000000:WARN :1:...`; Charon-SSP: `ERROR License ...`; some
    // tools: `err:...`. The level is a word of its own near the start of the line.
    static const QRegularExpression level(
        u"^(?:\\S*?:)?\\s*(FATAL|CRIT(?:ICAL)?|ERR(?:OR)?|WARN(?:ING)?|NOTICE|INFO|DEBUG)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString head = line.left(80);
    QRegularExpressionMatch match = level.match(head);
    if (!match.hasMatch()) {
        // After a timestamp: `YYYYMMDD:HHMMSS.uuuuuu:LEVEL`.
        static const QRegularExpression stamped(
            u"^\\d{8}:\\d{6}(?:\\.\\d+)?:\\s*(FATAL|CRIT(?:ICAL)?|ERR(?:OR)?|WARN(?:ING)?|NOTICE|INFO|DEBUG)\\b"_s,
            QRegularExpression::CaseInsensitiveOption);
        match = stamped.match(head);
    }
    if (!match.hasMatch())
        return Info;
    const QString word = match.captured(1).toUpper();
    if (word == u"FATAL"_s || word.startsWith(u"CRIT"_s))
        return Critical;
    if (word.startsWith(u"ERR"_s))
        return Error;
    if (word.startsWith(u"WARN"_s))
        return Warning;
    if (word == u"NOTICE"_s)
        return Notice;
    if (word == u"DEBUG"_s)
        return Debug;
    return Info;
}

QString LogLine::fromRaw(const QByteArray &bytes, bool *binary)
{
    qsizetype control = 0;
    bool nul = false;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0)
            nul = true;
        if (u < 0x20 && c != '\t')
            ++control;
    }
    const bool isBinary = nul || (bytes.size() >= 8 && control * 4 > bytes.size());
    if (binary)
        *binary = isBinary;
    if (isBinary)
        return tr("[binary data, %n bytes]", nullptr, int(bytes.size()));
    QString text = QString::fromUtf8(bytes);
    const qsizetype invalid = text.count(QChar::ReplacementCharacter);
    if (text.size() >= 8 && invalid * 4 > text.size()) {
        if (binary)
            *binary = true;
        return tr("[binary data, %n bytes]", nullptr, int(bytes.size()));
    }
    if (control > 0) {
        for (QChar &ch : text) {
            if (ch.unicode() < 0x20 && ch != u'\t')
                ch = QChar::ReplacementCharacter;
        }
    }
    return text;
}

QString LogLine::priorityName(int priority)
{
    switch (priority) {
    case Emergency:
        return tr("emergency");
    case Alert:
        return tr("alert");
    case Critical:
        return tr("critical");
    case Error:
        return tr("error");
    case Warning:
        return tr("warning");
    case Notice:
        return tr("notice");
    case Debug:
        return tr("debug");
    default:
        return tr("info");
    }
}

} // namespace charon::core
