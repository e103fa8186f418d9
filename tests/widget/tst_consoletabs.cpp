// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The console tabs of the main window against the real charon-guest-sim (started directly):
// opening a guest's console twice focuses the first, Enter and a double click on a guest row
// open it, a halt-key warning comes before any connection and is remembered for the session,
// a detached console keeps its session and comes back, a live session is not closed unasked.

#include "core/guests/gueststore.h"
#include "tests/harness/consoletabhelpers.h"
#include "tests/harness/simprocess.h"
#include "tests/harness/testmain.h"
#include "ui/console/consolestatusbar.h"
#include "ui/console/consoletab.h"
#include "ui/console/consoletabs.h"
#include "ui/console/consolewarningstrip.h"
#include "ui/console/consolewindow.h"
#include "ui/table/guestfilterproxy.h"
#include "ui/table/guesttablemodel.h"
#include "ui/table/guesttableview.h"
#include "ui/terminal/terminalview.h"
#include "ui/window/mainwindow.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;
using charon::test::screenText;
using charon::test::SimProcess;
using charon::ui::ConsoleTab;
using charon::ui::ConsoleTabs;
using Status = ConsoleLink::Status;

namespace {
Guest guestOn(const QString &name, int port, const QString &breakOn = {})
{
    Guest guest;
    guest.name = name;
    guest.unit = unitNameForGuest(name);
    guest.config.consolePort = port;
    guest.config.breakOn = breakOn;
    guest.derived.state = GuestState::Active;
    return guest;
}
} // namespace

class TestConsoleTabs : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuestStore> m_store;
    std::unique_ptr<ConsoleTabs> m_tabs;
    QStringList m_questions;
    bool m_answer = true;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_store = std::make_unique<GuestStore>();
        m_tabs = std::make_unique<ConsoleTabs>(m_store.get());
        m_questions.clear();
        m_answer = true;
        m_tabs->setConfirmation([this](const QString &, const QString &question, const QString &) {
            m_questions << question;
            return m_answer;
        });
        m_tabs->resize(800, 500);
        m_tabs->show();
    }
    void cleanup()
    {
        m_tabs.reset();
        m_store.reset();
    }

    void openingTwiceFocusesTheOpenConsole()
    {
        SimProcess sim;
        QVERIFY(sim.startHpux());
        m_store->upsert(guestOn(u"a"_s, sim.port));
        m_store->upsert(guestOn(u"b"_s, charon::test::freeTcpPort()));
        // Given a's console open, When it is asked for again
        ConsoleTab *a = m_tabs->openConsole(u"a"_s);
        QTRY_COMPARE_WITH_TIMEOUT(a->link()->status(), Status::Connected, 10000);
        m_tabs->openConsole(u"b"_s);
        QCOMPARE(m_tabs->currentWidget(), m_tabs->console(u"b"_s));
        // Then the same tab comes forward: no second tab, no second connection
        QCOMPARE(m_tabs->openConsole(u"a"_s), a);
        QCOMPARE(m_tabs->count(), 2);
        QCOMPARE(m_tabs->currentWidget(), a);
        QTest::qWait(300); // not synchronisation: a window in which a second dial would show
        QCOMPARE(sim.count("console connected"), 1);
        QCOMPARE(sim.count("console refused"), 0);
    }

    void haltWarningComesBeforeConnectingAndIsRemembered()
    {
        // Given an OpenVMS guest whose configuration makes Ctrl-P halt it
        SimProcess sim;
        QVERIFY(sim.startOpenvms({}, "set OPA0 break_on=\"Ctrl-P\"\n"));
        m_store->upsert(guestOn(u"vms"_s, sim.port, u"Ctrl-P"_s));
        // When its console opens
        ConsoleTab *tab = m_tabs->openConsole(u"vms"_s);
        // Then a warning strip says what Ctrl-P does, and nothing connects meanwhile
        QVERIFY(tab->warningStrip()->isVisible());
        QVERIFY2(tab->warningStrip()->text().contains(u"Ctrl-P halts the guest (break_on)"_s),
            qPrintable(tab->warningStrip()->text()));
        QVERIFY(tab->statusBar()->stateText().contains(u"warning"_s));
        QTest::qWait(1000); // not synchronisation: a window in which a dial would show
        QCOMPARE(sim.count("console connected"), 0);
        // When the admin connects anyway
        tab->warningStrip()->connectButton()->click();
        QVERIFY(!tab->warningStrip()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(tab->link()->status(), Status::Connected, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(screenText(tab).contains(u"Username:"_s), 15000);
        // Then the warning was real: Ctrl-P halts the guest into the firmware
        QTest::keyClick(tab->view(), Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(screenText(tab).contains(u">>>"_s), 10000);
        // And once closed and opened again, the answer is remembered for this session
        QVERIFY(m_tabs->closeConsole(tab));
        QVERIFY(m_tabs->isHaltWarningAccepted(u"vms"_s));
        ConsoleTab *again = m_tabs->openConsole(u"vms"_s);
        QVERIFY(again != nullptr);
        QVERIFY(!again->isWaitingForWarning());
        QTRY_COMPARE_WITH_TIMEOUT(again->link()->status(), Status::Connected, 10000);
    }

    void detachedConsoleKeepsItsSessionAndComesBack()
    {
        SimProcess sim;
        QVERIFY(sim.startHpux());
        m_store->upsert(guestOn(u"a"_s, sim.port));
        ConsoleTab *tab = m_tabs->openConsole(u"a"_s);
        QTRY_VERIFY_WITH_TIMEOUT(screenText(tab).contains(u"Console Login:"_s), 15000);
        // When it is detached
        tab->detachAction()->trigger();
        // Then it lives in its own window, on the same connection
        auto *window = m_tabs->windowOf(tab);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(m_tabs->count(), 0);
        QVERIFY(tab->isDetached());
        QCOMPARE(tab->detachAction()->text(), u"Attach"_s);
        QVERIFY(window->windowTitle().startsWith(u"a — Console"_s));
        QTest::keyClicks(tab->view(), u"operator"_s);
        QTest::keyClick(tab->view(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(screenText(tab).contains(u"Password:"_s), 10000);
        // When opened again from the guest list, Then the window comes forward, no new tab
        QCOMPARE(m_tabs->openConsole(u"a"_s), tab);
        QCOMPARE(m_tabs->count(), 0);
        // When attached again, Then it is a tab once more, still the same session
        tab->detachAction()->trigger();
        QCOMPARE(m_tabs->count(), 1);
        QCOMPARE(m_tabs->windowOf(tab), nullptr);
        QVERIFY(!tab->isDetached());
        QCOMPARE(tab->link()->status(), Status::Connected);
        QCOMPARE(sim.count("console connected"), 1);
        // And closing the detached window of a live session asks first
        tab->detachAction()->trigger();
        m_answer = false;
        m_tabs->windowOf(tab)->close();
        QCOMPARE(m_questions.size(), 1);
        QVERIFY(m_tabs->windowOf(tab));
        m_answer = true;
        m_tabs->windowOf(tab)->close();
        QVERIFY(m_tabs->consoles().isEmpty());
    }

    void liveSessionIsNotClosedUnasked()
    {
        SimProcess sim;
        QVERIFY(sim.startHpux());
        m_store->upsert(guestOn(u"a"_s, sim.port));
        ConsoleTab *tab = m_tabs->openConsole(u"a"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tab->link()->status(), Status::Connected, 10000);
        // When the tab's close button is pressed and the admin says no
        m_answer = false;
        Q_EMIT m_tabs->tabCloseRequested(0);
        // Then the question named the guest and the session stays
        QCOMPARE(m_questions.size(), 1);
        QVERIFY(m_questions.first().startsWith(u"Close the console of a?"_s));
        QCOMPARE(m_tabs->count(), 1);
        QCOMPARE(tab->link()->status(), Status::Connected);
        // When the answer is yes, Then it closes
        m_answer = true;
        Q_EMIT m_tabs->tabCloseRequested(0);
        QCOMPARE(m_tabs->count(), 0);
        QVERIFY(m_tabs->consoles().isEmpty());
    }

    void enterOrDoubleClickOnAGuestRowOpensItsConsole()
    {
        SimProcess sim;
        QVERIFY(sim.startHpux());
        GuestStore store;
        store.upsert(guestOn(u"a"_s, sim.port));
        charon::ui::MainWindow window(&store);
        window.consoles()->setConfirmation(
            [this](const QString &, const QString &question, const QString &) {
                m_questions << question;
                return m_answer;
            });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.consoles()->isVisible());
        // When Enter is pressed on the guest's row
        QVERIFY(window.selectGuest(u"a"_s));
        window.guestView()->setFocus();
        QTest::keyClick(window.guestView(), Qt::Key_Return);
        QCOMPARE(window.focusWidget(), window.consoles()->console(u"a"_s)->view());
        window.guestView()->setFocus();
        // Then its console tab opens below the guests and connects
        QCOMPARE(window.consoles()->count(), 1);
        QVERIFY(window.consoles()->isVisible());
        ConsoleTab *tab = window.consoles()->console(u"a"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tab->link()->status(), Status::Connected, 10000);
        // When the row is double-clicked, Then the same console is focused
        const QModelIndex index = window.filterProxy()->mapFromSource(
            window.tableModel()->index(store.rowOf(u"a"_s), 0));
        const QPoint pos = window.guestView()->visualRect(index).center();
        QSignalSpy activated(window.guestView(), &QAbstractItemView::activated);
        // (QTest::mouseDClick sends the double-click event alone; a mouse sends press,
        // release, double-click, release)
        QWidget *viewport = window.guestView()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, pos);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, pos);
        QTest::mouseDClick(viewport, Qt::LeftButton, {}, pos);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, pos);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(window.consoles()->count(), 1);
        QTRY_COMPARE(window.focusWidget(), tab->view());
        // When the main window closes while the session is live, Then it asks; no keeps it
        m_answer = false;
        QVERIFY(!window.close());
        QCOMPARE(m_questions.size(), 1);
        QVERIFY(m_questions.first().contains(u"(a)"_s));
        m_answer = true;
        QVERIFY(window.close());
        QVERIFY(window.consoles()->consoles().isEmpty());
    }
};

CHARON_TEST_MAIN(TestConsoleTabs)
#include "tst_consoletabs.moc"
