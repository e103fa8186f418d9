// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The main window against the suite's REAL private systemd --user manager, wired as the app
// wires it (SystemdConnection -> SystemdClient -> GuestMonitor -> GuestStore -> MainWindow, and
// GuestActions -> GuestOperations -> SystemdClient): rows appear, state cells change when a
// guest starts, crashes and stops, the actions trigger real jobs (in parallel for several
// guests), a refused start lands in the message bar, remove keeps the configuration.

#include "core/guests/guestmonitor.h"
#include "core/guests/gueststore.h"
#include "core/session/guestsession.h"
#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdconnection.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testmain.h"
#include "tests/integration/guestunitfixture.h"
#include "ui/table/guestactions.h"
#include "ui/table/guestfilterproxy.h"
#include "ui/table/guesttablemodel.h"
#include "ui/table/guesttableview.h"
#include "ui/window/guestoperations.h"
#include "ui/window/mainwindow.h"
#include "ui/window/messagebar.h"
#include "ui/window/windowsession.h"

#include <QAction>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;
using namespace charon::test;
using charon::ui::GuestTableModel;
using M = charon::ui::GuestTableModel;

class TestUiGuestTable : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuestUnitFixture> m_units;
    std::unique_ptr<charon::core::GuestSession> m_session;
    GuestStore *m_store = nullptr;
    SystemdClient *m_client = nullptr;
    std::unique_ptr<charon::ui::MainWindow> m_window;
    charon::ui::GuestOperations *m_operations = nullptr;

    bool openWindow()
    {
        // The product's own wiring: GuestSession (systemd, store, monitor, pipeline) and
        // WindowSession (operations, header) as app/main_gui.cpp does it.
        m_session = std::make_unique<charon::core::GuestSession>(UnitScope::User);
        m_store = m_session->store();
        m_client = m_session->client();
        m_window = std::make_unique<charon::ui::MainWindow>(m_store);
        m_operations = charon::ui::WindowSession::attach(m_window.get(), m_session.get());
        m_window->actions()->setConfirmation([](const QString &) { return true; });
        // These guests have no stop script: a plain stop is a power-off, agreed to here.
        m_operations->setPowerOffConfirmation([](const QStringList &, const QString &) {
            return charon::ui::GuestOperations::PowerOffAnswer::Stop;
        });
        m_window->tableModel()->setActivityInterval(0);
        m_window->show();
        QSignalSpy ready(m_session.get(), &charon::core::GuestSession::ready);
        m_session->start();
        return ready.wait(15000);
    }
    // What the admin sees in a guest's state cell, and the icon's shape.
    QString stateCell(const QString &name) const
    {
        const int row = m_store->rowOf(name);
        return row < 0 ? QString()
                       : m_window->tableModel()->index(row, M::StateColumn).data().toString();
    }
    QString iconOf(const QString &name) const
    {
        const int row = m_store->rowOf(name);
        return row < 0 ? QString()
                       : m_window->tableModel()
                             ->index(row, M::StateColumn)
                             .data(M::StateIconNameRole)
                             .toString();
    }
    void select(const QStringList &names)
    {
        QVERIFY(m_window->selectGuest(names.first()));
        for (const QString &name : names.mid(1)) {
            const QModelIndex index = m_window->filterProxy()->mapFromSource(
                m_window->tableModel()->index(m_store->rowOf(name), 0));
            m_window->guestView()->selectionModel()->select(
                index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        // No QStandardPaths test mode: unit files and the default-guest file must be where the
        // suite's manager and the CLI look ($XDG_CONFIG_HOME, private to this suite).
        QCoreApplication::setOrganizationName(u"charon-tests"_s);
    }
    void init() { m_units = std::make_unique<GuestUnitFixture>(); }
    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_store = nullptr;
        m_client = nullptr;
        m_units.reset();
        QFile::remove(DefaultGuest::defaultPath(UnitScope::User));
    }

    void rowsAppearAndStateCellsFollowStartCrashStop()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given two stopped guests, one of whose emulator crashes a second after starting
        m_units->writeUnit(u"ui-a"_s, m_units->sleeper(), m_units->config(u"ui-a"_s));
        m_units->writeUnit(u"ui-crash"_s, m_units->crasher(), m_units->config(u"ui-crash"_s));
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QVERIFY(DefaultGuest(UnitScope::User).setName(u"ui-a"_s, nullptr));
        QVERIFY(openWindow());
        // Then both rows are there, stopped, and the star is on the default guest
        QCOMPARE(m_window->guestView()->model()->rowCount(), 2);
        QCOMPARE(stateCell(u"ui-a"_s), u"INACTIVE REQUESTED"_s);
        QTRY_VERIFY(m_store->find(u"ui-a"_s)->isDefault);
        QVERIFY(!m_store->find(u"ui-crash"_s)->isDefault);

        // When the admin starts ui-a with the Start action
        QSignalSpy changed(m_window->tableModel(), &QAbstractItemModel::dataChanged);
        select({ u"ui-a"_s });
        QVERIFY(m_window->actions()->start()->isEnabled());
        m_window->actions()->start()->trigger();
        // Then a real systemd job runs and the cell turns ACTIVE
        QTRY_COMPARE_WITH_TIMEOUT(stateCell(u"ui-a"_s), u"ACTIVE"_s, 10000);
        QCOMPARE(iconOf(u"ui-a"_s), u"guest-active"_s);
        QCOMPARE(
            unitProperty(GuestUnitFixture::unitName(u"ui-a"_s), u"ActiveState"_s), u"active"_s);
        // And only ui-a's row was repainted, never the other guest's
        const int other = m_store->rowOf(u"ui-crash"_s);
        for (const auto &args : std::as_const(changed))
            QVERIFY(args.at(0).value<QModelIndex>().row() != other);
        // And the actions now offer stopping, not starting
        QTRY_VERIFY(m_window->actions()->stop()->isEnabled());
        QVERIFY(!m_window->actions()->start()->isEnabled());

        // When ui-crash is started and its emulator dies of SIGSEGV
        select({ u"ui-crash"_s });
        m_window->actions()->start()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stateCell(u"ui-crash"_s), u"FAILED"_s, 10000);
        QCOMPARE(iconOf(u"ui-crash"_s), u"guest-failed"_s);
        QVERIFY(m_window->tableModel()
                    ->index(other, M::StateColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"SIGSEGV"_s));

        // When ui-a is stopped with the Stop action
        select({ u"ui-a"_s });
        m_window->actions()->stop()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stateCell(u"ui-a"_s), u"INACTIVE REQUESTED"_s, 10000);
        QCOMPARE(m_window->messageBar()->count(), 0);
    }

    void severalGuestsStartInParallelAndForceStop()
    {
        CHARON_REQUIRE_SYSTEMD();
        const QString emu = m_units->sleeper();
        const QStringList names { u"par-1"_s, u"par-2"_s, u"par-3"_s };
        for (const QString &name : names)
            m_units->writeUnit(name, emu, m_units->config(name));
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QVERIFY(openWindow());
        // When all three are started at once
        select(names);
        m_window->actions()->start()->trigger();
        // Then three jobs are in flight together
        QCOMPARE(m_operations->pendingJobs(), 3);
        for (const QString &name : names)
            QTRY_COMPARE_WITH_TIMEOUT(stateCell(name), u"ACTIVE"_s, 10000);
        QTRY_COMPARE(m_operations->pendingJobs(), 0);
        // When two are powered off
        select({ u"par-1"_s, u"par-2"_s });
        QTRY_VERIFY(m_window->actions()->forceStop()->isEnabled());
        m_window->actions()->forceStop()->trigger();
        // Then they are no longer running, as stops the admin asked for; the third still runs
        QTRY_COMPARE_WITH_TIMEOUT(stateCell(u"par-1"_s), u"INACTIVE REQUESTED"_s, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stateCell(u"par-2"_s), u"INACTIVE REQUESTED"_s, 10000);
        QCOMPARE(stateCell(u"par-3"_s), u"ACTIVE"_s);
    }

    void forceStopKillsAnEmulatorThatIgnoresSigterm()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given a running guest whose emulator ignores SIGTERM
        const QString stubborn
            = m_units->script(u"emu-stubborn"_s, u"trap '' TERM\nwhile :; do sleep 1; done"_s);
        m_units->writeUnit(u"stubborn"_s, stubborn, m_units->config(u"stubborn"_s));
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QVERIFY(openWindow());
        m_operations->setForceStopGrace(1500);
        select({ u"stubborn"_s });
        m_window->actions()->start()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stateCell(u"stubborn"_s), u"ACTIVE"_s, 10000);
        // When it is force-stopped
        QTRY_VERIFY(m_window->actions()->forceStop()->isEnabled());
        m_window->actions()->forceStop()->trigger();
        // Then, SIGTERM being ignored, it is killed after the grace period: a failure, because
        // the emulator did not end by itself
        QTRY_COMPARE_WITH_TIMEOUT(stateCell(u"stubborn"_s), u"FAILED"_s, 15000);
        QCOMPARE(m_store->find(u"stubborn"_s)->unitStatus.result, u"signal"_s);
    }

    void refusedStartIsReportedNamingTheGuest()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given a guest whose emulator does not exist
        m_units->writeUnit(u"ui-broken"_s, m_units->dir() + u"/no-such-emulator"_s,
            m_units->config(u"ui-broken"_s));
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QVERIFY(openWindow());
        QSignalSpy finished(m_operations, &charon::ui::GuestOperations::operationFinished);
        select({ u"ui-broken"_s });
        m_window->actions()->start()->trigger();
        // Then the message bar says which guest failed to start, and the window never blocked
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(m_window->messageBar()->count(), 1);
        const QString text = m_window->messageBar()->texts().first();
        QVERIFY2(text.startsWith(u"Starting ui-broken failed"_s), qPrintable(text));
    }

    void multiGuestActionEndsWithOneSummary()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given three guests that run and one whose emulator does not exist
        const QStringList good { u"sum-1"_s, u"sum-2"_s, u"sum-3"_s };
        for (const QString &name : good)
            m_units->writeUnit(name, m_units->sleeper(), m_units->config(name));
        m_units->writeUnit(
            u"sum-bad"_s, m_units->dir() + u"/no-such-emulator"_s, m_units->config(u"sum-bad"_s));
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QVERIFY(openWindow());
        QSignalSpy finished(m_operations, &charon::ui::GuestOperations::operationFinished);
        // When all four are started at once
        select(good + QStringList { u"sum-bad"_s });
        m_window->actions()->start()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 15000);
        // Then the message bar holds one summary naming the failed guest and why
        QCOMPARE(m_window->messageBar()->count(), 1);
        const QString text = m_window->messageBar()->texts().first();
        QVERIFY2(
            text.startsWith(u"3 started, 1 failed: Starting sum-bad failed"_s), qPrintable(text));
        // When the three running ones are stopped together, the summary says so
        select(good);
        QTRY_VERIFY(m_window->actions()->stop()->isEnabled());
        m_window->actions()->stop()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 7, 15000);
        QVERIFY2(m_window->messageBar()->texts().contains(u"3 stopped."_s),
            qPrintable(m_window->messageBar()->texts().join(u" | "_s)));
    }

    void autoBootDefaultAndRemove()
    {
        CHARON_REQUIRE_SYSTEMD();
        const QString config = m_units->config(u"ui-keep"_s);
        m_units->writeUnit(u"ui-keep"_s, m_units->sleeper(), config);
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QVERIFY(openWindow());
        const auto cell = [this](int column) {
            return m_window->tableModel()->index(m_store->rowOf(u"ui-keep"_s), column);
        };
        // Auto-boot on: systemd enables the unit and the column says so
        select({ u"ui-keep"_s });
        m_window->actions()->autoBootOn()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(cell(M::AutoBootColumn).data().toString(), u"yes"_s, 10000);
        QString out;
        systemctl({ u"is-enabled"_s, GuestUnitFixture::unitName(u"ui-keep"_s) }, &out);
        QCOMPARE(out.trimmed(), u"enabled"_s);
        // Set as default: the star appears, and the CLI's file names it
        m_window->actions()->setDefault()->trigger();
        QVERIFY(!cell(M::DefaultColumn).data(Qt::DecorationRole).isNull());
        QCOMPARE(DefaultGuest(UnitScope::User).name(), u"ui-keep"_s);
        // The command-line tools may change the star at any time: the window follows the file
        QVERIFY(DefaultGuest(UnitScope::User).setName({}, nullptr));
        QTRY_VERIFY(cell(M::DefaultColumn).data(Qt::DecorationRole).isNull());
        QVERIFY(DefaultGuest(UnitScope::User).setName(u"ui-keep"_s, nullptr));
        QTRY_VERIFY(!cell(M::DefaultColumn).data(Qt::DecorationRole).isNull());
        // Remove: the row goes, the unit file is set aside, the configuration stays
        QTRY_VERIFY(m_window->actions()->remove()->isEnabled());
        m_window->actions()->remove()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_store->rowOf(u"ui-keep"_s), -1, 15000);
        QVERIFY(!QFile::exists(GuestUnitFixture::unitPath(u"ui-keep"_s)));
        QVERIFY(QFile::exists(GuestUnitFixture::unitPath(u"ui-keep"_s) + u".bak"_s));
        QVERIFY(QFile::exists(config));
        QCOMPARE(DefaultGuest(UnitScope::User).name(), QString());
        systemctl({ u"is-enabled"_s, GuestUnitFixture::unitName(u"ui-keep"_s) }, &out);
        QVERIFY2(!out.contains(u"enabled"_s), qPrintable(out));
        QFile::remove(GuestUnitFixture::unitPath(u"ui-keep"_s) + u".bak"_s);
    }

    void failedGuestRemovedLeavesNoRow()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given a guest whose emulator crashed: systemd keeps a failed unit loaded
        m_units->writeUnit(u"ui-gone"_s, m_units->crasher(), m_units->config(u"ui-gone"_s));
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QCOMPARE(systemctl({ u"start"_s, GuestUnitFixture::unitName(u"ui-gone"_s) }), 0);
        QVERIFY(openWindow());
        QTRY_COMPARE_WITH_TIMEOUT(stateCell(u"ui-gone"_s), u"FAILED"_s, 10000);
        // When the admin removes it
        select({ u"ui-gone"_s });
        QTRY_VERIFY(m_window->actions()->remove()->isEnabled());
        m_window->actions()->remove()->trigger();
        // Then systemd forgets the failure too, so no row is left behind
        QTRY_COMPARE_WITH_TIMEOUT(m_store->rowOf(u"ui-gone"_s), -1, 15000);
        QTRY_COMPARE(m_operations->pendingJobs(), 0);
        QCOMPARE(m_store->rowOf(u"ui-gone"_s), -1);
        QCOMPARE(m_window->messageBar()->count(), 0);
        QFile::remove(GuestUnitFixture::unitPath(u"ui-gone"_s) + u".bak"_s);
    }

    void removingAGuestThatRunsIsRefusedNamingIt()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given a guest the window showed stopped, started meanwhile from elsewhere (the
        // action offers stopped guests only, so the request is made as it would be then)
        m_units->writeUnit(u"ui-busy"_s, m_units->sleeper(), m_units->config(u"ui-busy"_s));
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QVERIFY(openWindow());
        QCOMPARE(systemctl({ u"start"_s, GuestUnitFixture::unitName(u"ui-busy"_s) }), 0);
        QSignalSpy finished(m_operations, &charon::ui::GuestOperations::operationFinished);
        m_operations->remove({ u"ui-busy"_s });
        // Then the same check as `charon-vm remove` refuses it, in one message naming it, and
        // the guest keeps running with its unit file
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(m_window->messageBar()->count(), 1);
        const QString text = m_window->messageBar()->texts().first();
        QVERIFY2(text.contains(u"ui-busy"_s) && text.contains(u"running"_s), qPrintable(text));
        QVERIFY(QFile::exists(GuestUnitFixture::unitPath(u"ui-busy"_s)));
        QCOMPARE(
            unitProperty(GuestUnitFixture::unitName(u"ui-busy"_s), u"ActiveState"_s), u"active"_s);
        QVERIFY(m_store->find(u"ui-busy"_s));
    }
};

CHARON_TEST_MAIN(TestUiGuestTable)
#include "tst_ui_guesttable.moc"
