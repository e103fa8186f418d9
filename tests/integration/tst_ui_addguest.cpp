// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// From an empty host to a running guest and back, in the window, against the suite's REAL
// private systemd --user manager: the empty table offers Add Guest; the wizard adds a
// simulated guest (charon-guest-sim) with auto-boot and "start now"; systemd then has the unit
// (`systemctl --user cat` shows what the wizard wrote), enabled and running; Remove names what
// goes and what stays, stops the running guest, and the unit goes while the configuration and
// the working directory stay.

#include "core/guests/gueststore.h"
#include "core/session/guestsession.h"
#include "tests/harness/clirunner.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testmain.h"
#include "ui/manage/addguestsummarypage.h"
#include "ui/manage/addguestwizard.h"
#include "ui/manage/emptyhostpanel.h"
#include "ui/table/guestactions.h"
#include "ui/table/guesttablemodel.h"
#include "ui/window/guestoperations.h"
#include "ui/window/mainwindow.h"
#include "ui/window/messagebar.h"
#include "ui/window/windowsession.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;
using namespace charon::test;
using M = charon::ui::GuestTableModel;

class TestUiAddGuest : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuestSession> m_session;
    std::unique_ptr<charon::ui::MainWindow> m_window;
    charon::ui::GuestOperations *m_operations = nullptr;

    QString stateCell(const QString &name) const
    {
        const int row = m_session->store()->rowOf(name);
        return row < 0 ? QString()
                       : m_window->tableModel()->index(row, M::StateColumn).data().toString();
    }

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(u"charon-tests"_s); }

    void addStartAndRemoveFromAnEmptyHost()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given the window on a host without guests (wired as app/main_gui.cpp wires it)
        m_session = std::make_unique<GuestSession>(UnitScope::User);
        m_window = std::make_unique<charon::ui::MainWindow>(m_session->store());
        m_operations = charon::ui::WindowSession::attach(m_window.get(), m_session.get());
        m_window->tableModel()->setActivityInterval(0);
        m_window->show();
        // Not "no guest" before systemd has been asked
        QVERIFY(!m_window->emptyHostPanel()->isVisible());
        QSignalSpy ready(m_session.get(), &GuestSession::ready);
        m_session->start();
        QVERIFY(ready.wait(15000));
        QVERIFY(m_window->emptyHostPanel()->isVisible());

        // When the admin clicks Add Guest and goes through the wizard
        m_window->emptyHostPanel()->addButton()->click();
        auto *wizard = m_window->findChild<charon::ui::AddGuestWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        wizard->setHelperPath(cliPath());
        const quint16 port = freeTcpPort();
        const QString config = simulatorConfig(u"wiz"_s, port);
        const QString workDir = QFileInfo(config).absolutePath();
        wizard->emulatorBox()->setCurrentText(simulatorPath());
        wizard->next();
        wizard->configEdit()->setText(config);
        wizard->next();
        QCOMPARE(wizard->nameEdit()->text(), u"wiz"_s);
        QCOMPARE(wizard->workDirEdit()->text(), workDir);
        wizard->autoBootBox()->setChecked(true);
        wizard->oomProtectBox()->setChecked(true);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(charon::ui::AddGuestWizard::SummaryPage));
        QVERIFY2(wizard->summary()->problems().isEmpty(),
            qPrintable(wizard->summary()->problems().join(u'\n')));
        QVERIFY(!QFile::exists(userUnitDir() + u"/charon-guest-wiz.service"_s)); // not yet
        wizard->summary()->startNow()->setChecked(true);
        QSignalSpy added(wizard, &charon::ui::AddGuestWizard::guestAdded);
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(added.wait(15000));

        // Then systemd has the unit the wizard wrote, enabled, and the guest runs
        QString cat;
        QCOMPARE(systemctl({ u"cat"_s, u"charon-guest-wiz.service"_s }, &cat), 0);
        QVERIFY2(cat.contains(simulatorPath()) && cat.contains(config), qPrintable(cat));
        QVERIFY2(cat.contains(u"OOMScoreAdjust=-1000"_s), qPrintable(cat));
        QVERIFY2(cat.contains(u"WorkingDirectory="_s + workDir), qPrintable(cat));
        QString enabled;
        systemctl({ u"is-enabled"_s, u"charon-guest-wiz.service"_s }, &enabled);
        QCOMPARE(enabled.trimmed(), u"enabled"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            unitProperty(u"charon-guest-wiz.service"_s, u"ActiveState"_s), u"active"_s, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(stateCell(u"wiz"_s).startsWith(u"ACTIVE"_s), 15000);
        QVERIFY(!m_window->emptyHostPanel()->isVisible());
        QCOMPARE(m_window->selectedGuests(), QStringList { u"wiz"_s });

        // When it is removed while running, through the Remove confirmation
        QStringList questions;
        m_window->actions()->setConfirmation([&](const QString &q) {
            questions << q;
            return true;
        });
        QTRY_VERIFY(m_window->actions()->remove()->isEnabled());
        m_window->actions()->remove()->trigger();
        // Then the confirmation named what goes and what stays, and that it is stopped first
        QCOMPARE(questions.size(), 1);
        const QString q = questions.first();
        QVERIFY2(q.contains(userUnitDir() + u"/charon-guest-wiz.service"_s), qPrintable(q));
        QVERIFY2(q.contains(u"Kept: the configuration "_s + config), qPrintable(q));
        QVERIFY2(q.contains(u"the working directory "_s + workDir), qPrintable(q));
        QVERIFY2(q.contains(u"wiz is running: it is stopped cleanly first"_s), qPrintable(q));
        // And the guest was stopped, disabled and removed; its files stay
        QTRY_COMPARE_WITH_TIMEOUT(m_session->store()->rowOf(u"wiz"_s), -1, 30000);
        QTRY_COMPARE(m_operations->pendingJobs(), 0);
        QCOMPARE(m_window->messageBar()->count(), 0);
        QVERIFY(!QFile::exists(userUnitDir() + u"/charon-guest-wiz.service"_s));
        QVERIFY(!isUnitLoaded(u"charon-guest-wiz.service"_s));
        QVERIFY(QFile::exists(config));
        QVERIFY(QFileInfo(workDir).isDir());
        QTRY_VERIFY(m_window->emptyHostPanel()->isVisible());
    }
};

CHARON_TEST_MAIN(TestUiAddGuest)
#include "tst_ui_addguest.moc"
