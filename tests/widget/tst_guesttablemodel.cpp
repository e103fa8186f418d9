// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// GuestTableModel and GuestFilterProxy over a hand-filled GuestStore: the model contract holds
// (QAbstractItemModelTester), rows follow the store, a change repaints only its cells, the
// state roles say the same thing in colour, icon and text, sorting and filtering work.

#include "tests/harness/testmain.h"
#include "tests/widget/sampleguests.h"
#include "ui/style/statestyle.h"
#include "ui/table/guestfilterproxy.h"
#include "ui/table/guesttablemodel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;
using charon::test::sampleGuest;
using charon::ui::GuestFilterProxy;
using charon::ui::GuestTableModel;
using M = charon::ui::GuestTableModel;

Q_DECLARE_METATYPE(charon::test::SampleState)

namespace {
// A row flattened to one string, so one QCOMPARE checks everything a user sees in it.
QString rowText(const QAbstractItemModel &model, int row)
{
    QStringList cells;
    for (int c = 0; c < model.columnCount(); ++c)
        cells << model.index(row, c).data().toString();
    return cells.join(u'|');
}

QStringList columnValues(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int r = 0; r < model.rowCount(); ++r)
        values << model.index(r, column).data().toString();
    return values;
}
} // namespace

class TestGuestTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsFollowTheStore()
    {
        GuestStore store;
        GuestTableModel model(&store);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        // Given three guests added to the store
        for (const auto &name : { u"a"_s, u"b"_s, u"c"_s })
            store.upsert(sampleGuest(name, u"par"_s, charon::test::kRunning));
        // Then three single-row inserts, at the end each time
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(inserted.at(2).at(1).toInt(), 2);
        QCOMPARE(rowText(model, 1), u"|b|PAR (hpa9-64)|/charon/b.cfg|2|4 GB|ACTIVE|-|-|no|-"_s);

        // When the middle one is removed
        QVERIFY(store.remove(u"b"_s));
        // Then row 1 goes, and c moves up
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(removed.at(0).at(2).toInt(), 1);
        QCOMPARE(model.index(1, M::NameColumn).data().toString(), u"c"_s);

        // And a resync to an empty list empties the table row by row (no reset)
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        store.resync({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.size(), 0);
    }

    void changesRepaintOnlyTheirCells_data()
    {
        QTest::addColumn<int>("fields");
        QTest::addColumn<QList<int>>("columns");
        using F = Guest::Field;
        QTest::newRow("state") << int(F::State) << QList<int> { M::StateColumn };
        QTest::newRow("job") << int(F::Job) << QList<int> { M::StateColumn };
        QTest::newRow("default") << int(F::Default) << QList<int> { M::DefaultColumn };
        QTest::newRow("settings") << int(F::Settings) << QList<int> { M::AutoBootColumn };
        // Dates and the config also decide "restart needed" after the state pill.
        QTest::newRow("dates") << int(F::Dates) << QList<int> { M::StateColumn };
        QTest::newRow("config") << int(F::Config)
                                << QList<int> { M::NameColumn, M::CpuColumn, M::MemoryColumn,
                                       M::StateColumn, M::ConsoleColumn };
    }
    void changesRepaintOnlyTheirCells()
    {
        QFETCH(int, fields);
        QFETCH(QList<int>, columns);
        QCOMPARE(GuestTableModel::columnsFor(Guest::Fields::fromInt(fields)), columns);
    }

    void stateChangeEmitsDataChangedForTheStateCellOnly()
    {
        // Given two guests, the second stopped
        GuestStore store;
        store.upsert(sampleGuest(u"a"_s, u"par"_s, charon::test::kRunning));
        store.upsert(sampleGuest(u"b"_s, u"axp"_s, charon::test::kStopped));
        GuestTableModel model(&store);
        model.setActivityInterval(0);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // When b starts running
        store.upsert(sampleGuest(u"b"_s, u"axp"_s, charon::test::kRunning));

        // Then exactly one cell changed: b's state
        QCOMPARE(changed.size(), 1);
        const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
        const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(topLeft, model.index(1, M::StateColumn));
        QCOMPARE(bottomRight, topLeft);
        QCOMPARE(topLeft.data(M::StateTextRole).toString(), u"ACTIVE"_s);
        // With the roles that changed: a view or proxy knows what to read again
        const auto roles = changed.at(0).at(2).value<QList<int>>();
        for (const int role : { int(Qt::DisplayRole), int(Qt::DecorationRole), int(M::StateRole),
                 int(M::StateTextRole), int(M::SortRole) })
            QVERIFY2(roles.contains(role), qPrintable(QString::number(role)));

        // When only what a tooltip says changes (the start date), Then nothing is announced
        changed.clear();
        store.update(u"b"_s, [](Guest &g) { g.startedAt = QDateTime::currentDateTime(); });
        QCOMPARE(changed.size(), 0);

        // And config + auto-boot changing at once announce the cells that look different, one
        // signal per run of adjacent columns (the memory, the auto-boot; not the name, CPUs,
        // state or console, which the same fields could have changed)
        store.update(u"b"_s, [](Guest &g) {
            g.config.memoryMB = 2048;
            g.autoBoot = true;
        });
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(1, M::MemoryColumn));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(1, M::MemoryColumn));
        QCOMPARE(changed.at(1).at(0).value<QModelIndex>(), model.index(1, M::AutoBootColumn));
        QCOMPARE(changed.at(1).at(1).value<QModelIndex>(), model.index(1, M::AutoBootColumn));
        // And adjacent changed cells come as one range
        changed.clear();
        store.update(u"b"_s, [](Guest &g) {
            g.config.cpus = 7;
            g.config.memoryMB = 1024;
        });
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(1, M::CpuColumn));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(1, M::MemoryColumn));
    }

    void stateRoles_data()
    {
        QTest::addColumn<charon::test::SampleState>("status");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QColor>("color");
        QTest::addColumn<QString>("iconName");
        QTest::addColumn<bool>("busy");
        using namespace charon::test;
        QTest::newRow("active") << kRunning << u"ACTIVE"_s << QColor(0x2e, 0x9d, 0x4a)
                                << u"guest-active"_s << false;
        QTest::newRow("activating")
            << kStarting << u"ACTIVATING"_s << QColor(0xd9, 0x8c, 0x00) << u"guest-busy"_s << true;
        QTest::newRow("auto-restart")
            << SampleState { "activating", "auto-restart", "signal" } << u"ACTIVATING FAILURE"_s
            << QColor(0xd9, 0x8c, 0x00) << u"guest-busy"_s << true;
        QTest::newRow("deactivating") << kStopping << u"DEACTIVATING"_s << QColor(0xd9, 0x8c, 0x00)
                                      << u"guest-busy"_s << true;
        QTest::newRow("stopped") << kStopped << u"INACTIVE REQUESTED"_s << QColor(0x8a, 0x8f, 0x98)
                                 << u"guest-inactive"_s << false;
        QTest::newRow("exited badly") << kExitedBadly << u"INACTIVE FAILURE"_s
                                      << QColor(0x8a, 0x8f, 0x98) << u"guest-inactive"_s << false;
        QTest::newRow("failed") << kCrashed << u"FAILED"_s << QColor(0xd9, 0x36, 0x36)
                                << u"guest-failed"_s << false;
        QTest::newRow("unknown") << SampleState { "", "", "" } << u"UNKNOWN"_s
                                 << QColor(0x6f, 0x7f, 0x9c) << u"guest-unknown"_s << false;
    }
    void stateRoles()
    {
        QFETCH(charon::test::SampleState, status);
        QFETCH(QString, text);
        QFETCH(QColor, color);
        QFETCH(QString, iconName);
        QFETCH(bool, busy);
        // Given a guest in that state
        GuestStore store;
        store.upsert(sampleGuest(u"g"_s, u"vax"_s, status));
        GuestTableModel model(&store);
        const QModelIndex cell = model.index(0, M::StateColumn);
        // Then colour, icon shape and text all tell the state
        QCOMPARE(cell.data().toString(), text);
        QCOMPARE(cell.data(M::StateTextRole).toString(), text);
        QCOMPARE(cell.data(M::StateColorRole).value<QColor>(), color);
        QCOMPARE(cell.data(M::StateIconNameRole).toString(), iconName);
        QCOMPARE(cell.data(M::BusyRole).toBool(), busy);
        const QIcon icon = cell.data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!icon.isNull());
        QVERIFY(icon.name().startsWith(iconName));
        // And the roles are row-level: another column says the same
        QCOMPARE(model.index(0, M::NameColumn).data(M::StateIconNameRole).toString(), iconName);
        QCOMPARE(model.isAnimating(), busy);
    }

    void jobInFlightIsShown()
    {
        GuestStore store;
        store.upsert(sampleGuest(u"g"_s, u"par"_s, charon::test::kStopped));
        GuestTableModel model(&store);
        QVERIFY(!model.isAnimating());
        // When a start job is sent for the stopped guest
        store.update(u"g"_s, [](Guest &g) { g.jobInFlight = JobKind::Start; });
        // Then the state cell says so, though systemd has not moved yet (in words: its icon is
        // still INACTIVE's, so no timer repaints it)
        const QModelIndex cell = model.index(0, M::StateColumn);
        QCOMPARE(cell.data().toString(), u"INACTIVE REQUESTED · starting…"_s);
        QCOMPARE(cell.data(M::JobTextRole).toString(), u"starting…"_s);
        QVERIFY(cell.data(M::BusyRole).toBool());
        QVERIFY(!model.isAnimating());
        // When systemd's job runs (ACTIVATING), the spinner turns
        store.update(u"g"_s, [](Guest &g) { g.derived.state = GuestState::Activating; });
        QVERIFY(model.isAnimating());
    }

    void restartNeededFollowsTheConfigurationsDate()
    {
        GuestStore store;
        Guest g = sampleGuest(
            u"g"_s, u"par"_s, charon::test::SampleState { "active", "running", "success" });
        const QDateTime started = QDateTime::currentDateTime().addSecs(-600);
        g.startedAt = started;
        g.config.modifiedAt = started.addSecs(-60); // read by the emulator at its start
        store.upsert(g);
        GuestTableModel model(&store);
        const QModelIndex cell = model.index(0, M::StateColumn);
        QVERIFY(!cell.data(M::RestartNeededRole).toBool());
        QVERIFY(!cell.data(M::StateTextRole).toString().contains(u"restart"_s));
        // When the configuration is written after the start
        store.update(u"g"_s, [&](Guest &guest) { guest.config.modifiedAt = started.addSecs(60); });
        // Then the state cell says a restart is needed
        QVERIFY(cell.data(M::RestartNeededRole).toBool());
        QVERIFY2(cell.data(M::StateTextRole).toString().contains(u"restart needed"_s),
            qPrintable(cell.data(M::StateTextRole).toString()));
        // And a stopped guest never needs one (its next start reads the new file)
        store.update(
            u"g"_s, [](Guest &guest) { guest.derived.state = charon::core::GuestState::Inactive; });
        QVERIFY(!cell.data(M::RestartNeededRole).toBool());
    }

    void spinnerTurnsOnlyBusyCellsAndStops()
    {
        // Given one running and one starting guest, with a fast spinner
        GuestStore store;
        store.upsert(sampleGuest(u"run"_s, u"par"_s, charon::test::kRunning));
        store.upsert(sampleGuest(u"boot"_s, u"par"_s, charon::test::kStarting));
        GuestTableModel model(&store);
        model.setActivityInterval(10);
        QVERIFY(model.isAnimating());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // Then the frames change the starting guest's icon only
        QTRY_VERIFY(changed.size() >= 2);
        for (const auto &args : std::as_const(changed)) {
            QCOMPARE(args.at(0).value<QModelIndex>(), model.index(1, M::StateColumn));
            QCOMPARE(args.at(2).value<QList<int>>(), QList<int> { Qt::DecorationRole });
        }
        QVERIFY(model.activityFrame() != 0
            || changed.size() >= charon::ui::StateStyle::kActivityFrames);

        // When it reaches ACTIVE, the timer stops: nothing turns with no busy row
        store.upsert(sampleGuest(u"boot"_s, u"par"_s, charon::test::kRunning));
        QVERIFY(!model.isAnimating());

        // And removing a busy guest stops it too
        store.upsert(sampleGuest(u"halt"_s, u"par"_s, charon::test::kStopping));
        QVERIFY(model.isAnimating());
        store.remove(u"halt"_s);
        QVERIFY(!model.isAnimating());
    }

    void sortsByTheRightKey_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("order"); // names, ascending
        QTest::newRow("memory is numeric")
            << int(M::MemoryColumn)
            << QStringList { u"vms-archive"_s, u"vax-legacy"_s, u"mpe-finance"_s, u"hp3000-spare"_s,
                   u"hpux-test"_s, u"tru64-build"_s, u"vms-cluster1"_s, u"hpux-prod"_s };
        QTest::newRow("state by urgency")
            << int(M::StateColumn)
            << QStringList { u"tru64-build"_s, u"vms-cluster1"_s, u"hpux-test"_s, u"hpux-prod"_s,
                   u"mpe-finance"_s, u"vax-legacy"_s, u"vms-archive"_s, u"hp3000-spare"_s };
        QTest::newRow("default first")
            << int(M::DefaultColumn)
            << QStringList { u"hpux-prod"_s, u"hp3000-spare"_s, u"hpux-test"_s, u"mpe-finance"_s,
                   u"tru64-build"_s, u"vax-legacy"_s, u"vms-archive"_s, u"vms-cluster1"_s };
    }
    void sortsByTheRightKey()
    {
        QFETCH(int, column);
        QFETCH(QStringList, order);
        GuestStore store;
        charon::test::fillSampleStore(store);
        GuestTableModel model(&store);
        GuestFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(column, Qt::AscendingOrder);
        QCOMPARE(columnValues(proxy, M::NameColumn), order);
    }

    void filterMatchesNameConfigAndState_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("empty keeps all")
            << QString() << QStringList { u"a-prod"_s, u"b-test"_s, u"c-prod"_s };
        QTest::newRow("name") << u"PROD"_s << QStringList { u"a-prod"_s, u"c-prod"_s };
        QTest::newRow("config path") << u"/charon/b-"_s << QStringList { u"b-test"_s };
        QTest::newRow("state text") << u"failed"_s << QStringList { u"c-prod"_s };
        QTest::newRow("every word must match") << u"prod  active"_s << QStringList { u"a-prod"_s };
        QTest::newRow("nothing") << u"zzz"_s << QStringList {};
    }
    void filterMatchesNameConfigAndState()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, names);
        GuestStore store;
        store.upsert(sampleGuest(u"a-prod"_s, u"par"_s, charon::test::kRunning));
        store.upsert(sampleGuest(u"b-test"_s, u"axp"_s, charon::test::kStopped));
        store.upsert(sampleGuest(u"c-prod"_s, u"vax"_s, charon::test::kCrashed));
        GuestTableModel model(&store);
        GuestFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(M::NameColumn);
        proxy.setFilterText(filter);
        QCOMPARE(columnValues(proxy, M::NameColumn), names);
    }

    void filterMatchesWholeStateWords_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("names");
        // "active" is the running guest only, not the stopped (INACTIVE) one
        QTest::newRow("active") << u"active"_s << QStringList { u"a-run"_s };
        QTest::newRow("ACTIVE") << u"ACTIVE"_s << QStringList { u"a-run"_s };
        QTest::newRow("inactive") << u"inactive"_s << QStringList { u"b-stop"_s };
        // the start of a state word still finds it
        QTest::newRow("fail") << u"fail"_s << QStringList { u"c-crash"_s };
        QTest::newRow("ctive") << u"ctive"_s << QStringList {};
    }
    void filterMatchesWholeStateWords()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, names);
        GuestStore store;
        store.upsert(sampleGuest(u"a-run"_s, u"par"_s, charon::test::kRunning));
        store.upsert(sampleGuest(u"b-stop"_s, u"axp"_s, charon::test::kStopped));
        store.upsert(sampleGuest(u"c-crash"_s, u"vax"_s, charon::test::kCrashed));
        GuestTableModel model(&store);
        GuestFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(M::NameColumn);
        proxy.setFilterText(filter);
        QCOMPARE(columnValues(proxy, M::NameColumn), names);
    }

    void namesSortNaturally()
    {
        // Given guests numbered past 9
        GuestStore store;
        for (const QString &name : { u"g10"_s, u"g2"_s, u"G1"_s, u"g20"_s, u"g3"_s })
            store.upsert(sampleGuest(name, u"axp"_s, charon::test::kStopped));
        GuestTableModel model(&store);
        GuestFilterProxy proxy;
        proxy.setSourceModel(&model);
        // When sorted by name, g2 comes before g10 (and case does not matter)
        proxy.sort(M::NameColumn, Qt::AscendingOrder);
        QCOMPARE(columnValues(proxy, M::NameColumn),
            (QStringList { u"G1"_s, u"g2"_s, u"g3"_s, u"g10"_s, u"g20"_s }));
        proxy.sort(M::NameColumn, Qt::DescendingOrder);
        QCOMPARE(columnValues(proxy, M::NameColumn),
            (QStringList { u"g20"_s, u"g10"_s, u"g3"_s, u"g2"_s, u"G1"_s }));
    }

    void filterFollowsStateChanges()
    {
        // Given a filter on "failed" showing nothing
        GuestStore store;
        store.upsert(sampleGuest(u"g"_s, u"par"_s, charon::test::kRunning));
        GuestTableModel model(&store);
        GuestFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterText(u"failed"_s);
        QCOMPARE(proxy.rowCount(), 0);
        // When the guest crashes, it appears
        store.upsert(sampleGuest(u"g"_s, u"par"_s, charon::test::kCrashed));
        QCOMPARE(proxy.rowCount(), 1);
    }

    void textsForMissingValues()
    {
        QCOMPARE(GuestTableModel::memoryText(-1), u"-"_s);
        QCOMPARE(GuestTableModel::memoryText(512), u"512 MB"_s);
        QCOMPARE(GuestTableModel::memoryText(8192), u"8 GB"_s);
        QCOMPARE(GuestTableModel::memoryText(1536), u"1.5 GB"_s);
        Guest g;
        QCOMPARE(GuestTableModel::emulatorText(g), u"-"_s);
        g.profileId = u"axp"_s;
        QCOMPARE(GuestTableModel::emulatorText(g), u"AXP"_s);
        g.emulator = u"/opt/charon/bin/es40"_s;
        QCOMPARE(GuestTableModel::emulatorText(g), u"AXP (es40)"_s);
    }
};

CHARON_TEST_MAIN(TestGuestTableModel)
#include "tst_guesttablemodel.moc"
