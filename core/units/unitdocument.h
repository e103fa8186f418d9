// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A systemd unit file (or drop-in) as an editable document that keeps every line it is not told
// to change: comments, blank lines, keys we do not own, an administrator's Before=/After=.
// The manager reads a unit, changes the keys it owns, and writes the text back, so hand edits
// survive. Parsing follows systemd.syntax(7): `#`/`;` comments, `[Section]` headers, `Key=Value`
// with surrounding whitespace stripped, and a trailing backslash continuing a line.

#include <QList>
#include <QString>
#include <QStringList>

namespace charon::core {

class UnitDocument
{
public:
    explicit UnitDocument(const QString &text = {});

    QString toString() const;
    bool isEmpty() const { return m_lines.isEmpty(); }

    // Every assignment of `key` in `section` (all occurrences of the section), in file order,
    // including empty ones (which reset list settings such as ExecStartPre=).
    QStringList values(const QString &section, const QString &key) const;
    // The last assignment; `fallback` when there is none.
    QString value(const QString &section, const QString &key, const QString &fallback = {}) const;
    bool contains(const QString &section, const QString &key) const;

    // Makes `values` the assignments of `key` in `section`: they take the place of the first
    // existing assignment (others are removed), or go at the end of the section, which is
    // appended when missing. A line whose value does not change keeps its original text.
    // An empty list removes the key.
    void setValues(const QString &section, const QString &key, const QStringList &values);
    void setValue(const QString &section, const QString &key, const QString &value)
    {
        setValues(section, key, QStringList { value });
    }
    void remove(const QString &section, const QString &key) { setValues(section, key, {}); }
    // Adds one more assignment after the key's last one, leaving the others where they are.
    void appendValue(const QString &section, const QString &key, const QString &value);

    // The list a setting really has after empty assignments reset it (systemd's rule).
    static QStringList effectiveList(const QStringList &assignments);

private:
    struct Line
    {
        QString raw; // the text as in the file (several physical lines when continued)
        QString section; // the section it is in ("" before the first header)
        QString key; // "" for comments, blank lines and headers
        QString value;
        bool header = false;
    };
    qsizetype insertionPoint(const QString &section);

    QList<Line> m_lines;
};

// A unit as systemd merges it: the main file, then each drop-in in file-name order. Scalars:
// the last assignment wins (an empty one resets to the default); lists: empty resets.
class MergedUnitDocument
{
public:
    explicit MergedUnitDocument(QList<UnitDocument> docs)
        : m_docs(std::move(docs))
    { }
    QString scalar(const QString &section, const QString &key) const;
    QStringList list(const QString &section, const QString &key) const;

private:
    QList<UnitDocument> m_docs;
};

} // namespace charon::core
