// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The main window opens a guest's logs window from the "Logs and History" action (menu,
// context menu) and from the details pane's link; a second request raises the open window
// instead of opening another; the window has the journal, emulator log and history tabs, and
// says among the lines when there is no journal to read (an empty journal directory here).

#include "tests/harness/testmain.h"
#include "tests/widget/sampleguests.h"
#include "ui/logs/logmodel.h"
#include "ui/logs/logswindow.h"
#include "ui/logs/logswindows.h"
#include "ui/logs/logview.h"
#include "ui/table/guestactions.h"
#include "ui/window/guestdetailspane.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace charon;

class TestLogsWindows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensFromTheActionAndTheDetailsPane()
    {
        // An empty journal directory: "no journal files" must be said in the view.
        QTemporaryDir journal;
        qputenv("CHARON_JOURNAL_DIRECTORY", QFile::encodeName(journal.path()));
        core::GuestStore store;
        test::fillSampleStore(store);
        ui::MainWindow window(&store);
        window.show();
        const QString name = store.names().first();
        QVERIFY(window.selectGuest(name));

        // The action is in the guest menu (and so in the context menu) and enabled for one guest
        QAction *logs = window.actions()->openLogs();
        QVERIFY(logs->isEnabled());
        logs->trigger();
        ui::LogsWindow *opened = window.logsWindows()->window(name);
        QVERIFY(opened);
        QVERIFY(opened->isVisible());
        QCOMPARE(opened->tabs()->count(), 3);
        QTRY_VERIFY(opened->journalView()->model()->rowCount() > 0);
        const QString said = opened->journalView()->model()->line(0).text;
        QVERIFY2(said.contains(u"No journal files"_s), qPrintable(said));

        // The details pane's link asks for the same window, which is raised, not doubled
        QSignalSpy asked(window.details(), &ui::GuestDetailsPane::logsRequested);
        Q_EMIT window.details()->anchorClicked(QUrl(u"charon:logs"_s));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).at(0).toString(), name);
        QCOMPARE(window.logsWindows()->window(name), opened);
        QCOMPARE(window.findChildren<ui::LogsWindow *>().size(), 1);
        qunsetenv("CHARON_JOURNAL_DIRECTORY");
    }
};

CHARON_TEST_MAIN(TestLogsWindows)
#include "tst_logswindows.moc"
