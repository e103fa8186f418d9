// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// LineDiff: the unified diff shown before a save, checked against GNU diff -u when present.

#include "core/editing/linediff.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;

class TestLineDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalTextsHaveNoDiff()
    {
        QVERIFY(LineDiff::unified(u"a\nb\n"_s, u"a\nb\n"_s, u"x"_s, u"y"_s).isEmpty());
    }

    void oneChangedLine()
    {
        const QString diff = LineDiff::unified(u"a\nb\nc\n"_s, u"a\nB\nc\n"_s, u"old"_s, u"new"_s);
        QCOMPARE(diff, u"--- old\n+++ new\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n"_s);
    }

    void sameAsGnuDiff_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QStringList many;
        for (int i = 0; i < 40; ++i)
            many << u"line %1"_s.arg(i);
        QStringList changed = many;
        changed[2] = u"changed 2"_s;
        changed.insert(20, u"inserted"_s);
        changed.removeAt(35);
        QTest::addRow("two hunks") << many.join(u'\n') + u'\n' << changed.join(u'\n') + u'\n';
        QTest::addRow("append") << u"a\nb\n"_s << u"a\nb\nc\n"_s;
        QTest::addRow("remove first") << u"a\nb\nc\n"_s << u"b\nc\n"_s;
    }
    void sameAsGnuDiff()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        if (QStandardPaths::findExecutable(u"diff"_s).isEmpty())
            QSKIP("diff is not installed");
        QTemporaryDir dir;
        QVERIFY(charon::test::writeText(dir.filePath(u"a"_s), before));
        QVERIFY(charon::test::writeText(dir.filePath(u"b"_s), after));
        QProcess diff;
        diff.setWorkingDirectory(dir.path());
        diff.start(
            u"diff"_s, { u"-u"_s, u"--label"_s, u"a"_s, u"--label"_s, u"b"_s, u"a"_s, u"b"_s });
        QVERIFY(diff.waitForFinished());
        QCOMPARE(LineDiff::unified(before, after, u"a"_s, u"b"_s),
            QString::fromUtf8(diff.readAllStandardOutput()));
    }
};

CHARON_TEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
