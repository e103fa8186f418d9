// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// MainWindow over a hand-filled GuestStore: it builds with the host in its title, selecting a
// row (by mouse) fills the details pane, the actions' enablement follows the selection's
// states and changes with them, requests carry only the guests they apply to, destructive
// actions ask first, features not yet present stay disabled, and the layout is remembered.

#include "tests/harness/testmain.h"
#include "tests/widget/sampleguests.h"
#include "ui/console/consoletabs.h"
#include "ui/table/guestactions.h"
#include "ui/table/guestfilterproxy.h"
#include "ui/table/guesttablemodel.h"
#include "ui/table/guesttableview.h"
#include "ui/window/guestdetailspane.h"
#include "ui/window/hostheader.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;
using charon::ui::GuestActions;
using charon::ui::MainWindow;
using Row = charon::ui::GuestDetailsPane::Row;

namespace {
QStringList enabledActions(GuestActions *actions)
{
    QStringList names;
    const QList<QPair<QString, QAction *>> all {
        { u"start"_s, actions->start() },
        { u"stop"_s, actions->stop() },
        { u"restart"_s, actions->restart() },
        { u"kill"_s, actions->forceStop() },
        { u"bootOn"_s, actions->autoBootOn() },
        { u"bootOff"_s, actions->autoBootOff() },
        { u"default"_s, actions->setDefault() },
        { u"console"_s, actions->openConsole() },
        { u"edit"_s, actions->editConfig() },
        { u"remove"_s, actions->remove() },
    };
    for (const auto &[name, action] : all) {
        if (action->isEnabled())
            names << name;
    }
    return names;
}

void selectNames(MainWindow &window, const QStringList &names)
{
    auto *view = window.guestView();
    view->clearSelection();
    for (const QString &name : names) {
        const QModelIndex source = window.tableModel()->index(window.store()->rowOf(name), 0);
        const QModelIndex index = window.filterProxy()->mapFromSource(source);
        view->selectionModel()->select(
            index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"charon-tests"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
        QSettings().clear();
    }

    void windowBuilds()
    {
        // The platform appends " — <display name>" to every title (as the app sets it)
        QGuiApplication::setApplicationDisplayName(u"Charon Manager"_s);
        GuestStore store;
        charon::test::fillSampleStore(store);
        MainWindow window(&store);
        window.setHost(u"alpha"_s, u"system"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // So the title names the host only: shown as "alpha (system) — Charon Manager", once
        QCOMPARE(window.windowTitle(), u"alpha (system)"_s);
        QCOMPARE(window.hostHeader()->hostText(), u"alpha (system)"_s);
        QCOMPARE(window.guestView()->model()->rowCount(), 8);
        // No widget per row: the table stays cheap with hundreds of guests
        QVERIFY(window.guestView()->viewport()->findChildren<QWidget *>().isEmpty());
        // Nothing selected: nothing to act on, and the pane says how to get details
        QCOMPARE(enabledActions(window.actions()), QStringList {});
        QVERIFY(window.details()->guestName().isEmpty());
    }

    void clickingARowFillsTheDetailsPane()
    {
        GuestStore store;
        charon::test::fillSampleStore(store);
        MainWindow window(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // When the admin clicks hpux-prod's row
        auto *view = window.guestView();
        const QModelIndex source = window.tableModel()->index(store.rowOf(u"hpux-prod"_s), 1);
        const QRect rect = view->visualRect(window.filterProxy()->mapFromSource(source));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        // Then the pane shows it, with "-" for what is not known
        auto *details = window.details();
        QCOMPARE(details->title(), u"hpux-prod"_s);
        QCOMPARE(details->value(Row::State), u"ACTIVE"_s);
        QCOMPARE(details->value(Row::StopScript), u"Using SSH"_s);
        QCOMPARE(details->value(Row::OomProtection), u"protected from the OOM killer"_s);
        QCOMPARE(details->value(Row::StartTimeout), u"90 s"_s);
        QCOMPARE(details->value(Row::StopTimeout), u"10 min"_s);
        QCOMPARE(details->value(Row::Console), u"10003 (localhost only)"_s);
        QCOMPARE(details->value(Row::Nics), u"EWA0 → enp6s0: OK"_s);
        QCOMPARE(details->value(Row::Model), u"rp4440, 4 CPUs, 16 GB"_s);
        QCOMPARE(details->value(Row::License), u"-"_s);
        QCOMPARE(details->value(Row::PreStart), u"-"_s);
        QCOMPARE(details->value(Row::Stopped), u"-"_s);
        QCOMPARE(details->value(Row::Problems), u"none found"_s);

        // When another guest is selected, its problems are explained in words
        QVERIFY(window.selectGuest(u"tru64-build"_s));
        QCOMPARE(details->title(), u"tru64-build"_s);
        QCOMPARE(details->value(Row::LastResult), u"the emulator was killed by signal SIGSEGV"_s);
        QCOMPARE(details->value(Row::Nics),
            u"EWA → eth1: is still managed by the network configuration tool (it should be "
            "dedicated to the guest); has an IP address (192.168.7.12): a dedicated NIC should "
            "have none"_s);
        QVERIFY(window.selectGuest(u"mpe-finance"_s));
        QVERIFY(details->value(Row::Console).startsWith(u"10005 (listening on 0.0.0.0)\n⚠ "_s));
        QVERIFY(window.selectGuest(u"vms-archive"_s));
        QCOMPARE(details->value(Row::Problems),
            u"/charon/vms-archive.cfg:14: unknown hardware model \"VAX_9000\""_s);
        QCOMPARE(details->value(Row::Model), u"-"_s);

        // And a change to the shown guest appears without reselecting
        store.update(u"vms-archive"_s, [](Guest &g) { g.licenseStatus = u"License key found"_s; });
        QCOMPARE(details->value(Row::License), u"License key found"_s);
        // And removing it empties the pane
        store.remove(u"vms-archive"_s);
        QVERIFY(details->guestName().isEmpty());
    }

    void enablementFollowsSelection_data()
    {
        QTest::addColumn<QStringList>("selection");
        QTest::addColumn<QStringList>("enabled");
        // Remove applies to a running guest too: the confirmation says it is stopped first
        QTest::newRow("active default guest")
            << QStringList { u"hpux-prod"_s }
            << QStringList { u"stop"_s, u"restart"_s, u"kill"_s, u"bootOff"_s, u"console"_s,
                   u"edit"_s, u"remove"_s };
        QTest::newRow("stopped guest")
            << QStringList { u"vax-legacy"_s }
            << QStringList { u"start"_s, u"bootOn"_s, u"default"_s, u"edit"_s, u"remove"_s };
        QTest::newRow("failed guest")
            << QStringList { u"tru64-build"_s }
            << QStringList { u"start"_s, u"bootOff"_s, u"default"_s, u"edit"_s, u"remove"_s };
        QTest::newRow("starting, job in flight")
            << QStringList { u"vms-cluster1"_s }
            << QStringList { u"stop"_s, u"kill"_s, u"default"_s, u"console"_s, u"edit"_s };
        QTest::newRow("stopping: only a power-off is left")
            << QStringList { u"hpux-test"_s } << QStringList { u"kill"_s, u"default"_s, u"edit"_s };
        QTest::newRow("unit missing") << QStringList { u"hp3000-spare"_s }
                                      << QStringList { u"default"_s, u"edit"_s, u"remove"_s };
        QTest::newRow("mixed: each action applies to some")
            << QStringList { u"hpux-prod"_s, u"vax-legacy"_s }
            << QStringList { u"start"_s, u"stop"_s, u"restart"_s, u"kill"_s, u"bootOn"_s,
                   u"bootOff"_s, u"remove"_s };
    }
    void enablementFollowsSelection()
    {
        QFETCH(QStringList, selection);
        QFETCH(QStringList, enabled);
        GuestStore store;
        charon::test::fillSampleStore(store);
        MainWindow window(&store);
        selectNames(window, selection);
        QCOMPARE(window.selectedGuests().size(), selection.size());
        QCOMPARE(enabledActions(window.actions()), enabled);
    }

    void enablementFollowsStateChanges()
    {
        // Given the stopped vax-legacy selected
        GuestStore store;
        charon::test::fillSampleStore(store);
        MainWindow window(&store);
        QVERIFY(window.selectGuest(u"vax-legacy"_s));
        QVERIFY(window.actions()->start()->isEnabled());
        // When systemd reports it running
        store.upsert(charon::test::sampleGuest(u"vax-legacy"_s, u"vax"_s, charon::test::kRunning));
        // Then start is off and stop is on, with no new click
        QVERIFY(!window.actions()->start()->isEnabled());
        QVERIFY(window.actions()->stop()->isEnabled());
    }

    void requestsNameOnlyTheGuestsTheyApplyTo()
    {
        GuestStore store;
        charon::test::fillSampleStore(store);
        MainWindow window(&store);
        QSignalSpy start(window.actions(), &GuestActions::startRequested);
        QSignalSpy stop(window.actions(), &GuestActions::stopRequested);
        selectNames(window, { u"hpux-prod"_s, u"vax-legacy"_s, u"tru64-build"_s });
        window.actions()->start()->trigger();
        window.actions()->stop()->trigger();
        QCOMPARE(start.size(), 1);
        QCOMPARE(
            start.at(0).at(0).toStringList(), (QStringList { u"tru64-build"_s, u"vax-legacy"_s }));
        QCOMPARE(stop.at(0).at(0).toStringList(), QStringList { u"hpux-prod"_s });
    }

    void forceStopAndRemoveAskFirst()
    {
        GuestStore store;
        charon::test::fillSampleStore(store);
        MainWindow window(&store);
        QStringList questions;
        bool answer = false;
        window.actions()->setConfirmation([&](const QString &q) {
            questions << q;
            return answer;
        });
        QSignalSpy kill(window.actions(), &GuestActions::forceStopRequested);
        QSignalSpy remove(window.actions(), &GuestActions::removeRequested);
        QVERIFY(window.selectGuest(u"hpux-prod"_s));
        // When the admin says no, nothing happens
        window.actions()->forceStop()->trigger();
        QCOMPARE(kill.size(), 0);
        QVERIFY(questions.last().contains(u"power-off"_s));
        // When yes, the request goes out
        answer = true;
        window.actions()->forceStop()->trigger();
        QCOMPARE(kill.size(), 1);
        QCOMPARE(kill.at(0).at(0).toStringList(), QStringList { u"hpux-prod"_s });
        // Remove says the configuration stays
        QVERIFY(window.selectGuest(u"vax-legacy"_s));
        window.actions()->remove()->trigger();
        QCOMPARE(remove.size(), 1);
        QVERIFY(questions.last().contains(
            u"configuration files, disks and working directories are kept"_s));
    }

    void consoleActionOpensTheGuestsConsoleTab()
    {
        GuestStore store;
        charon::test::fillSampleStore(store);
        MainWindow window(&store);
        QVERIFY(window.selectGuest(u"hpux-prod"_s));
        QAction *console = window.actions()->openConsole();
        // Console support is part of the window: the action is there for a running guest
        QVERIFY(console->isEnabled());
        // Every editor is part of the window: no placeholder is left (issue 13 item 4)
        QVERIFY(window.actions()->editConfig()->isEnabled());
        QVERIFY(window.actions()->editService()->isEnabled());
        QVERIFY(window.actions()->editStopScript()->isEnabled());
        for (QAction *action : window.actions()->all())
            QVERIFY2(!action->toolTip().contains(u"arrive"_s), qPrintable(action->toolTip()));
        // When it is triggered, Then the request names the guest and its console tab opens
        QSignalSpy requested(&window, &MainWindow::consoleRequested);
        console->trigger();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), u"hpux-prod"_s);
        QCOMPARE(window.consoles()->count(), 1);
        QCOMPARE(window.consoles()->tabText(0), u"hpux-prod"_s);
        // A stopped guest has no console to open
        QVERIFY(window.selectGuest(u"vax-legacy"_s));
        QVERIFY(!console->isEnabled());
    }

    void filterBoxNarrowsTheTable()
    {
        GuestStore store;
        charon::test::fillSampleStore(store);
        MainWindow window(&store);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.shownCountText(), u"8 guests"_s);
        // Ctrl+F reaches the box wherever the toolbar put it (in its overflow on a small screen)
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), window.filterEdit());
        QTest::keyClicks(window.filterEdit(), u"failed"_s);
        QCOMPARE(window.guestView()->model()->rowCount(), 1);
        QCOMPARE(window.shownCountText(), u"1 of 8 guests shown"_s);
        // Escape empties the box and hands the keyboard back to the table
        QTest::keyClick(window.filterEdit(), Qt::Key_Escape);
        QVERIFY(window.filterEdit()->text().isEmpty());
        QCOMPARE(QApplication::focusWidget(), window.guestView());
        QCOMPARE(window.guestView()->model()->rowCount(), 8);
    }

    void columnLayoutIsRemembered()
    {
        GuestStore store;
        charon::test::fillSampleStore(store);
        {
            MainWindow window(&store);
            window.show();
            window.guestView()->header()->resizeSection(
                charon::ui::GuestTableModel::NameColumn, 321);
            window.guestView()->sortByColumn(
                charon::ui::GuestTableModel::MemoryColumn, Qt::DescendingOrder);
            window.close();
        }
        MainWindow again(&store);
        QCOMPARE(
            again.guestView()->header()->sectionSize(charon::ui::GuestTableModel::NameColumn), 321);
        QCOMPARE(again.guestView()->header()->sortIndicatorSection(),
            int(charon::ui::GuestTableModel::MemoryColumn));
        QCOMPARE(again.guestView()->model()->index(0, 1).data().toString(), u"hpux-prod"_s);
        QSettings().clear();
    }

    void threeHundredGuests()
    {
        // Given a big host
        GuestStore store;
        MainWindow window(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int i = 0; i < 300; ++i)
            store.upsert(charon::test::sampleGuest(u"guest-%1"_s.arg(i, 3, 10, QChar(u'0')),
                u"par"_s, i % 7 ? charon::test::kRunning : charon::test::kStopped));
        QCOMPARE(window.guestView()->model()->rowCount(), 300);
        // When one guest changes state, the model announces that one cell
        QSignalSpy changed(window.tableModel(), &QAbstractItemModel::dataChanged);
        store.upsert(charon::test::sampleGuest(u"guest-150"_s, u"par"_s, charon::test::kCrashed));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(),
            int(charon::ui::GuestTableModel::StateColumn));
        QVERIFY(window.guestView()->viewport()->findChildren<QWidget *>().isEmpty());
    }
};

CHARON_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
