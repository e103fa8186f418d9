// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// GuestRemover, the parts that need no systemd: which ActiveStates count as running, and the
// checks made before anything is asked of systemd or touched on disk (an invalid name, a
// guest with no unit file, a remote host, no bus). The whole removal against a real manager is in
// tests/integration/tst_guestremover_systemd.cpp.

#include "core/guests/guestremover.h"
#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdconnection.h"
#include "tests/harness/testmain.h"

#include <QDBusConnection>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace {

struct Outcome
{
    bool finished = false;
    GuestRemover::Failure failure = GuestRemover::Failure::None;
    QString error;
    SystemdError::Category category = SystemdError::Category::None;
};

// Runs one removal to its end; the remover deletes itself, so the outcome is copied out.
Outcome removeGuest(
    SystemdClient *client, const UnitFile &units, const DefaultGuest &star, const QString &name)
{
    auto outcome = std::make_shared<Outcome>();
    auto *remover = new GuestRemover(client, units, star, name, false);
    QObject::connect(remover, &GuestRemover::finished, [outcome](GuestRemover *r) {
        outcome->finished = true;
        outcome->failure = r->failure();
        outcome->error = r->errorString();
        outcome->category = r->systemdError().category;
    });
    (void)QTest::qWaitFor([outcome] { return outcome->finished; }, 10000);
    return *outcome;
}

} // namespace

class TestGuestRemover : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    UnitFile units() const { return UnitFile(UnitScope::User, m_dir.filePath(u"units"_s)); }
    DefaultGuest star() const { return DefaultGuest(UnitScope::User, m_dir.filePath(u"star"_s)); }
    void writeUnit(const QString &name) const
    {
        QVERIFY(QDir().mkpath(units().directory()));
        QFile file(units().unitPath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[Service]\nExecStart=/bin/true\n");
    }

private Q_SLOTS:
    void runningStates_data()
    {
        QTest::addColumn<QString>("activeState");
        QTest::addColumn<bool>("running");
        QTest::newRow("inactive") << u"inactive"_s << false;
        QTest::newRow("failed") << u"failed"_s << false;
        QTest::newRow("active") << u"active"_s << true;
        QTest::newRow("activating") << u"activating"_s << true;
        QTest::newRow("deactivating") << u"deactivating"_s << true;
        QTest::newRow("reloading") << u"reloading"_s << true;
        // Not read at all: assume the worst, never remove what might run
        QTest::newRow("unknown") << QString() << true;
    }
    void runningStates()
    {
        QFETCH(QString, activeState);
        QFETCH(bool, running);
        QCOMPARE(GuestRemover::isRunning(activeState), running);
    }

    void refusedBeforeAskingSystemd_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("remote");
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("error");
        QTest::newRow("invalid name")
            << u"../x"_s << false << int(GuestRemover::Failure::InvalidName)
            << u"invalid guest name \"../x\""_s;
        QTest::newRow("no unit file") << u"ghost"_s << false << int(GuestRemover::Failure::NotFound)
                                      << u"no guest named \"ghost\""_s;
        QTest::newRow("remote host")
            << u"kept"_s << true << int(GuestRemover::Failure::RemoteHost)
            << u"Cannot remove kept from here: its unit file is on the remote host."_s;
    }
    void refusedBeforeAskingSystemd()
    {
        QFETCH(QString, name);
        QFETCH(bool, remote);
        QFETCH(int, failure);
        QFETCH(QString, error);
        // Given a guest "kept" with a unit file, and a bus connection that is down (a remote
        // one: an address no bridge answers on)
        writeUnit(u"kept"_s);
        const auto connection = remote
            ? std::make_unique<SystemdConnection>(u"unixexec:path=/nonexistent/charon-bridge"_s)
            : std::make_unique<SystemdConnection>(QDBusConnection(u"charon-no-bus"_s));
        SystemdClient client(connection.get());
        // When the guest is removed
        const Outcome outcome = removeGuest(&client, units(), star(), name);
        // Then the removal ends with the reason, and the unit file is untouched
        QVERIFY(outcome.finished);
        QCOMPARE(int(outcome.failure), failure);
        QCOMPARE(outcome.error, error);
        QVERIFY(units().exists(u"kept"_s));
    }

    void noBusLeavesTheGuest()
    {
        // Given a guest that is the star, and no bus to reach systemd on
        writeUnit(u"kept"_s);
        DefaultGuest defaultGuest = star();
        QVERIFY(defaultGuest.setName(u"kept"_s, nullptr));
        SystemdConnection connection(QDBusConnection(u"charon-no-bus"_s));
        SystemdClient client(&connection);
        // When it is removed
        const Outcome outcome = removeGuest(&client, units(), star(), u"kept"_s);
        // Then it ends at once as a systemd failure, with the category the CLI turns into its
        // exit code and the GUI into a warning, and the unit file and the star are untouched
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.failure, GuestRemover::Failure::Systemd);
        QCOMPARE(outcome.category, SystemdError::Category::Disconnected);
        QVERIFY2(outcome.error.startsWith(u"Cannot remove kept: there is no connection"_s),
            qPrintable(outcome.error));
        QVERIFY(units().exists(u"kept"_s));
        QCOMPARE(star().name(), u"kept"_s);
    }
};

CHARON_TEST_GUILESS_MAIN(TestGuestRemover)
#include "tst_guestremover.moc"
