// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// With consoles open below it, the guest table of the real MainWindow keeps a useful height:
// at least five rows however far the splitter is dragged, and the height the admin gave it is
// remembered for the next console and the next session (QSettings).

#include "tests/harness/simprocess.h"
#include "tests/harness/testmain.h"
#include "tests/widget/sampleguests.h"
#include "ui/console/consoletabs.h"
#include "ui/table/guesttableview.h"
#include "ui/window/mainwindow.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;
using charon::ui::MainWindow;

namespace {
QSplitter *consoleSplitter(MainWindow &window)
{
    return window.findChild<QSplitter *>(u"consoleSplitter"_s);
}

// Guest rows the table shows whole.
int visibleRows(MainWindow &window)
{
    auto *view = window.guestView();
    const int row = view->sizeHintForRow(0);
    return row > 0 ? view->viewport()->height() / row : 0;
}
} // namespace

class TestConsoleSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"charon-tests"_s);
        QCoreApplication::setApplicationName(u"tst_consolesplitter"_s);
        QSettings().clear();
    }

    void tableKeepsFiveRowsAndItsHeightIsRemembered()
    {
        GuestStore store;
        charon::test::fillSampleStore(store);
        int remembered = 0;
        {
            MainWindow window(&store);
            window.resize(1000, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // Given a console open below the table
            window.openConsole(u"hpux-prod"_s);
            QVERIFY(window.consoles()->isVisible());
            QSplitter *splitter = consoleSplitter(window);
            QVERIFY(splitter);
            // When the admin drags the splitter all the way up
            splitter->setSizes({ 0, splitter->height() });
            // Then the table still shows five rows
            QTRY_VERIFY2(
                visibleRows(window) >= 5, qPrintable(QString::number(visibleRows(window))));
            // When the admin gives the table 320 px (a splitter move, as with the mouse)
            splitter->setSizes({ 320, splitter->height() - 320 });
            Q_EMIT splitter->splitterMoved(320, 1);
            remembered = splitter->sizes().value(0);
            QVERIFY(std::abs(remembered - 320) <= 2);
            window.consoles()->closeAll();
            QVERIFY(window.close());
        }
        // Then the next session's first console leaves the table that height
        MainWindow again(&store);
        again.resize(1000, 700);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        again.openConsole(u"hpux-prod"_s);
        QTRY_VERIFY(std::abs(consoleSplitter(again)->sizes().value(0) - remembered) <= 4);
    }
};

CHARON_TEST_MAIN(TestConsoleSplitter)
#include "tst_consolesplitter.moc"
