// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// A console tab's Terminal menu (ConsoleSettings per guest): Return key, identity, 132-column
// fit. Against a scripted raw peer (a socket that never negotiates telnet): Return arrives as
// one CR in auto mode, CR LF when forced to telnet; the identity changes the DA answer and the
// TERMINAL-TYPE the link offers; the choice is kept for the guest in the settings file.

#include "core/console/consolesettings.h"
#include "core/guests/gueststore.h"
#include "tests/harness/testmain.h"
#include "ui/console/consoletab.h"
#include "ui/console/consoletabs.h"
#include "ui/terminal/terminalview.h"

#include <QAction>
#include <QMenu>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;
using charon::ui::ConsoleTab;
using charon::ui::ConsoleTabs;

namespace {
const QString kGuest = u"par-raw"_s;

QAction *choice(QMenu *menu, const QString &submenu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (!action->menu() || action->text().remove(u'&') != submenu)
            continue;
        for (QAction *item : action->menu()->actions()) {
            if (item->text().remove(u'&') == text)
                return item;
        }
    }
    return nullptr;
}
} // namespace

class TestConsoleTerminalMenu : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit()); // not the user's settings
    }

    void returnKeyAndIdentityPerGuest()
    {
        // Given a raw socket console (it never sends IAC) and its console tab
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        GuestStore store;
        Guest guest;
        guest.name = kGuest;
        guest.unit = unitNameForGuest(kGuest);
        guest.config.consolePort = server.serverPort();
        guest.derived.state = GuestState::Active;
        store.upsert(guest);
        ConsoleTabs tabs(&store);
        ConsoleTab *tab = tabs.openConsole(kGuest);
        tabs.resize(800, 500);
        tabs.show();
        QTRY_VERIFY(server.hasPendingConnections());
        QTcpSocket *peer = server.nextPendingConnection();
        QByteArray fromTab;
        connect(peer, &QTcpSocket::readyRead, this, [&] { fromTab += peer->readAll(); });
        peer->write("login: ");
        QTRY_VERIFY(tab->link()->isConnected());
        QCOMPARE(tab->link()->terminalType(), QByteArray("VT220"));

        // When Return is pressed (auto mode): one CR reaches the guest
        QTest::keyClick(tab->view(), Qt::Key_Return);
        QTest::keyClick(tab->view(), Qt::Key_A);
        QTRY_COMPARE(fromTab, QByteArray("\ra"));

        // When the Terminal menu forces telnet: CR LF, and the choice is kept for this guest
        QAction *telnet
            = choice(tab->terminalMenu(), tab->tr("Return Key"), tab->tr("Telnet (CR LF)"));
        QVERIFY(telnet);
        telnet->trigger();
        QCOMPARE(tab->link()->returnMode(), TelnetSession::ReturnMode::Telnet);
        QCOMPARE(ConsoleSettings::returnMode(kGuest), TelnetSession::ReturnMode::Telnet);
        QCOMPARE(ConsoleSettings::returnMode(u"other"_s), TelnetSession::ReturnMode::Auto);
        fromTab.clear();
        QTest::keyClick(tab->view(), Qt::Key_Return);
        QTest::keyClick(tab->view(), Qt::Key_A);
        QTRY_COMPARE(fromTab, QByteArray("\r\na"));

        // When the identity becomes VT100: DA and TERMINAL-TYPE agree
        QAction *vt100
            = choice(tab->terminalMenu(), tab->tr("Terminal Identity"), tab->tr("VT100"));
        QVERIFY(vt100);
        vt100->trigger();
        QCOMPARE(tab->link()->terminalType(), QByteArray("VT100"));
        fromTab.clear();
        peer->write("\x1b[c");
        QTRY_COMPARE(fromTab, QByteArray("\x1b[?1;2c"));

        // And the 132-column fit follows the menu
        QAction *scroll
            = choice(tab->terminalMenu(), tab->tr("132 Columns"), tab->tr("Scroll Sideways"));
        QVERIFY(scroll);
        scroll->trigger();
        QCOMPARE(tab->view()->wideFit(), charon::ui::TerminalView::WideFit::Scroll);
        ConsoleSettings::clearOverrides(kGuest);
    }
};

CHARON_TEST_MAIN(TestConsoleTerminalMenu)
#include "tst_consoleterminalmenu.moc"
