// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The main window with a console tab as a person sees it: the sample host, with hpux-prod's
// console open on the real charon-guest-sim showing its boot and login. The test checks that
// the terminal really drew the guest's text. It saves no picture: the pictures in docs/ come
// from the real product on the demo's guests (scripts/screenshots).

#include "core/host/hostinfo.h"
#include "tests/harness/simprocess.h"
#include "tests/harness/testmain.h"
#include "tests/widget/sampleguests.h"
#include "ui/console/consolestatusbar.h"
#include "ui/console/consoletab.h"
#include "ui/console/consoletabs.h"
#include "ui/table/guestactions.h"
#include "ui/terminal/terminalview.h"
#include "ui/window/hostheader.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;
using charon::ui::ConsoleTab;

class TestConsoleScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"charon-tests"_s);
        QCoreApplication::setApplicationName(u"tst_consolescreenshot"_s);
        QSettings().clear();
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    void mainWindowWithAConsoleTab()
    {
        // Given the sample host, hpux-prod's console being a real (simulated) HP-UX guest
        charon::test::SimProcess sim;
        sim.configName = u"hpux-prod.cfg"_s;
        QVERIFY(sim.startHpux());
        GuestStore store;
        charon::test::fillSampleStore(store);
        store.update(u"hpux-prod"_s, [&](Guest &guest) { guest.config.consolePort = sim.port; });
        store.setConnected(true);
        charon::ui::MainWindow window(&store);
        window.setHost(u"charon-host1"_s, u"system"_s);
        window.hostHeader()->setHostInfo(
            HostInfo(charon::test::sourceDir() + u"/tests/data/ui/proc"_s));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Without a window manager nothing activates it; the focused cursor is the real look.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.selectGuest(u"hpux-prod"_s));

        // When its console opens and the operator logs in
        window.actions()->openConsole()->trigger();
        ConsoleTab *tab = window.consoles()->console(u"hpux-prod"_s);
        QVERIFY(tab);
        const auto screen = [tab] {
            const auto *engine = tab->view()->engine();
            QStringList lines;
            for (qint64 line = engine->firstLine(); line < engine->endLine(); ++line)
                lines << engine->lineText(line);
            return lines.join(u'\n');
        };
        QTRY_VERIFY_WITH_TIMEOUT(screen().contains(u"Console Login:"_s), 15000);
        QTest::keyClicks(tab->view(), u"operator"_s);
        QTest::keyClick(tab->view(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(screen().contains(u"Password:"_s), 10000);
        QTest::keyClicks(tab->view(), u"secret"_s);
        QTest::keyClick(tab->view(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(screen().trimmed().endsWith(u"$"_s), 10000);
        QTest::keyClicks(tab->view(), u"uname -a"_s);
        QTest::keyClick(tab->view(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(screen().contains(u"HP-UX hpux-prod B.11.31"_s), 10000);

        // Then the terminal drew the guest's text: the rows holding it are not blank (once the
        // frame after the text is drawn: frames follow the text by a timer)
        const auto inked = [tab] {
            const QImage shot = tab->view()->viewport()->grab().toImage();
            const QColor background = shot.pixelColor(shot.width() - 2, shot.height() - 2);
            const int cursorRow = tab->view()->engine()->cursor().y();
            const int rowHeight = tab->view()->cellSize().height();
            int n = 0;
            for (int x = 0; x < shot.width() / 2; ++x) {
                if (shot.pixelColor(x, cursorRow * rowHeight + rowHeight / 2) != background)
                    ++n;
            }
            return n;
        };
        QTRY_VERIFY2(inked() > 5, "the prompt row of the terminal is blank");
        QCOMPARE(tab->statusBar()->tone(), charon::ui::ConsoleStatusBar::Tone::Good);

        window.consoles()->setConfirmation(
            [](const QString &, const QString &, const QString &) { return true; });
        window.close();
        QSettings().clear();
    }
};

CHARON_TEST_MAIN(TestConsoleScreenshot)
#include "tst_consolescreenshot.moc"
