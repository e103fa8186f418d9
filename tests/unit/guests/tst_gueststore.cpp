// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// GuestStore: rows stay stable, listeners hear exactly which fields changed, resync after a
// reconnect produces the minimal set of adds/removes/changes.

#include "core/guests/gueststore.h"
#include "tests/harness/testmain.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace {
Guest makeGuest(const QString &name)
{
    Guest g;
    g.name = name;
    g.unit = unitNameForGuest(name);
    g.profileId = u"par"_s;
    return g;
}
} // namespace

class TestGuestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upsertAppendsThenReportsChangedFields()
    {
        GuestStore store;
        QSignalSpy added(&store, &GuestStore::guestAdded);
        QSignalSpy changed(&store, &GuestStore::guestChanged);
        store.upsert(makeGuest(u"a"_s));
        store.upsert(makeGuest(u"b"_s));
        QCOMPARE(added.size(), 2);
        QCOMPARE(store.rowOf(u"b"_s), 1);

        // When only the state of b changes
        Guest b = makeGuest(u"b"_s);
        b.unitStatus.activeState = u"active"_s;
        b.derived = { GuestState::Active, StopReason::None };
        QCOMPARE(store.upsert(b), Guest::Fields(Guest::Field::State));
        // Then one change signal names row 1 and the State field only
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toInt(), 1);
        QCOMPARE(changed.at(0).at(2).value<Guest::Fields>(), Guest::Fields(Guest::Field::State));

        // An identical upsert is silent
        QCOMPARE(store.upsert(b), Guest::Fields());
        QCOMPARE(changed.size(), 1);
    }

    void removeShiftsLaterRows()
    {
        GuestStore store;
        for (const auto &n : { u"a"_s, u"b"_s, u"c"_s })
            store.upsert(makeGuest(n));
        QSignalSpy removed(&store, &GuestStore::guestRemoved);
        QVERIFY(store.remove(u"a"_s));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(store.rowOf(u"b"_s), 0);
        QCOMPARE(store.rowOf(u"c"_s), 1);
        QCOMPARE(store.at(1).name, u"c"_s);
        QVERIFY(!store.remove(u"a"_s));
    }

    void updateAppliesAChange()
    {
        GuestStore store;
        store.upsert(makeGuest(u"a"_s));
        const auto fields = store.update(u"a"_s, [](Guest &g) { g.jobInFlight = JobKind::Start; });
        QCOMPARE(fields, Guest::Fields(Guest::Field::Job));
        QCOMPARE(store.find(u"a"_s)->jobInFlight, JobKind::Start);
        QCOMPARE(store.update(u"missing"_s, [](Guest &g) { g.isDefault = true; }), Guest::Fields());
    }

    void resyncIsMinimal()
    {
        GuestStore store;
        for (const auto &n : { u"a"_s, u"b"_s, u"c"_s })
            store.upsert(makeGuest(n));
        QSignalSpy added(&store, &GuestStore::guestAdded);
        QSignalSpy removed(&store, &GuestStore::guestRemoved);
        QSignalSpy changed(&store, &GuestStore::guestChanged);
        Guest c = makeGuest(u"c"_s);
        c.autoBoot = true;
        store.resync({ makeGuest(u"a"_s), c, makeGuest(u"d"_s) });
        QCOMPARE(removed.size(), 1); // b
        QCOMPARE(added.size(), 1); // d
        QCOMPARE(changed.size(), 1); // c's settings
        QCOMPARE(store.names(), (QStringList { u"a"_s, u"c"_s, u"d"_s }));
    }
};

CHARON_TEST_GUILESS_MAIN(TestGuestStore)
#include "tst_gueststore.moc"
