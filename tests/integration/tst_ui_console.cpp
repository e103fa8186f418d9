// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// A console tab over a guest that is a REAL systemd --user service (charon-guest-sim as the
// emulator), wired as the app wires it (SystemdConnection -> SystemdClient -> GuestMonitor ->
// GuestStore -> ConsoleTabs): the tab logs in and shuts HP-UX down cleanly, the unit goes
// inactive and the tab says the guest stopped (without dialling the dead port); when the unit
// is started again, the tab reconnects by itself and shows the new boot.

#include "core/guests/gueststore.h"
#include "core/session/guestsession.h"
#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdconnection.h"
#include "tests/harness/consoletabhelpers.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testmain.h"
#include "tests/harness/testscope.h"
#include "tests/integration/guestunitfixture.h"
#include "ui/console/consolestatusbar.h"
#include "ui/console/consoletab.h"
#include "ui/console/consoletabs.h"
#include "ui/terminal/terminalview.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;
using namespace charon::test;
using charon::ui::ConsoleTab;
using Status = ConsoleLink::Status;

namespace {
const QString kGuest = u"ui-console"_s;
} // namespace

class TestUiConsole : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuestUnitFixture> m_units;
    std::unique_ptr<charon::core::GuestSession> m_session;
    GuestStore *m_store = nullptr;
    std::unique_ptr<charon::ui::ConsoleTabs> m_tabs;

    QString unitState() const
    {
        return unitProperty(GuestUnitFixture::unitName(kGuest), u"ActiveState"_s);
    }
    GuestState storeState() const
    {
        const Guest *guest = m_store->find(kGuest);
        return guest ? guest->derived.state : GuestState::Unknown;
    }

private Q_SLOTS:
    void init() { m_units = std::make_unique<GuestUnitFixture>(); }
    void cleanup()
    {
        m_tabs.reset();
        m_session.reset();
        m_store = nullptr;
        m_units.reset();
    }

    void shutdownStopsTheGuestAndTheTabReconnectsWhenItRunsAgain()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given an HP-UX guest (the simulator as its emulator) running as a real service
        const quint16 port = freeTcpPort();
        const QString config = m_units->config(kGuest);
        {
            QFile file(config);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("system_model = \"rp4440\"\nlicense_key_id \"1422726238\"\n"
                       "console.type = telnet\nconsole.port = \""
                + QByteArray::number(port) + "\"\n");
        }
        QStringList extra { u"Environment=CHARON_SIM_PACE=0"_s };
        for (const char *sanitizer : { "ASAN_OPTIONS", "UBSAN_OPTIONS" }) {
            if (qEnvironmentVariableIsSet(sanitizer))
                extra << u"Environment=%1=%2"_s.arg(
                    QString::fromLatin1(sanitizer), qEnvironmentVariable(sanitizer));
        }
        m_units->writeUnit(kGuest, simulatorPath(), config, extra);
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        QCOMPARE(systemctl({ u"start"_s, GuestUnitFixture::unitName(kGuest) }), 0);

        // And the window's store following the suite's manager
        m_session = std::make_unique<charon::core::GuestSession>(testScope());
        m_store = m_session->store();
        QSignalSpy ready(m_session.get(), &charon::core::GuestSession::ready);
        m_session->start();
        QVERIFY(ready.wait(15000));
        QTRY_COMPARE(storeState(), GuestState::Active);
        QCOMPARE(m_store->find(kGuest)->config.consolePort, int(port));

        // When its console tab opens and the operator logs in
        m_tabs = std::make_unique<charon::ui::ConsoleTabs>(m_store);
        m_tabs->resize(900, 500);
        m_tabs->show();
        ConsoleTab *tab = m_tabs->openConsole(kGuest);
        QTRY_VERIFY2_WITH_TIMEOUT(
            screenText(tab).contains(u"Console Login:"_s), qPrintable(tab->statusText()), 20000);
        QCOMPARE(tab->link()->status(), Status::Connected);
        type(tab, u"operator"_s);
        QTRY_VERIFY_WITH_TIMEOUT(screenText(tab).contains(u"Password:"_s), 10000);
        type(tab, u"secret"_s);
        QTRY_VERIFY_WITH_TIMEOUT(screenText(tab).trimmed().endsWith(u"$"_s), 10000);
        // And shuts HP-UX down the clean way
        type(tab, u"shutdown -h -y 0"_s);
        QTRY_VERIFY_WITH_TIMEOUT(screenText(tab).contains(u"System has halted"_s), 20000);

        // Then systemd sees a clean stop, and the tab says the guest stopped
        QTRY_COMPARE_WITH_TIMEOUT(unitState(), u"inactive"_s, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(tab->link()->status(), Status::GuestStopped, 10000);
        QVERIFY2(tab->statusBar()->stateText().startsWith(u"The guest is stopped."_s),
            qPrintable(tab->statusBar()->stateText()));
        QVERIFY(screenText(tab).contains(u"[console closed"_s));
        // And it does not dial the dead port meanwhile (not synchronisation: a window in which
        // a dial would show)
        QTest::qWait(1500);
        QCOMPARE(tab->link()->status(), Status::GuestStopped);
        QCOMPARE(tab->link()->retryInMs(), -1);

        // When the unit is started again
        QCOMPARE(systemctl({ u"start"_s, GuestUnitFixture::unitName(kGuest) }), 0);
        // Then the tab reconnects by itself and shows the new boot up to the login prompt
        QTRY_COMPARE_WITH_TIMEOUT(tab->link()->status(), Status::Connected, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(screenText(tab).contains(u"[console reconnected"_s), 10000);
        const auto afterReconnect = [tab] {
            const QString text = screenText(tab);
            return text.mid(text.lastIndexOf(u"[console reconnected"_s));
        };
        QTRY_VERIFY2_WITH_TIMEOUT(
            afterReconnect().contains(u"Console Login:"_s), qPrintable(afterReconnect()), 20000);
        QCOMPARE(m_tabs->count(), 1);
    }
};

CHARON_TEST_MAIN(TestUiConsole)
#include "tst_ui_console.moc"
