// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Golden files: a command's output compared with a checked-in expected file, so that any change
// of output shows as a diff in review. Before the comparison, what varies between runs and
// machines (and nothing else) is replaced by tokens: registered paths (<DIR>, <BASE>, ...),
// registered numbers (<PORT1>, ...), time stamps (<TIME>), PIDs (<PID>) and the host header of
// `charon-vm list` (<HOST>, <CPUS>, <MEM>). With CHARON_GOLDEN_UPDATE=1 in the environment the
// actual output is written over the expected file instead (see tests/golden/README.md).

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QTemporaryDir>

#include <algorithm>

namespace charon::test {

class GoldenFile
{
public:
    static bool updateRequested()
    {
        return qEnvironmentVariableIntValue("CHARON_GOLDEN_UPDATE") == 1;
    }

    // `path` (and its canonical form) becomes `token` wherever it occurs. Longer paths are
    // replaced first, so a path inside another one keeps the outer token.
    void addPath(const QString &path, const QString &token)
    {
        if (path.isEmpty())
            return;
        m_paths << qMakePair(QDir::cleanPath(path), token);
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (!canonical.isEmpty() && canonical != QDir::cleanPath(path))
            m_paths << qMakePair(canonical, token);
        std::sort(m_paths.begin(), m_paths.end(),
            [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    }
    // The whole number `value` (not part of a longer one) becomes `token`.
    void addNumber(qint64 value, const QString &token) { m_numbers << qMakePair(value, token); }

    // The normalised text; *problem says why it could not be normalised ("" when it could).
    QString normalise(const QString &text, QString *problem) const
    {
        using namespace Qt::StringLiterals;
        problem->clear();
        QString out = text;
        for (const auto &[path, token] : m_paths)
            out.replace(path, token);
        static const QRegularExpression time(
            u"\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?"_s);
        out.replace(time, u"<TIME>"_s);
        // PIDs: a JSON member whose key ends in "pid", or a "PID:" label.
        static const QRegularExpression jsonPid(u"(\"\\w*[Pp]id\": )\\d+"_s);
        out.replace(jsonPid, u"\\1<PID>"_s);
        static const QRegularExpression labelPid(
            u"^((?:Main )?PID:\\s*)\\d+"_s, QRegularExpression::MultilineOption);
        out.replace(labelPid, u"\\1<PID>"_s);
        for (const auto &[value, token] : m_numbers) {
            const QRegularExpression number(u"(?<![\\w.])%1(?![\\w.])"_s.arg(value));
            out.replace(number, token);
        }
        // `list`'s first line: the host's name, boot time, CPUs and memory.
        if (out.startsWith(u"Host "_s)) {
            static const QRegularExpression header(
                u"^Host .*, up since (?:<TIME>|-), (?:\\d+|-) CPUs, memory .* available of .*$"_s,
                QRegularExpression::MultilineOption);
            const QRegularExpressionMatch m = header.match(out);
            if (!m.hasMatch() || m.capturedStart() != 0)
                *problem = u"the host header of `list` changed its format: teach "
                           "tests/integration/goldenfile.h to normalise it"_s;
            else
                out.replace(0, m.capturedLength(),
                    u"Host <HOST>, up since <TIME>, <CPUS> CPUs, memory <MEM> available of <MEM>"_s);
        }
        return out;
    }

    // "" when the file at `expectedPath` holds exactly `actual`; otherwise a unified diff
    // (diff -u, argv only) or, without diff, both texts.
    static QString difference(const QString &expectedPath, const QString &actual)
    {
        using namespace Qt::StringLiterals;
        QFile file(expectedPath);
        if (!file.open(QIODevice::ReadOnly))
            return u"%1 is missing: create it with CHARON_GOLDEN_UPDATE=1 ctest -R tst_cli_golden"_s
                .arg(expectedPath);
        const QString expected = QString::fromUtf8(file.readAll());
        if (expected == actual)
            return {};
        QTemporaryDir temp;
        const QString actualPath = temp.filePath(QFileInfo(expectedPath).fileName());
        QFile out(actualPath);
        if (!out.open(QIODevice::WriteOnly) || out.write(actual.toUtf8()) < 0)
            return u"--- expected\n%1\n+++ actual\n%2"_s.arg(expected, actual);
        out.close();
        QProcess diff;
        diff.start(u"diff"_s,
            { u"-u"_s, u"--label"_s, u"expected/"_s + QFileInfo(expectedPath).fileName(),
                u"--label"_s, u"actual/"_s + QFileInfo(expectedPath).fileName(), expectedPath,
                actualPath });
        if (!diff.waitForFinished(10000) || diff.exitCode() != 1)
            return u"--- expected\n%1\n+++ actual\n%2"_s.arg(expected, actual);
        return QString::fromUtf8(diff.readAllStandardOutput());
    }

    static bool write(const QString &path, const QString &text)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(text.toUtf8()) == text.toUtf8().size();
    }

private:
    QList<QPair<QString, QString>> m_paths;
    QList<QPair<qint64, QString>> m_numbers;
};

} // namespace charon::test
