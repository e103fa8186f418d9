// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// One console tab against the real charon-guest-sim (started directly, no systemd) and, where
// exact bytes matter, a scripted peer: boot text and login in the terminal's cells, typed keys
// reaching the guest, NAWS on every resize, a console held by another client said plainly (and
// taken over once free), a stopped guest not dialled, the session log, the guarded Break.

#include "core/guests/gueststore.h"
#include "tests/harness/consoletabhelpers.h"
#include "tests/harness/scriptedpeer.h"
#include "tests/harness/simprocess.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"
#include "ui/console/consolestatusbar.h"
#include "ui/console/consoletab.h"
#include "ui/console/consoletabs.h"
#include "ui/console/consolewarningstrip.h"
#include "ui/terminal/terminalview.h"

#include <QAction>
#include <QElapsedTimer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using charon::test::readFile;
using charon::test::screenText;
using namespace charon::core;
using charon::terminal::TerminalEngine;
using charon::test::SimProcess;
using charon::test::type;
using charon::ui::ConsoleTab;
using charon::ui::ConsoleTabs;
using Status = ConsoleLink::Status;

namespace {
const QString kGuest = u"hpux-test"_s;

Guest guestOn(quint16 port, GuestState state = GuestState::Active, const QString &breakOn = {})
{
    Guest guest;
    guest.name = kGuest;
    guest.unit = unitNameForGuest(kGuest);
    guest.config.consolePort = port;
    guest.config.breakOn = breakOn;
    guest.derived.state = state;
    return guest;
}

} // namespace

class TestConsoleTab : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuestStore> m_store;
    std::unique_ptr<ConsoleTabs> m_tabs;

    ConsoleTab *open(quint16 port, GuestState state = GuestState::Active)
    {
        m_store->upsert(guestOn(port, state));
        ConsoleTab *tab = m_tabs->openConsole(kGuest);
        m_tabs->resize(800, 500);
        m_tabs->show();
        return tab;
    }
    QString screen(ConsoleTab *tab) const { return screenText(*tab->view()->engine()); }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<GuestStore>();
        m_tabs = std::make_unique<ConsoleTabs>(m_store.get());
        m_tabs->setConfirmation(
            [](const QString &, const QString &, const QString &) { return true; });
    }
    void cleanup()
    {
        m_tabs.reset();
        m_store.reset();
    }

    void connectsShowsBootTextAndTypedKeysReachTheGuest()
    {
        // Given a running HP-UX guest
        SimProcess sim;
        QVERIFY(sim.startHpux());
        // When its console tab opens
        ConsoleTab *tab = open(sim.port);
        // Then it connects and the boot text ends at the login prompt, in the terminal's cells
        QTRY_COMPARE_WITH_TIMEOUT(tab->link()->status(), Status::Connected, 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(
            screen(tab).contains(u"Console Login:"_s), qPrintable(screen(tab).right(400)), 15000);
        QVERIFY(screen(tab).contains(u"Firmware Version"_s));
        QCOMPARE(tab->statusBar()->stateText(), u"Connected to 127.0.0.1:%1"_s.arg(sim.port));
        QCOMPARE(tab->statusBar()->guestText(), u"hpux-test · port %1"_s.arg(sim.port));
        QCOMPARE(tab->statusBar()->tone(), charon::ui::ConsoleStatusBar::Tone::Good);
        // When the operator logs in and runs a command by typing into the view
        type(tab, u"operator"_s);
        QTRY_VERIFY_WITH_TIMEOUT(screen(tab).contains(u"Password:"_s), 10000);
        type(tab, u"secret"_s);
        QTRY_VERIFY_WITH_TIMEOUT(screen(tab).trimmed().endsWith(u"$"_s), 10000);
        type(tab, u"uname -a"_s);
        // Then the guest's answer shows
        QTRY_VERIFY2_WITH_TIMEOUT(screen(tab).contains(u"HP-UX guest B.11.31"_s),
            qPrintable(screen(tab).right(400)), 10000);
        QVERIFY(!screen(tab).contains(u"secret"_s)); // the guest does not echo passwords
    }

    void everyResizeTravelsAsNaws()
    {
        SimProcess sim;
        QVERIFY(sim.startHpux());
        ConsoleTab *tab = open(sim.port);
        QTRY_COMPARE_WITH_TIMEOUT(tab->link()->status(), Status::Connected, 10000);
        const auto reported = [&] {
            return u"console window %1x%2"_s.arg(tab->view()->columns())
                .arg(tab->view()->rows())
                .toUtf8();
        };
        // Then the simulator heard the terminal's size
        QVERIFY2(sim.waitForNote(reported()), sim.notes.constData());
        // When the window grows, and then shrinks
        for (const QSize size : { QSize(1100, 700), QSize(500, 300) }) {
            const int columns = tab->view()->columns();
            m_tabs->resize(size);
            QTRY_VERIFY(tab->view()->columns() != columns);
            // Then each new size reaches the guest as NAWS
            QVERIFY2(sim.waitForNote(reported()), sim.notes.constData());
        }
    }

    void consoleHeldByAnotherClientIsSaidPlainly()
    {
        // Given someone else on the guest's console
        SimProcess sim;
        QVERIFY(sim.startHpux());
        auto holder = std::make_unique<QTcpSocket>();
        holder->connectToHost(QHostAddress::LocalHost, sim.port);
        QVERIFY(sim.waitForNote("console connected from"));
        // When the tab opens
        ConsoleTab *tab = open(sim.port);
        tab->link()->setBackoff(std::chrono::milliseconds(200), std::chrono::milliseconds(400));
        // Then it says the console is in use, with the simulator's own words
        QTRY_COMPARE_WITH_TIMEOUT(tab->link()->status(), Status::InUse, 10000);
        const QString text = tab->statusBar()->stateText();
        QVERIFY2(
            text.startsWith(u"Console in use by another client: console in use by 127.0.0.1:"_s),
            qPrintable(text));
        QCOMPARE(tab->statusBar()->tone(), charon::ui::ConsoleStatusBar::Tone::Problem);
        // And the refusal line never landed in the terminal
        QVERIFY(!screen(tab).contains(u"in use"_s));
        // When the other client leaves, Then the tab takes the console by itself
        holder.reset();
        QTRY_COMPARE_WITH_TIMEOUT(tab->link()->status(), Status::Connected, 10000);
        // (the boot text went to the other client: Enter brings the login prompt back)
        QTest::keyClick(tab->view(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(screen(tab).contains(u"Console Login:"_s), 10000);
    }

    void stoppedGuestIsNotDialled()
    {
        // Given a guest the store says is stopped (its port answers anyway)
        SimProcess sim;
        QVERIFY(sim.startHpux());
        ConsoleTab *tab = open(sim.port, GuestState::Inactive);
        // Then the tab says so and leaves the port alone
        QCOMPARE(tab->link()->status(), Status::GuestStopped);
        QVERIFY(tab->statusBar()->stateText().startsWith(u"The guest is stopped."_s));
        // (not synchronisation: a window in which a wrong dial would show, several times the
        // first retry delays of 250 and 500 ms; nothing marks "a dial that did not happen")
        QTest::qWait(1200);
        QCOMPARE(sim.count("console connected"), 0);
        // When it becomes ACTIVE, Then the tab connects at once
        m_store->update(kGuest, [](Guest &g) { g.derived.state = GuestState::Active; });
        QTRY_COMPARE_WITH_TIMEOUT(tab->link()->status(), Status::Connected, 5000);
        QCOMPARE(sim.count("console connected"), 1);
    }

    void sessionIsLoggedToTheChosenFile()
    {
        SimProcess sim;
        QVERIFY(sim.startHpux());
        ConsoleTab *tab = open(sim.port);
        QTRY_VERIFY_WITH_TIMEOUT(screen(tab).contains(u"Console Login:"_s), 15000);
        // When logging is switched on, the dialog suggesting guest-date-time.log
        QString suggested;
        const QString path = sim.dir.filePath(u"session.log"_s);
        tab->setFileChooser([&](const QString &proposal) {
            suggested = proposal;
            return path;
        });
        tab->logAction()->trigger();
        QVERIFY(tab->isLogging());
        QVERIFY2(
            QRegularExpression(u"/hpux-test-\\d{8}-\\d{6}\\.log$"_s).match(suggested).hasMatch(),
            qPrintable(suggested));
        QCOMPARE(tab->statusBar()->logNote(), u"Logging to session.log"_s);
        type(tab, u"operator"_s);
        QTRY_VERIFY_WITH_TIMEOUT(screen(tab).contains(u"Password:"_s), 10000);
        // Then what the guest sends lands in the file, telnet commands removed
        QTRY_VERIFY2_WITH_TIMEOUT(
            readFile(path).contains("operator\r\nPassword:"), readFile(path).constData(), 5000);
        // When it is switched off, Then nothing more is written
        tab->logAction()->trigger();
        QVERIFY(!tab->isLogging());
        const qint64 size = QFileInfo(path).size();
        type(tab, u"x"_s);
        // (the guest's answer, the shell prompt, is on the screen: had logging been on, it
        // would be in the file by now)
        QTRY_VERIFY_WITH_TIMEOUT(screen(tab).trimmed().endsWith(u"$"_s), 10000);
        QCOMPARE(QFileInfo(path).size(), size);
        QVERIFY(!readFile(path).contains('\xff'));
        // And a cancelled dialog starts nothing
        tab->setFileChooser([](const QString &) { return QString(); });
        tab->logAction()->trigger();
        QVERIFY(!tab->isLogging());
        QVERIFY(!tab->logAction()->isChecked());
    }

    void floodIsThrottledNotBuffered()
    {
        // Given a guest that floods every new client with 8 MB of console output
        SimProcess sim;
        QVERIFY(sim.startHpux({ u"CHARON_SIM_FLOOD_BYTES=8000000"_s }));
        ConsoleTab *tab = open(sim.port);
        const QString path = sim.dir.filePath(u"flood.log"_s);
        QVERIFY(tab->startLogging(path));
        // When it arrives, Then the terminal's backlog stays bounded (reading pauses and TCP
        // holds the rest) and the window keeps its event loop turning
        // (turning: the longest gap between two turns of a 1 ms timer stays short)
        qsizetype mostPending = 0;
        int turns = 0;
        qint64 longestGapMs = 0;
        QElapsedTimer sinceLastTurn;
        QTimer sampler;
        sampler.setInterval(1);
        connect(&sampler, &QTimer::timeout, this, [&] {
            mostPending = std::max(mostPending, tab->view()->pendingBytes());
            longestGapMs = std::max(longestGapMs, sinceLastTurn.restart());
            ++turns;
        });
        sinceLastTurn.start();
        sampler.start();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() >= 8000000, 120000);
        // The flood's last piece: the guest holds its own output while it floods, so the answer
        // to a line typed now (echo, then the password prompt) comes after the flood's last byte
        type(tab, u"probe"_s);
        QTRY_VERIFY_WITH_TIMEOUT(readFile(path).contains("probe\r\nPassword:"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(tab->view()->pendingBytes(), 0, 30000);
        sampler.stop();
        QVERIFY2(mostPending <= 512 * 1024, QByteArray::number(mostPending).constData());
        qInfo("flood: %d turns, longest gap %lld ms", turns, longestGapMs);
        QVERIFY(turns > 10);
        QVERIFY2(longestGapMs < 500, QByteArray::number(longestGapMs).constData());
        // And every byte made it: the last line before the probe, and the probe's answer, are
        // on the screen
        const QByteArray logged = readFile(path);
        const QByteArray beforeProbe = logged.left(logged.lastIndexOf("probe"));
        const QString lastLine
            = QString::fromUtf8(beforeProbe.trimmed().split('\n').last()).trimmed();
        QVERIFY2(screen(tab).contains(lastLine.right(40)), qPrintable(lastLine));
        QVERIFY(screen(tab).contains(u"Password:"_s));
        QCOMPARE(tab->link()->status(), Status::Connected);
    }

    void sendBreakAsksFirstAndNamesTheConsequence()
    {
        // Given a console (a scripted peer: the exact bytes matter) of a guest with break_on
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        m_store->upsert(guestOn(server.serverPort(), GuestState::Active, u"Ctrl-P"_s));
        QStringList questions;
        bool answer = false;
        m_tabs->setConfirmation([&](const QString &, const QString &question, const QString &) {
            questions << question;
            return answer;
        });
        ConsoleTab *tab = m_tabs->openConsole(kGuest);
        tab->warningStrip()->connectButton()->click();
        QTRY_VERIFY(server.hasPendingConnections());
        QTcpSocket *peer = server.nextPendingConnection();
        QTRY_COMPARE(tab->link()->status(), Status::Connected);
        QByteArray received;
        connect(peer, &QTcpSocket::readyRead, peer, [&] { received += peer->readAll(); });
        // When Send Break is declined
        tab->sendBreakAction()->trigger();
        // Then the question said what a Break does to this guest, and nothing was sent
        QCOMPARE(questions.size(), 1);
        QVERIFY(questions.first().contains(u"break_on=\"Ctrl-P\": a Break halts the guest"_s));
        // (keys typed now go out after anything the declined Break could have sent)
        QTest::keyClicks(tab->view(), u"zq"_s);
        QTRY_VERIFY(received.contains("zq"));
        QVERIFY(!received.contains("\xff\xf3"));
        // When it is confirmed, Then a telnet BREAK (IAC BRK) goes out
        answer = true;
        tab->sendBreakAction()->trigger();
        QTRY_VERIFY(received.contains("\xff\xf3"));
    }
};

CHARON_TEST_MAIN(TestConsoleTab)
#include "tst_consoletab.moc"
