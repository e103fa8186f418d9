// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// LogView over a real emulator log file (offscreen): it keeps at most its cap of lines,
// follows what is written, reads older lines again when scrolled to the top (and then stops
// following, counting what it misses, until Jump to Now), and filters by severity and search.

#include "core/journal/emulatorlogfeed.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"
#include "ui/logs/logfilterproxy.h"
#include "ui/logs/logmodel.h"
#include "ui/logs/logview.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;
using charon::test::appendToFile;
using charon::test::writeFile;
using charon::ui::LogModel;
using charon::ui::LogView;

namespace {
QByteArray numbered(int from, int to)
{
    QByteArray out;
    for (int i = from; i <= to; ++i) {
        const char *level = i % 100 == 0 ? "ERROR" : i % 10 == 0 ? "WARN " : "INFO ";
        out += "20261129:100000.000000:" + QByteArray(level) + ":0:00000001:x.cxx(1): line "
            + QByteArray::number(i) + '\n';
    }
    return out;
}

QString lastText(const LogModel *model)
{
    return model->line(model->rowCount() - 1).text;
}
} // namespace

class TestLogView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capsFollowsAndReadsBack();
    void filtersBySeverityAndSearch();
};

void TestLogView::capsFollowsAndReadsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"guest.log"_s);
    QVERIFY(writeFile(path, numbered(1, 1000)));
    EmulatorLogFeed feed({ path, {}, {} });
    LogView view(&feed, 100);
    view.resize(800, 400);
    view.show();
    QSignalSpy reset(&feed, &LogFeed::reset);
    view.start();
    QVERIFY(reset.wait(5000));

    // Then the newest 100 lines are kept, and the view is at the bottom
    LogModel *model = view.model();
    QCOMPARE(model->rowCount(), 100);
    QVERIFY(model->line(0).text.endsWith(u"line 901"_s));
    QVERIFY(lastText(model).endsWith(u"line 1000"_s));
    QVERIFY(model->isFollowing());

    // When a line is written, it appears at the bottom and the oldest leaves
    QSignalSpy appended(&feed, &LogFeed::appended);
    QVERIFY(appendToFile(path, numbered(1001, 1001)));
    QVERIFY(appended.wait(5000));
    QCOMPARE(model->rowCount(), 100);
    QVERIFY(lastText(model).endsWith(u"line 1001"_s));
    QVERIFY(model->line(0).text.endsWith(u"line 902"_s));
    QScrollBar *bar = view.list()->verticalScrollBar();
    QTRY_COMPARE(bar->value(), bar->maximum());

    // When the user scrolls to the top, older lines are read again from the file
    QSignalSpy older(&view, &LogView::olderArrived);
    bar->setValue(bar->minimum());
    QVERIFY(older.wait(5000));
    QCOMPARE(older.at(0).at(0).toInt(), 50); // half the cap per read
    QCOMPARE(model->rowCount(), 100); // never more than the cap
    QVERIFY2(model->line(0).text.endsWith(u"line 852"_s), qPrintable(model->line(0).text));
    QVERIFY(model->line(49).text.endsWith(u"line 901"_s));
    QVERIFY(model->line(50).text.endsWith(u"line 902"_s));
    // ... the newest left, so following stops and new lines are counted, not kept
    QVERIFY(!model->isFollowing());
    QVERIFY(appendToFile(path, numbered(1002, 1003)));
    QTRY_COMPARE(model->missed(), 2);
    QVERIFY2(view.statusText().contains(u"2 newer line"_s), qPrintable(view.statusText()));

    // When Jump to Now is pressed, the newest lines are read again and followed
    reset.clear();
    QTest::mouseClick(view.jumpButton(), Qt::LeftButton);
    QVERIFY(reset.wait(5000));
    QVERIFY(model->isFollowing());
    QCOMPARE(model->rowCount(), 100);
    QVERIFY(lastText(model).endsWith(u"line 1003"_s));
    QTRY_COMPARE(bar->value(), bar->maximum());
}

void TestLogView::filtersBySeverityAndSearch()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"guest.log"_s);
    QVERIFY(writeFile(path, numbered(1, 300)));
    EmulatorLogFeed feed({ path, {}, {} });
    LogView view(&feed, 5000);
    view.show();
    QSignalSpy reset(&feed, &LogFeed::reset);
    view.start();
    QVERIFY(reset.wait(5000));
    QCOMPARE(view.visibleTexts().size(), 300);

    // Errors only: lines 100, 200, 300
    view.severityBox()->setCurrentIndex(view.severityBox()->findData(int(LogLine::Error)));
    QStringList shown = view.visibleTexts();
    QCOMPARE(shown.size(), 3);
    QVERIFY(shown.at(0).endsWith(u"line 100"_s));
    // Warnings and errors: every tenth line
    view.severityBox()->setCurrentIndex(view.severityBox()->findData(int(LogLine::Warning)));
    QCOMPARE(view.visibleTexts().size(), 30);
    // A line written live is filtered too
    QSignalSpy appended(&feed, &LogFeed::appended);
    QVERIFY(appendToFile(path, numbered(301, 310)));
    QVERIFY(appended.wait(5000));
    QTRY_COMPARE(view.visibleTexts().size(), 31);

    // Search, case-insensitive, on top of the level
    QTest::keyClicks(view.searchEdit(), u"LINE 25"_s);
    shown = view.visibleTexts();
    QCOMPARE(shown.size(), 1);
    QVERIFY(shown.at(0).endsWith(u"line 250"_s));
    view.severityBox()->setCurrentIndex(0);
    QCOMPARE(view.visibleTexts().size(), 11); // 25, 250..259
    view.searchEdit()->clear();
    QCOMPARE(view.visibleTexts().size(), 310);
}

CHARON_TEST_MAIN(TestLogView)
#include "tst_logview.moc"
