// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/units/unitsyntax.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

QString tr(const char *text)
{
    // lupdate files tr() calls made in free functions under the namespace's name.
    return QCoreApplication::translate("charon::core", text);
}

bool isUnitWhitespace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

QString quoteWord(const QString &word)
{
    QString out;
    out.reserve(word.size() + 2);
    out += u'"';
    for (const QChar c : word) {
        switch (c.unicode()) {
        case '\\':
            out += u"\\\\"_s;
            break;
        case '"':
            out += u"\\\""_s;
            break;
        case '\n':
            out += u"\\n"_s;
            break;
        case '\t':
            out += u"\\t"_s;
            break;
        case '\r':
            out += u"\\r"_s;
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += u"\\x"_s + QString::number(c.unicode(), 16).rightJustified(2, u'0');
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

int hexValue(QChar c)
{
    const ushort u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

// systemd's cunescape_one(): the escape starting after the backslash at text[i]. Appends the
// decoded bytes to *out (systemd works on bytes: "\\xc3\\xbc" is one UTF-8 character) and
// returns the number of characters consumed, 0 when invalid.
int unescapeOne(const QString &text, qsizetype i, QByteArray *out)
{
    if (i >= text.size())
        return 0;
    const QChar c = text.at(i);
    static const QString simple = u"abfnrtvs\\\"'"_s;
    static const QByteArray decoded = QByteArrayLiteral("\a\b\f\n\r\t\v \\\"'");
    if (const qsizetype k = simple.indexOf(c); k >= 0) {
        *out += decoded.at(k);
        return 1;
    }
    const auto digitsAt = [&text](qsizetype from, int count, int base) -> qint64 {
        qint64 value = 0;
        for (int k = 0; k < count; ++k) {
            const int d = from + k < text.size() ? hexValue(text.at(from + k)) : -1;
            if (d < 0 || d >= base)
                return -1;
            value = value * base + d;
        }
        return value;
    };
    if (c == u'x') {
        const qint64 value = digitsAt(i + 1, 2, 16);
        if (value <= 0)
            return 0;
        *out += char(value);
        return 3;
    }
    if (c == u'u' || c == u'U') {
        const int digits = c == u'u' ? 4 : 8;
        const qint64 value = digitsAt(i + 1, digits, 16);
        if (value <= 0 || value > 0x10FFFF)
            return 0;
        const char32_t ucs = char32_t(value);
        *out += QString::fromUcs4(&ucs, 1).toUtf8();
        return digits + 1;
    }
    if (c >= u'0' && c <= u'7') {
        const qint64 value = digitsAt(i, 3, 8);
        if (value <= 0 || value > 0xff)
            return 0;
        *out += char(value);
        return 3;
    }
    return 0;
}

// `$$` -> `$`; `$VAR` and `${VAR}` stay as written (resolved by systemd at exec time).
QString unescapeDollars(const QString &word)
{
    QString out;
    out.reserve(word.size());
    for (qsizetype i = 0; i < word.size(); ++i) {
        out += word.at(i);
        if (word.at(i) == u'$' && i + 1 < word.size() && word.at(i + 1) == u'$')
            ++i;
    }
    return out;
}

} // namespace

QString escapeSpecifiers(const QString &text)
{
    QString out = text;
    return out.replace(u'%', u"%%"_s);
}

QString unescapeSpecifiers(const QString &text)
{
    QString out = text;
    return out.replace(u"%%"_s, u"%"_s);
}

QString formatExecLine(const QStringList &argv)
{
    QStringList words;
    words.reserve(argv.size());
    for (qsizetype i = 0; i < argv.size(); ++i) {
        QString word = argv.at(i);
        if (i > 0)
            word.replace(u'$', u"$$"_s);
        words << escapeSpecifiers(quoteWord(word));
    }
    return words.join(u' ');
}

std::optional<ExecLine> parseExecLine(const QString &value, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<ExecLine> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString text = unescapeSpecifiers(value);
    ExecLine command;
    qsizetype i = 0;
    bool first = true;
    while (true) {
        while (i < text.size() && isUnitWhitespace(text.at(i)))
            ++i;
        if (i >= text.size())
            break;
        // A lone, unquoted ';' separates commands: we report the first one only.
        if (text.at(i) == u';' && (i + 1 == text.size() || isUnitWhitespace(text.at(i + 1))))
            break;
        if (first) {
            while (i < text.size() && u"-@:+!"_s.contains(text.at(i)))
                command.prefixes += text.at(i++);
        }
        QByteArray word;
        QChar quote;
        bool any = false;
        while (i < text.size()) {
            const QChar c = text.at(i);
            if (quote.isNull() && isUnitWhitespace(c))
                break;
            any = true;
            if (c == u'\\') {
                const int used = unescapeOne(text, i + 1, &word);
                if (used == 0)
                    return fail(tr("invalid escape sequence at position %1").arg(i + 1));
                i += 1 + used;
            } else if (!quote.isNull() && c == quote) {
                quote = QChar();
                ++i;
            } else if (quote.isNull() && (c == u'"' || c == u'\'')) {
                quote = c;
                ++i;
            } else {
                // A surrogate pair is one character: convert both halves together.
                const qsizetype n = c.isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
                word += QStringView(text).mid(i, n).toUtf8();
                i += n;
            }
        }
        if (!quote.isNull())
            return fail(tr("unterminated quote"));
        if (!any && !first)
            break;
        // With the ':' prefix systemd does no '$' substitution; the executable path never has it.
        const bool expands = !first && !command.prefixes.contains(u':');
        const QString decoded = QString::fromUtf8(word);
        command.argv << (expands ? unescapeDollars(decoded) : decoded);
        first = false;
    }
    if (command.argv.isEmpty() || command.argv.first().isEmpty())
        return fail(tr("no command"));
    return command;
}

bool isRepresentablePathValue(const QString &path, QString *why)
{
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            if (why)
                *why = tr("it contains a control character");
            return false;
        }
    }
    if (!path.isEmpty() && isUnitWhitespace(path.back())) {
        if (why)
            *why = tr("it ends with whitespace");
        return false;
    }
    // An unpaired trailing backslash would continue the line (systemd.syntax(7)).
    qsizetype backslashes = 0;
    for (qsizetype i = path.size() - 1; i >= 0 && path.at(i) == u'\\'; --i)
        ++backslashes;
    if (backslashes % 2 == 1) {
        if (why)
            *why = tr("it ends with a backslash");
        return false;
    }
    return true;
}

bool isAcceptableExecutablePath(const QString &path, QString *why)
{
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == u'"' || c == u'\'' || c == u'\\') {
            if (why)
                *why = tr("systemd does not accept quotes, backslashes or control characters in "
                          "the path of a program");
            return false;
        }
    }
    return true;
}

int parseTimeSpanSec(const QString &text)
{
    const QString t = text.trimmed();
    if (t == u"infinity"_s)
        return 0;
    static const QRegularExpression part(u"\\s*(\\d+(?:\\.\\d+)?)\\s*([a-zA-Z]*)"_s);
    static const QHash<QString, double> units {
        { u""_s, 1 },
        { u"s"_s, 1 },
        { u"sec"_s, 1 },
        { u"second"_s, 1 },
        { u"seconds"_s, 1 },
        { u"ms"_s, 0.001 },
        { u"msec"_s, 0.001 },
        { u"us"_s, 1e-6 },
        { u"usec"_s, 1e-6 },
        { u"m"_s, 60 },
        { u"min"_s, 60 },
        { u"minute"_s, 60 },
        { u"minutes"_s, 60 },
        { u"h"_s, 3600 },
        { u"hr"_s, 3600 },
        { u"hour"_s, 3600 },
        { u"hours"_s, 3600 },
        { u"d"_s, 86400 },
        { u"day"_s, 86400 },
        { u"days"_s, 86400 },
    };
    if (t.isEmpty())
        return -1;
    double total = 0;
    qsizetype at = 0;
    while (at < t.size()) {
        const auto m = part.match(
            t, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch() || !units.contains(m.captured(2)))
            return -1;
        total += m.captured(1).toDouble() * units.value(m.captured(2));
        at = m.capturedEnd();
    }
    return int(total + 0.5);
}

} // namespace charon::core
