// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/units/unitdocument.h"

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

bool isComment(const QString &line)
{
    const QString t = line.trimmed();
    return t.startsWith(u'#') || t.startsWith(u';');
}

// systemd's rule: a line continues when it ends in an unpaired backslash.
bool endsEscaped(const QString &line)
{
    bool escaped = false;
    for (const QChar c : line)
        escaped = escaped ? false : c == u'\\';
    return escaped;
}

} // namespace

UnitDocument::UnitDocument(const QString &text)
{
    QStringList physical = text.split(u'\n');
    if (!physical.isEmpty() && physical.last().isEmpty())
        physical.removeLast();
    QString section;
    for (qsizetype i = 0; i < physical.size(); ++i) {
        Line line;
        QString raw = physical.at(i);
        if (raw.endsWith(u'\r'))
            raw.chop(1);
        line.raw = raw;
        if (isComment(raw) || raw.trimmed().isEmpty()) {
            line.section = section;
            m_lines << line;
            continue;
        }
        // Join continuation lines; comment lines inside a continuation are skipped by systemd.
        QString logical = raw;
        bool continued = endsEscaped(logical);
        while (continued && i + 1 < physical.size()) {
            if (endsEscaped(logical)) {
                logical.chop(1);
                logical += u' ';
            }
            QString next = physical.at(++i);
            if (next.endsWith(u'\r'))
                next.chop(1);
            line.raw += u'\n' + next;
            if (isComment(next))
                continue;
            logical += next;
            continued = endsEscaped(logical);
        }
        const QString t = logical.trimmed();
        if (t.startsWith(u'[') && t.endsWith(u']')) {
            section = t.mid(1, t.size() - 2);
            line.header = true;
        } else if (const qsizetype eq = t.indexOf(u'='); eq > 0) {
            line.key = t.left(eq).trimmed();
            line.value = t.mid(eq + 1).trimmed();
        }
        line.section = section;
        m_lines << line;
    }
}

QString UnitDocument::toString() const
{
    QString out;
    for (const Line &line : m_lines)
        out += line.raw + u'\n';
    return out;
}

QStringList UnitDocument::values(const QString &section, const QString &key) const
{
    QStringList out;
    for (const Line &line : m_lines) {
        if (!line.header && line.section == section && line.key == key)
            out << line.value;
    }
    return out;
}

QString UnitDocument::value(
    const QString &section, const QString &key, const QString &fallback) const
{
    const QStringList all = values(section, key);
    return all.isEmpty() ? fallback : all.last();
}

bool UnitDocument::contains(const QString &section, const QString &key) const
{
    return !values(section, key).isEmpty();
}

QStringList UnitDocument::effectiveList(const QStringList &assignments)
{
    const qsizetype reset = assignments.lastIndexOf(QString());
    return reset < 0 ? assignments : assignments.mid(reset + 1);
}

qsizetype UnitDocument::insertionPoint(const QString &section)
{
    // After the last non-blank line of the section's last occurrence.
    qsizetype headerAt = -1;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).header && m_lines.at(i).section == section)
            headerAt = i;
    }
    if (headerAt < 0) {
        if (!m_lines.isEmpty() && !m_lines.last().raw.trimmed().isEmpty())
            m_lines << Line { QString(), m_lines.last().section, {}, {}, false };
        m_lines << Line { u"["_s + section + u"]"_s, section, {}, {}, true };
        return m_lines.size();
    }
    qsizetype at = headerAt + 1;
    for (qsizetype i = headerAt + 1; i < m_lines.size() && !m_lines.at(i).header; ++i) {
        if (!m_lines.at(i).raw.trimmed().isEmpty() && !isComment(m_lines.at(i).raw))
            at = i + 1;
    }
    return at;
}

void UnitDocument::appendValue(const QString &section, const QString &key, const QString &value)
{
    qsizetype at = -1;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const Line &line = m_lines.at(i);
        if (!line.header && line.section == section && line.key == key)
            at = i + 1;
    }
    if (at < 0)
        at = insertionPoint(section);
    m_lines.insert(at, Line { key + u'=' + value, section, key, value, false });
}

void UnitDocument::setValues(const QString &section, const QString &key, const QStringList &values)
{
    QList<Line> old;
    qsizetype at = -1;
    for (qsizetype i = 0; i < m_lines.size();) {
        const Line &line = m_lines.at(i);
        if (!line.header && line.section == section && line.key == key) {
            if (at < 0)
                at = i;
            old << line;
            m_lines.removeAt(i);
        } else {
            ++i;
        }
    }
    if (values.isEmpty())
        return;
    if (at < 0)
        at = insertionPoint(section);
    QList<Line> fresh;
    for (qsizetype v = 0; v < values.size(); ++v) {
        Line line { key + u'=' + values.at(v), section, key, values.at(v), false };
        if (v < old.size() && old.at(v).value == values.at(v))
            line.raw = old.at(v).raw;
        fresh << line;
    }
    for (qsizetype v = fresh.size() - 1; v >= 0; --v)
        m_lines.insert(at, fresh.at(v));
}

QString MergedUnitDocument::scalar(const QString &section, const QString &key) const
{
    QString value;
    for (const UnitDocument &doc : m_docs) {
        if (doc.contains(section, key))
            value = doc.value(section, key);
    }
    return value;
}

QStringList MergedUnitDocument::list(const QString &section, const QString &key) const
{
    QStringList all;
    for (const UnitDocument &doc : m_docs)
        all += doc.values(section, key);
    return UnitDocument::effectiveList(all);
}

} // namespace charon::core
