// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The quoting rules of systemd unit files (systemd.syntax(7), systemd.service(5) "Command
// lines"), both ways, so any path or argument reaches the emulator byte-exact and never a shell.
// Order matters and mirrors systemd: a whole value is specifier-expanded first (`%%` -> `%`),
// then split into words (quotes, C escapes), then, at exec time, every argument but the
// executable path gets `$` substitution (`$$` -> `$`). Checked against a real systemd 252: the
// executable path (first word) is NOT `$`-expanded, so it must not be doubled.

#include <QString>
#include <QStringList>

#include <optional>

namespace charon::core {

// One command of an Exec*= line: its prefix characters ("-", "@", ":", "+", "!", "!!") and argv.
struct ExecLine
{
    QString prefixes;
    QStringList argv;
    friend bool operator==(const ExecLine &, const ExecLine &) = default;
};

// `%` -> `%%`: the form of a literal text in any value systemd expands specifiers in.
QString escapeSpecifiers(const QString &text);
// `%%` -> `%`. Other specifiers (%h, %n, ...) are kept as written: the reader reports what the
// file says, it does not resolve what an administrator wrote.
QString unescapeSpecifiers(const QString &text);

// The value of an Exec*= setting that runs argv[0] with exactly argv[1..] (argv[0] absolute).
// Every word is double-quoted; control characters become C escapes; non-ASCII stays UTF-8.
QString formatExecLine(const QStringList &argv);
// The reverse, following systemd's word splitting. Only the first command of a line is
// returned (a lone `;` separates commands). nullopt with *error on a syntax error.
std::optional<ExecLine> parseExecLine(const QString &value, QString *error = nullptr);

// Whether `path` can be written as a plain path value (WorkingDirectory=): systemd strips the
// value's surrounding whitespace and has no escapes there, so control characters, trailing
// whitespace and a trailing unpaired backslash (a line continuation) cannot survive. Sets *why when
// not.
bool isRepresentablePathValue(const QString &path, QString *why = nullptr);

// Whether `path` may be the executable of an Exec*= line. systemd refuses ("Executable name
// contains special characters") any path with a quote, a backslash or a control character,
// however it is quoted, so such a path must be refused before a unit is written. Sets *why.
bool isAcceptableExecutablePath(const QString &path, QString *why = nullptr);

// A systemd time span in seconds: "90" -> 90, "2min 30s" -> 150, "infinity" -> 0 (no limit);
// -1 when empty or unparsable.
int parseTimeSpanSec(const QString &text);

} // namespace charon::core
