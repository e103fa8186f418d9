// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The window as a person sees it: the sample host rendered in a light and a dark palette. The
// test checks that each state's pill really carries its colour on screen. It saves no picture:
// the pictures in docs/ come from the real product on the demo's guests (scripts/screenshots).

#include "tests/harness/testenv.h"
#include "tests/harness/testmain.h"
#include "tests/widget/sampleguests.h"
#include "ui/style/statestyle.h"
#include "ui/table/guestfilterproxy.h"
#include "ui/table/guesttablemodel.h"
#include "ui/table/guesttableview.h"
#include "ui/window/hostheader.h"
#include "ui/window/mainwindow.h"
#include "ui/window/messagebar.h"

#include <QApplication>
#include <QHeaderView>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;
using charon::ui::GuestTableModel;
using charon::ui::MainWindow;

namespace {
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2e, 0x33), base(0x1f, 0x22, 0x26), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x29, 0x2e));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x94, 0x9a));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x5f, 0x9e));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x84, 0x8a));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x84, 0x8a));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x84, 0x8a));
    return p;
}

// Whether some pixel of `rect` in `image` is close to `color` (anti-aliasing blurs edges, and
// the focused row's frame tints it a little).
bool containsColor(const QImage &image, const QRect &rect, const QColor &color)
{
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - color.red()) + qAbs(c.green() - color.green())
                    + qAbs(c.blue() - color.blue())
                < 64)
                return true;
        }
    }
    return false;
}
} // namespace

class TestScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"charon-tests"_s);
        QCoreApplication::setApplicationName(u"tst_screenshot"_s);
        QSettings().clear();
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    }

    void render_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void render()
    {
        QFETCH(bool, dark);
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());

        // Given the sample host with one failure reported
        GuestStore store;
        charon::test::fillSampleStore(store);
        store.setConnected(true);
        MainWindow window(&store);
        window.setHost(u"charon-host1"_s, u"system"_s);
        window.hostHeader()->setHostInfo(
            HostInfo(charon::test::sourceDir() + u"/tests/data/ui/proc"_s));
        window.messageBar()->showMessage(charon::ui::MessageBar::Level::Error,
            u"Could not start tru64-build: permission denied."_s,
            u"org.freedesktop.DBus.Error.AccessDenied: polkit refused the request."_s);
        QCOMPARE(window.hostHeader()->cpuText(), u"CPUs: 16"_s);
        window.resize(1280, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectGuest(u"tru64-build"_s));
        window.tableModel()->setActivityInterval(0);
        QCoreApplication::processEvents(); // pending layouts and repaints run now, before the grab
        const QImage shot = window.grab().toImage();

        // Then every state's pill shows its colour on screen, in both palettes
        auto *view = window.guestView();
        for (const QString &name : { u"hpux-prod"_s, u"vms-cluster1"_s, u"vax-legacy"_s,
                 u"tru64-build"_s, u"hp3000-spare"_s }) {
            const Guest *guest = store.find(name);
            const QModelIndex index = window.filterProxy()->mapFromSource(
                window.tableModel()->index(store.rowOf(name), GuestTableModel::StateColumn));
            QRect cell = view->visualRect(index);
            cell.moveTopLeft(view->viewport()->mapTo(&window, cell.topLeft()));
            QVERIFY2(
                containsColor(shot, cell, charon::ui::StateStyle::accent(guest->derived.state)),
                qPrintable(name));
        }

        QSettings().clear();
    }
};

CHARON_TEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
