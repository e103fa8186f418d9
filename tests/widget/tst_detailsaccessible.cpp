// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The details pane as a screen reader gets it: a table of name/value pairs (one row per field
// shown), named after the guest, not one long text with separators.
#include "core/guests/gueststore.h"
#include "tests/harness/testmain.h"
#include "tests/widget/sampleguests.h"
#include "ui/window/guestdetailspane.h"
#include "ui/window/mainwindow.h"

#include <QAccessible>
#include <QApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using charon::core::GuestStore;
using charon::ui::GuestDetailsPane;
using charon::ui::MainWindow;
using Row = GuestDetailsPane::Row;

class TestDetailsAccessible : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detailsAreATableOfNamesAndValues()
    {
        GuestStore store;
        charon::test::fillSampleStore(store);
        MainWindow window(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectGuest(u"hpux-prod"_s));
        GuestDetailsPane *pane = window.details();
        QAccessibleInterface *details = QAccessible::queryAccessibleInterface(pane);
        QVERIFY(details);
        QCOMPARE(details->role(), QAccessible::Table);
        QCOMPARE(details->text(QAccessible::Name), u"Details of hpux-prod"_s);
        QAccessibleTableInterface *table = details->tableInterface();
        QVERIFY(table);
        const auto pairs = pane->pairs();
        QVERIFY(pairs.size() > 10);
        QCOMPARE(table->rowCount(), int(pairs.size()));
        QCOMPARE(table->columnCount(), 2);
        QCOMPARE(details->childCount(), 2 * int(pairs.size()));
        // Row by row: the field's name, then what the pane shows for it
        QCOMPARE(table->cellAt(0, 0)->text(QAccessible::Name), u"State"_s);
        QCOMPARE(table->cellAt(0, 1)->text(QAccessible::Name), pane->value(Row::State));
        for (int r = 0; r < table->rowCount(); ++r) {
            QCOMPARE(table->cellAt(r, 0)->text(QAccessible::Name), pairs.at(r).first);
            QCOMPARE(table->cellAt(r, 1)->text(QAccessible::Name), pairs.at(r).second);
            QCOMPARE(details->indexOfChild(table->cellAt(r, 1)), 2 * r + 1);
            QVERIFY(!table->cellAt(r, 0)->text(QAccessible::Name).isEmpty());
        }
        // Another guest: the same table, named after it
        QVERIFY(window.selectGuest(u"vax-legacy"_s));
        QCOMPARE(details->text(QAccessible::Name), u"Details of vax-legacy"_s);
        QCOMPARE(table->cellAt(0, 1)->text(QAccessible::Name), pane->value(Row::State));
        // In French, the screen reader hears the table's own words in French too
        QTranslator french;
        QVERIFY(french.load(u":/i18n/charon_fr.qm"_s)); // the product's, built in
        QApplication::installTranslator(&french);
        QCOMPARE(details->text(QAccessible::Name), u"Détails de vax-legacy"_s);
        QCOMPARE(table->columnDescription(1), u"Valeur"_s);
        QApplication::removeTranslator(&french);
    }
};

CHARON_TEST_MAIN(TestDetailsAccessible)
#include "tst_detailsaccessible.moc"
