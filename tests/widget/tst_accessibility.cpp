// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// What a screen reader gets from the real MainWindow, through Qt's own accessibility API (the
// interfaces AT-SPI is fed from): walking the whole tree of the window with a console open,
// every interactive control (buttons, edits, combos, tabs, menu items, tables, the terminal)
// has a name, and no name is a decorative "●" or "✕"; the star column says "default guest";
// the terminal exposes its screen as text (lines, cursor) and tells new output politely.

#include "tests/harness/simprocess.h"
#include "tests/harness/testmain.h"
#include "tests/widget/sampleguests.h"
#include "ui/console/consoletab.h"
#include "ui/console/consoletabs.h"
#include "ui/table/guesttablemodel.h"
#include "ui/table/guesttableview.h"
#include "ui/terminal/terminalview.h"
#include "ui/window/mainwindow.h"

#include <QAccessible>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;
using charon::ui::MainWindow;
using charon::ui::TerminalView;

namespace {
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::PageTab:
    case QAccessible::MenuItem:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::List:
    case QAccessible::Terminal:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *iface)
{
    QObject *object = iface->object();
    return u"%1 (%2 %3)"_s.arg(QString::number(int(iface->role()), 16),
        object ? QString::fromLatin1(object->metaObject()->className()) : u"-"_s,
        object ? object->objectName() : QString());
}

// Every visible interactive control without a name, and every name that is a decoration.
void walk(QAccessibleInterface *iface, QStringList &unnamed, QStringList &decorative,
    int &interactive, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 40)
        return;
    if (iface->state().invisible)
        return;
    const QString name = iface->text(QAccessible::Name).trimmed();
    if (isInteractive(iface->role())) {
        ++interactive;
        if (name.isEmpty())
            unnamed << describe(iface);
    }
    if (name.contains(u"●"_s) || name.contains(u"✕"_s) || name == u"\u2715"_s)
        decorative << describe(iface) + u": "_s + name;
    // Table cells are many and named by the model; a few rows are enough to walk.
    const int count = iface->role() == QAccessible::Tree || iface->role() == QAccessible::Table
        ? std::min(iface->childCount(), 60)
        : iface->childCount();
    for (int i = 0; i < count; ++i)
        walk(iface->child(i), unnamed, decorative, interactive, depth + 1);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"charon-tests"_s);
        QCoreApplication::setApplicationName(u"tst_accessibility"_s);
        QSettings().clear();
    }

    void everyInteractiveControlOfTheWindowHasAName()
    {
        // Given the real window over sample guests, a console open below the table
        GuestStore store;
        charon::test::fillSampleStore(store);
        MainWindow window(&store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openConsole(u"hpux-prod"_s);
        QVERIFY(window.consoles()->isVisible());
        QVERIFY(window.selectGuest(u"hpux-prod"_s));
        // When its accessibility tree is walked
        QAccessibleInterface *root = QAccessible::queryAccessibleInterface(&window);
        QVERIFY(root);
        QStringList unnamed;
        QStringList decorative;
        int interactive = 0;
        walk(root, unnamed, decorative, interactive);
        // Then it found the controls, and every one has a name, none a decoration
        QVERIFY2(interactive >= 15, qPrintable(QString::number(interactive)));
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u"\n"_s)));
        QVERIFY2(decorative.isEmpty(), qPrintable(decorative.join(u"\n"_s)));
    }

    void namesOfTheTableFilterAndConsoleTabs()
    {
        GuestStore store;
        charon::test::fillSampleStore(store);
        MainWindow window(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openConsole(u"hpux-prod"_s);
        const auto name = [](QObject *object) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(object);
            return iface ? iface->text(QAccessible::Name) : u"<none>"_s;
        };
        QCOMPARE(name(window.guestView()), u"Guests"_s);
        QCOMPARE(name(window.filterEdit()), u"Filter guests"_s);
        auto *tabs = window.consoles();
        QCOMPARE(name(tabs->tabBar()->tabButton(0, QTabBar::RightSide)),
            u"Close console of hpux-prod"_s);
        QCOMPARE(tabs->tabBar()->accessibleTabName(0), u"Console of hpux-prod"_s);
        QCOMPARE(name(tabs->console(u"hpux-prod"_s)->view()), u"Console of hpux-prod"_s);
        // And the default guest's star cell says so (hpux-prod is the default guest)
        QAccessibleInterface *table = QAccessible::queryAccessibleInterface(window.guestView());
        QAccessibleTableInterface *cells = table->tableInterface();
        QVERIFY(cells);
        QStringList stars;
        for (int row = 0; row < cells->rowCount(); ++row) {
            QAccessibleInterface *cell
                = cells->cellAt(row, charon::ui::GuestTableModel::DefaultColumn);
            QVERIFY(cell);
            stars << cell->text(QAccessible::Name);
        }
        QCOMPARE(stars.count(u"default guest"_s), 1);
        QCOMPARE(stars.count(QString()), stars.size() - 1);
    }

    void terminalExposesItsScreenAsText()
    {
        TerminalView view;
        view.setAccessibleName(u"Console of a"_s);
        view.resize(640, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.feed("Console Login: operator\r\nPassword:");
        QTRY_COMPARE(view.pendingBytes(), 0);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&view);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::Terminal);
        QCOMPARE(iface->text(QAccessible::Name), u"Console of a"_s);
        QAccessibleTextInterface *text = iface->textInterface();
        QVERIFY(text);
        const QString all = text->text(0, text->characterCount());
        QVERIFY2(all.startsWith(u"Console Login: operator\nPassword:"_s), qPrintable(all));
        // The line under the cursor, and the cursor at its end
        int start = -1;
        int end = -1;
        QCOMPARE(text->textAtOffset(text->cursorPosition(), QAccessible::LineBoundary, &start, &end)
                     .trimmed(),
            u"Password:"_s);
        QCOMPARE(text->cursorPosition(), int(u"Console Login: operator\nPassword:"_s.size()));
        QCOMPARE(text->textAtOffset(3, QAccessible::LineBoundary, &start, &end).trimmed(),
            u"Console Login: operator"_s);
    }

    void terminalAnnouncesNewOutputPolitely()
    {
        TerminalView view;
        view.resize(640, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // (Qt hands the QAccessibleTextInsertEvent to AT-SPI only while a screen reader
        // listens, which offscreen never does: the view says what it told)
        QSignalSpy told(&view, &TerminalView::outputAnnounced);
        const auto toldText = [&] {
            QStringList texts;
            for (const QList<QVariant> &args : std::as_const(told))
                texts << args.at(0).toString();
            return texts.join(u"|"_s);
        };
        // When the guest writes, Then once the interval passed one announcement tells it
        view.feed("first line\r\nsecond ");
        QVERIFY(told.wait(3000));
        QCOMPARE(toldText(), u"first line\nsecond"_s);
        // And the next one only what came after, the rest of the line included
        told.clear();
        view.feed("half\r\nthird line\r\n");
        QVERIFY(told.wait(3000));
        QCOMPARE(toldText(), u"half\nthird line"_s);
        // And a flood is told at most once per interval, its last screenful at most
        told.clear();
        for (int i = 0; i < 500; ++i)
            view.feed(QByteArray("line ") + QByteArray::number(i) + "\r\n");
        QVERIFY(told.wait(3000));
        QTRY_COMPARE(view.pendingBytes(), 0);
        QTest::qWait(2 * TerminalView::kAnnounceMs); // not synchronisation: room for more events
        QVERIFY2(told.size() <= 3, qPrintable(QString::number(told.size())));
        QVERIFY(toldText().contains(u"line 499"_s));
        QVERIFY(!toldText().contains(u"line 1\n"_s));
    }
};

CHARON_TEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
