// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// No keyboard trap in the consoles of the real MainWindow: the leaving keys of Konsole and GNOME
// Terminal switch consoles (Ctrl+Shift+PgUp/PgDn, Ctrl+Tab, Ctrl+Shift+Tab, Ctrl+PgUp/PgDn),
// close one (Ctrl+Shift+W, asking when the session is live) and hand the focus back to the
// guest table (Ctrl+Shift+L; F6 cycles table, details, console outside a terminal), while every
// other key still reaches the guest as its bytes (Ctrl+C, Ctrl+P, Ctrl+Q and Ctrl+F although
// the window has shortcuts on them, Tab, F6, Alt+letters); the halt-key warning's "Connect
// anyway" is in the tab order. Keys go through QTest::keyClick, shortcut override included.

#include "tests/harness/consoletabhelpers.h"
#include "tests/harness/simprocess.h"
#include "tests/harness/testmain.h"
#include "ui/console/consoletab.h"
#include "ui/console/consoletabs.h"
#include "ui/console/consolewarningstrip.h"
#include "ui/console/consolewindow.h"
#include "ui/table/guesttableview.h"
#include "ui/terminal/terminalview.h"
#include "ui/window/guestdetailspane.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;
using charon::test::SimProcess;
using charon::ui::ConsoleTab;
using charon::ui::MainWindow;
using charon::ui::TerminalView;
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

// Everything the view sent to the guest since the spy began.
QByteArray sent(const QSignalSpy &spy)
{
    QByteArray bytes;
    for (const QList<QVariant> &args : spy)
        bytes += args.at(0).toByteArray();
    return bytes;
}
} // namespace

class TestConsoleKeys : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuestStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_questions;
    bool m_answer = true;

    ConsoleTab *open(const QString &name)
    {
        m_window->openConsole(name);
        return m_window->consoles()->console(name);
    }
    QWidget *focus() const { return QApplication::focusWidget(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"charon-tests"_s);
        QCoreApplication::setApplicationName(u"tst_consolekeys"_s);
        QSettings().clear();
    }
    void init()
    {
        m_store = std::make_unique<GuestStore>();
        m_window = std::make_unique<MainWindow>(m_store.get());
        m_questions.clear();
        m_answer = true;
        m_window->consoles()->setConfirmation(
            [this](const QString &, const QString &question, const QString &) {
                m_questions << question;
                return m_answer;
            });
        m_window->resize(1200, 800);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup()
    {
        m_answer = true;
        m_window.reset();
        m_store.reset();
    }

    void leavingKeysSwitchConsolesAndReturnToTheTable()
    {
        // Given two consoles open (their guests' ports answer nobody: no session needed)
        m_store->upsert(guestOn(u"a"_s, charon::test::freeTcpPort()));
        m_store->upsert(guestOn(u"b"_s, charon::test::freeTcpPort()));
        QVERIFY(m_window->selectGuest(u"a"_s));
        ConsoleTab *a = open(u"a"_s);
        ConsoleTab *b = open(u"b"_s);
        auto *tabs = m_window->consoles();
        QCOMPARE(tabs->currentWidget(), b);
        QCOMPARE(focus(), b->view());
        QSignalSpy sentA(a->view(), &TerminalView::sendBytes);
        QSignalSpy sentB(b->view(), &TerminalView::sendBytes);
        // When Ctrl+Shift+PgUp / PgDn are pressed, Then the previous / next console has the keys
        QTest::keyClick(focus(), Qt::Key_PageUp, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(tabs->currentWidget(), a);
        QCOMPARE(focus(), a->view());
        QTest::keyClick(focus(), Qt::Key_PageDown, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(tabs->currentWidget(), b);
        QCOMPARE(focus(), b->view());
        // And Ctrl+Tab / Ctrl+Shift+Tab (Backtab) / Ctrl+PgUp go round too
        QTest::keyClick(focus(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(focus(), a->view());
        QTest::keyClick(focus(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(focus(), b->view());
        QTest::keyClick(focus(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(focus(), a->view());
        // When Ctrl+Shift+L is pressed in a console, Then the guest table has the focus
        QTest::keyClick(focus(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(focus(), m_window->guestView());
        // And none of those keys reached a guest
        QCOMPARE(sent(sentA), QByteArray());
        QCOMPARE(sent(sentB), QByteArray());
        // When F6 is pressed from the table, Then the details, then the console, then the table
        QTest::keyClick(focus(), Qt::Key_F6);
        QCOMPARE(focus(), m_window->details());
        QTest::keyClick(focus(), Qt::Key_F6);
        QCOMPARE(focus(), a->view());
        // (in the terminal F6 is the guest's: VT220 F6, ESC [ 1 7 ~)
        QTest::keyClick(focus(), Qt::Key_F6);
        QCOMPARE(focus(), a->view());
        QCOMPARE(sent(sentA), "\x1b[17~"_ba);
        QTest::keyClick(focus(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(focus(), Qt::Key_F6, Qt::ShiftModifier);
        QCOMPARE(focus(), a->view()); // backwards from the table: the console
        // When Ctrl+Shift+W closes a console with no session, Then nothing asks and the next
        // console has the keys; closing the last one gives the focus to the table
        QTest::keyClick(focus(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_questions.isEmpty());
        QCOMPARE(tabs->count(), 1);
        QCOMPARE(focus(), b->view());
        QTest::keyClick(focus(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(tabs->count(), 0);
        QCOMPARE(focus(), m_window->guestView());
        QCOMPARE(sent(sentB), QByteArray());
    }

    void everyOtherKeyReachesTheGuest()
    {
        // Given a live console session
        SimProcess sim;
        QVERIFY(sim.startHpux());
        m_store->upsert(guestOn(u"a"_s, sim.port));
        ConsoleTab *tab = open(u"a"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tab->link()->status(), Status::Connected, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            charon::test::screenText(tab).contains(u"Console Login:"_s), 15000);
        QCOMPARE(focus(), tab->view());
        QSignalSpy spy(tab->view(), &TerminalView::sendBytes);
        bool focusStayed = true;
        const auto press = [&](Qt::Key key, Qt::KeyboardModifiers mods = {}) {
            spy.clear();
            QTest::keyClick(focus(), key, mods);
            focusStayed = focusStayed && focus() == tab->view(); // the keys stay in the console
            return sent(spy);
        };
        // When the guest's keys are pressed, Then their bytes go out, the window's shortcuts on
        // the same keys (Quit Ctrl+Q, Filter Ctrl+F, the menus' Alt letters) stay quiet
        QCOMPARE(press(Qt::Key_C, Qt::ControlModifier), "\x03"_ba);
        QCOMPARE(press(Qt::Key_P, Qt::ControlModifier), "\x10"_ba);
        QCOMPARE(press(Qt::Key_Q, Qt::ControlModifier), "\x11"_ba);
        QCOMPARE(press(Qt::Key_F, Qt::ControlModifier), "\x06"_ba);
        QCOMPARE(press(Qt::Key_Tab), "\t"_ba);
        QCOMPARE(press(Qt::Key_F1), "\x1bOP"_ba);
        QCOMPARE(press(Qt::Key_F6), "\x1b[17~"_ba);
        QCOMPARE(press(Qt::Key_X, Qt::AltModifier), "\x1bx"_ba);
        QCOMPARE(press(Qt::Key_G, Qt::AltModifier), "\x1bg"_ba);
        QVERIFY(focusStayed);
        QVERIFY(!m_window->menuBar()->activeAction()); // no menu opened
        QVERIFY(m_window->isVisible()); // Ctrl+Q did not quit
    }

    void ctrlShiftWAsksWhenTheSessionIsLive()
    {
        SimProcess sim;
        QVERIFY(sim.startHpux());
        m_store->upsert(guestOn(u"a"_s, sim.port));
        ConsoleTab *tab = open(u"a"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tab->link()->status(), Status::Connected, 10000);
        // When Ctrl+Shift+W is pressed and the admin says no, Then it stays connected
        m_answer = false;
        QTest::keyClick(tab->view(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_questions.size(), 1);
        QVERIFY(m_questions.first().startsWith(u"Close the console of a?"_s));
        QCOMPARE(m_window->consoles()->count(), 1);
        QCOMPARE(tab->link()->status(), Status::Connected);
        QCOMPARE(focus(), tab->view());
        // When the answer is yes, Then it closes and the table has the keys
        m_answer = true;
        QTest::keyClick(tab->view(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_window->consoles()->count(), 0);
        QCOMPARE(focus(), m_window->guestView());
    }

    void detachedConsoleLeavesToTheMainWindow()
    {
        m_store->upsert(guestOn(u"a"_s, charon::test::freeTcpPort()));
        ConsoleTab *tab = open(u"a"_s);
        tab->detachAction()->trigger();
        auto *window = m_window->consoles()->windowOf(tab);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(window->focusWidget(), tab->view());
        // When Ctrl+Shift+L is pressed in the detached console, Then the main window's table
        QTest::keyClick(tab->view(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
        QCOMPARE(m_window->focusWidget(), m_window->guestView());
        // And Ctrl+Shift+W closes the detached console
        QTest::keyClick(tab->view(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_window->consoles()->consoles().isEmpty());
    }

    void haltWarningButtonIsInTheTabOrder()
    {
        // Given a guest whose Ctrl-P halts it: its console waits behind the warning strip
        m_store->upsert(guestOn(u"vms"_s, charon::test::freeTcpPort(), u"Ctrl-P"_s));
        ConsoleTab *tab = open(u"vms"_s);
        QVERIFY(tab->isWaitingForWarning());
        QPushButton *connect = tab->warningStrip()->connectButton();
        // Then the keyboard lands on "Connect anyway", and Tab / Shift+Tab go between it and
        // the terminal (nothing to type into yet)
        QCOMPARE(focus(), connect);
        QTest::keyClick(focus(), Qt::Key_Tab);
        QCOMPARE(focus(), tab->view());
        QTest::keyClick(focus(), Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(focus(), connect);
        // When Space is pressed on it, Then the console stops waiting and dials
        QTest::keyClick(focus(), Qt::Key_Space);
        QVERIFY(!tab->isWaitingForWarning());
        QVERIFY(!tab->warningStrip()->isVisible());
        QCOMPARE(focus(), tab->view());
    }
};

CHARON_TEST_MAIN(TestConsoleKeys)
#include "tst_consolekeys.moc"
