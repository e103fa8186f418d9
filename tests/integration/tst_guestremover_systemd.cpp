// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// GuestRemover against the suite's REAL private systemd --user manager: the removal both the
// GUI and `charon-vm remove` use. A stopped guest loses its auto-boot link, its unit file and
// drop-in (kept as .bak) and the star; a running one is refused unless forced, and forced it
// is stopped first; a failed one is forgotten by systemd, not left listed as failed.

#include "core/guests/guestremover.h"
#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdconnection.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testmain.h"
#include "tests/integration/guestunitfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace charon::core;
using namespace charon::test;

namespace {

struct Outcome
{
    bool finished = false;
    bool stopped = false;
    GuestRemover::Failure failure = GuestRemover::Failure::None;
    QString error;
};

QString dropInPath(const QString &guest)
{
    return GuestUnitFixture::unitPath(guest) + u".d/"_s + UnitFile::dropInFileName();
}

QString wantsLink(const QString &guest)
{
    return userUnitDir() + u"/default.target.wants/"_s + GuestUnitFixture::unitName(guest);
}

} // namespace

class TestGuestRemoverSystemd : public QObject
{
    Q_OBJECT

    std::unique_ptr<SystemdConnection> m_connection;
    std::unique_ptr<SystemdClient> m_client;

    DefaultGuest star() const
    {
        return DefaultGuest(UnitScope::User, testBase() + u"/star/default-guest"_s);
    }

    Outcome removeGuest(const QString &name, bool force)
    {
        auto outcome = std::make_shared<Outcome>();
        auto *remover = new GuestRemover(
            m_client.get(), UnitFile(UnitScope::User, userUnitDir()), star(), name, force);
        connect(remover, &GuestRemover::stopped, this, [outcome] { outcome->stopped = true; });
        connect(remover, &GuestRemover::finished, this, [outcome](GuestRemover *r) {
            outcome->finished = true;
            outcome->failure = r->failure();
            outcome->error = r->errorString();
        });
        (void)QTest::qWaitFor([outcome] { return outcome->finished; }, 30000);
        return *outcome;
    }

    // Our drop-in, as UnitFile writes it beside the unit.
    static void writeDropIn(const QString &guest)
    {
        QVERIFY(QDir().mkpath(QFileInfo(dropInPath(guest)).absolutePath()));
        QFile file(dropInPath(guest));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[Service]\nTimeoutStopSec=7\n");
    }

    static void forgetBackups(const QString &guest)
    {
        QFile::remove(GuestUnitFixture::unitPath(guest) + u".bak"_s);
        QFile::remove(dropInPath(guest) + u".bak"_s);
        QDir(GuestUnitFixture::unitPath(guest) + u".d"_s).removeRecursively();
    }

private Q_SLOTS:
    void init()
    {
        if (!harnessSkipReason().isEmpty())
            return;
        m_connection = std::make_unique<SystemdConnection>(SystemdConnection::Scope::User);
        m_client = std::make_unique<SystemdClient>(m_connection.get());
        QTRY_VERIFY(m_connection->isManagerPresent());
    }
    void cleanup()
    {
        m_client.reset();
        m_connection.reset();
    }

    void stoppedGuestLosesUnitLinkAndStar()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given a stopped guest with our drop-in, auto-boot on, and the star on it
        GuestUnitFixture units;
        const QString config = units.config(u"rm-off"_s);
        units.writeUnit(u"rm-off"_s, units.sleeper(), config);
        writeDropIn(u"rm-off"_s);
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QCOMPARE(systemctl({ u"enable"_s, GuestUnitFixture::unitName(u"rm-off"_s) }), 0);
        QVERIFY(QFile::exists(wantsLink(u"rm-off"_s)));
        DefaultGuest defaultGuest = star();
        QVERIFY(defaultGuest.setName(u"rm-off"_s, nullptr));
        // When it is removed
        const Outcome outcome = removeGuest(u"rm-off"_s, false);
        // Then it is gone from systemd, its files are set aside, the star is cleared, and its
        // configuration is still there
        QVERIFY(outcome.finished);
        QVERIFY2(outcome.failure == GuestRemover::Failure::None, qPrintable(outcome.error));
        QVERIFY(!outcome.stopped);
        QVERIFY(!QFile::exists(wantsLink(u"rm-off"_s)));
        QVERIFY(!QFile::exists(GuestUnitFixture::unitPath(u"rm-off"_s)));
        QVERIFY(QFile::exists(GuestUnitFixture::unitPath(u"rm-off"_s) + u".bak"_s));
        QVERIFY(!QFile::exists(dropInPath(u"rm-off"_s)));
        QVERIFY(QFile::exists(dropInPath(u"rm-off"_s) + u".bak"_s));
        QCOMPARE(
            unitProperty(GuestUnitFixture::unitName(u"rm-off"_s), u"LoadState"_s), u"not-found"_s);
        QCOMPARE(star().name(), QString());
        QVERIFY(QFile::exists(config));
        forgetBackups(u"rm-off"_s);
    }

    void runningGuestNeedsForce_data()
    {
        QTest::addColumn<bool>("force");
        QTest::newRow("refused") << false;
        QTest::newRow("forced") << true;
    }
    void runningGuestNeedsForce()
    {
        CHARON_REQUIRE_SYSTEMD();
        QFETCH(bool, force);
        // Given a running guest
        GuestUnitFixture units;
        const QString guest = force ? u"rm-forced"_s : u"rm-refused"_s;
        const QString unit = GuestUnitFixture::unitName(guest);
        units.writeUnit(guest, units.sleeper(), units.config(guest));
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QCOMPARE(systemctl({ u"start"_s, unit }), 0);
        QCOMPARE(unitProperty(unit, u"ActiveState"_s), u"active"_s);
        // When it is removed
        const Outcome outcome = removeGuest(guest, force);
        QVERIFY(outcome.finished);
        if (!force) {
            // Then without force it is refused, named, and left running with its unit file
            QCOMPARE(outcome.failure, GuestRemover::Failure::Running);
            QVERIFY2(outcome.error.contains(guest) && outcome.error.contains(u"running"_s),
                qPrintable(outcome.error));
            QVERIFY(!outcome.stopped);
            QCOMPARE(unitProperty(unit, u"ActiveState"_s), u"active"_s);
            QVERIFY(QFile::exists(GuestUnitFixture::unitPath(guest)));
            return;
        }
        // Then with force it is stopped first, then removed
        QVERIFY2(outcome.failure == GuestRemover::Failure::None, qPrintable(outcome.error));
        QVERIFY(outcome.stopped);
        QCOMPARE(unitProperty(unit, u"ActiveState"_s), u"inactive"_s);
        QCOMPARE(unitProperty(unit, u"LoadState"_s), u"not-found"_s);
        QVERIFY(!QFile::exists(GuestUnitFixture::unitPath(guest)));
        forgetBackups(guest);
    }

    void failedGuestIsForgotten()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given a guest whose emulator crashed: systemd keeps it loaded as failed
        GuestUnitFixture units;
        const QString unit = GuestUnitFixture::unitName(u"rm-crash"_s);
        units.writeUnit(u"rm-crash"_s, units.crasher(), units.config(u"rm-crash"_s));
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QCOMPARE(systemctl({ u"start"_s, unit }), 0);
        QTRY_COMPARE_WITH_TIMEOUT(unitProperty(unit, u"ActiveState"_s), u"failed"_s, 20000);
        // When it is removed (no force needed: it does not run)
        const Outcome outcome = removeGuest(u"rm-crash"_s, false);
        // Then systemd has forgotten the failure: nothing named after it is listed any more
        QVERIFY(outcome.finished);
        QVERIFY2(outcome.failure == GuestRemover::Failure::None, qPrintable(outcome.error));
        QCOMPARE(unitProperty(unit, u"ActiveState"_s), u"inactive"_s);
        QString listed;
        QCOMPARE(systemctl({ u"list-units"_s, u"--all"_s, u"--plain"_s, u"--no-legend"_s, unit },
                     &listed),
            0);
        QVERIFY2(!listed.contains(unit), qPrintable(listed));
        forgetBackups(u"rm-crash"_s);
    }
};

CHARON_TEST_GUILESS_MAIN(TestGuestRemoverSystemd)
#include "tst_guestremover_systemd.moc"
