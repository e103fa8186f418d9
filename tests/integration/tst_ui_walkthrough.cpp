// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// Issue 10's whole path, in the window, against the suite's REAL private systemd --user
// manager and a real simulated HP-UX guest: from an empty host, add a guest with the wizard,
// edit its configuration, set its timeouts and description, give it a stop-script branch (the
// EXPECT template for HP-UX, through its console, run by the real `expect`), start it, stop it
// cleanly (the guest OS shuts down: Result=success, the emulator's log says so), and remove
// it. `systemctl --user cat` shows exactly what the dialogs said.

#include "core/guests/gueststore.h"
#include "core/session/guestsession.h"
#include "core/stopscript/stopscript.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"
#include "ui/editor/codeedit.h"
#include "ui/editor/configeditordialog.h"
#include "ui/editor/scripteditordialog.h"
#include "ui/manage/addguestsummarypage.h"
#include "ui/manage/addguestwizard.h"
#include "ui/manage/emptyhostpanel.h"
#include "ui/settings/servicesettingsdialog.h"
#include "ui/table/guestactions.h"
#include "ui/table/guesttablemodel.h"
#include "ui/window/guestoperations.h"
#include "ui/window/mainwindow.h"
#include "ui/window/windowsession.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;
using namespace charon::test;
using M = charon::ui::GuestTableModel;

class TestUiWalkthrough : public QObject
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

    void addEditConfigureStartStopRemove()
    {
        CHARON_REQUIRE_SYSTEMD();
        if (QStandardPaths::findExecutable(u"expect"_s).isEmpty()
            || QStandardPaths::findExecutable(u"telnet"_s).isEmpty())
            QSKIP("expect or telnet is not installed (scripts/setup installs them)");
        // Given the window on a host without guests, and an HP-UX guest's configuration
        m_session = std::make_unique<GuestSession>(UnitScope::User);
        m_window = std::make_unique<charon::ui::MainWindow>(m_session->store());
        m_operations = charon::ui::WindowSession::attach(m_window.get(), m_session.get());
        m_window->tableModel()->setActivityInterval(0);
        m_window->actions()->setConfirmation([](const QString &) { return true; });
        m_window->show();
        QSignalSpy ready(m_session.get(), &GuestSession::ready);
        m_session->start();
        QVERIFY(ready.wait(15000));
        QVERIFY(m_window->emptyHostPanel()->isVisible());
        const quint16 port = freeTcpPort();
        const QString workDir = testBase() + u"/guests/walk"_s;
        const QString config = workDir + u"/walk.cfg"_s;
        QVERIFY(writeText(config,
            u"system_model = \"rp4440\"\nmemory_size = 2048\nconsole.type = telnet\n"
            "console.port = \"%1\"\nlog_file = \"walk.log\"\n# charon-guest-sim: pace=0\n"_s.arg(
                port)));

        // 1. Add Guest: the wizard, from the empty host's button
        m_window->emptyHostPanel()->addButton()->click();
        auto *wizard = m_window->findChild<charon::ui::AddGuestWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        wizard->setHelperPath(cliPath());
        wizard->emulatorBox()->setCurrentText(simulatorPath());
        wizard->next();
        wizard->configEdit()->setText(config);
        wizard->next();
        QCOMPARE(wizard->nameEdit()->text(), u"walk"_s);
        wizard->next();
        QVERIFY2(wizard->summary()->problems().isEmpty(),
            qPrintable(wizard->summary()->problems().join(u'\n')));
        wizard->summary()->startNow()->setChecked(false);
        QSignalSpy added(wizard, &charon::ui::AddGuestWizard::guestAdded);
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(added.wait(15000));
        QTRY_VERIFY(m_session->store()->rowOf(u"walk"_s) >= 0);
        QVERIFY(m_window->selectGuest(u"walk"_s));

        // 2. Edit Configuration: more memory, saved (the previous version kept as walk.cfg~)
        m_window->actions()->editConfig()->trigger();
        auto *configEditor = m_window->findChild<charon::ui::ConfigEditorDialog *>();
        QVERIFY(configEditor);
        configEditor->setConfirm([](const QString &, const QString &) { return true; });
        QString text = configEditor->editor()->toPlainText();
        text.replace(u"memory_size = 2048"_s, u"memory_size = 4096"_s);
        configEditor->editor()->setPlainText(text);
        QSignalSpy configSaved(configEditor, &charon::ui::TextFileEditorDialog::saved);
        configEditor->save();
        QVERIFY2(configSaved.count() == 1 || configSaved.wait(10000),
            qPrintable(configEditor->statusLabel()->text()));
        QVERIFY(readText(config).contains(u"memory_size = 4096"_s));
        QVERIFY(readText(config + u"~"_s).contains(u"memory_size = 2048"_s));
        QTRY_COMPARE(m_session->store()->find(u"walk"_s)->config.memoryMB, 4096);
        configEditor->close();

        // 3. Service Settings: a description and a stop timeout, applied through systemd
        m_window->actions()->editService()->trigger();
        auto *settings = m_window->findChild<charon::ui::ServiceSettingsDialog *>();
        QVERIFY(settings);
        QSignalSpy settled(settings, &charon::ui::ServiceSettingsDialog::settled);
        QVERIFY(settled.count() == 1 || settled.wait(15000)); // the values systemd applies now
        settings->findChild<QLineEdit *>(u"description"_s)->setText(u"Walkthrough guest"_s);
        settings->findChild<QSpinBox *>(u"stopTimeout"_s)->setValue(45);
        settings->apply();
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 2, 15000);
        QCOMPARE(settled.last().first().toString(), QString());
        QCOMPARE(unitProperty(u"charon-guest-walk.service"_s, u"TimeoutStopUSec"_s), u"45s"_s);
        settings->close();

        // 4. Edit Stop Script: the EXPECT template for HP-UX, customized (marker removed)
        m_window->actions()->editStopScript()->trigger();
        auto *scriptEditor = m_window->findChild<charon::ui::ScriptEditorDialog *>();
        QVERIFY(scriptEditor);
        scriptEditor->setConfirm([](const QString &, const QString &) { return true; });
        int expectTemplate = -1;
        for (int i = 0; i < scriptEditor->templateChoice()->count(); ++i) {
            if (scriptEditor->templateChoice()->itemText(i).contains(u"EXPECT"_s))
                expectTemplate = i;
        }
        QVERIFY(expectTemplate >= 0);
        scriptEditor->applyTemplate(expectTemplate);
        QStringList lines = scriptEditor->editor()->toPlainText().split(u'\n');
        QVERIFY2(lines.join(u'\n').contains(u"shutdown -h -y 0"_s), qPrintable(lines.join(u'\n')));
        lines.removeIf([](const QString &l) { return l.contains(StopScript::customizeMarker()); });
        scriptEditor->editor()->setPlainText(lines.join(u'\n'));
        QSignalSpy scriptSaved(scriptEditor, &charon::ui::TextFileEditorDialog::saved);
        scriptEditor->save();
        QVERIFY2(scriptSaved.count() == 1 || scriptSaved.wait(15000),
            qPrintable(scriptEditor->statusLabel()->text()));
        QTRY_COMPARE(
            m_session->store()->find(u"walk"_s)->stopScript, StopScriptStatus::UsingExpect);
        scriptEditor->close();

        // 5. Start
        QTRY_VERIFY(m_window->actions()->start()->isEnabled());
        m_window->actions()->start()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(stateCell(u"walk"_s).startsWith(u"ACTIVE"_s), 20000);

        // 6. Stop: cleanly, by the stop script through the console
        QTRY_VERIFY(m_window->actions()->stop()->isEnabled());
        m_window->actions()->stop()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(stateCell(u"walk"_s).startsWith(u"INACTIVE"_s), 40000);
        QCOMPARE(unitProperty(u"charon-guest-walk.service"_s, u"Result"_s), u"success"_s);
        QTRY_VERIFY2(readText(workDir + u"/walk.log"_s).contains(u"powered the machine off"_s),
            qPrintable(readText(workDir + u"/walk.log"_s)));

        // And systemctl shows what the dialogs said
        QString cat;
        QCOMPARE(systemctl({ u"cat"_s, u"charon-guest-walk.service"_s }, &cat), 0);
        QVERIFY2(cat.contains(u"Description=Walkthrough guest"_s), qPrintable(cat));
        QVERIFY2(cat.contains(u"TimeoutStopSec=45"_s), qPrintable(cat));
        QVERIFY2(cat.contains(config), qPrintable(cat));

        // 7. Remove
        m_window->actions()->remove()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->store()->rowOf(u"walk"_s), -1, 30000);
        QVERIFY(!QFile::exists(userUnitDir() + u"/charon-guest-walk.service"_s));
        QVERIFY(QFile::exists(config));
        QTRY_VERIFY(m_window->emptyHostPanel()->isVisible());
    }
};

CHARON_TEST_MAIN(TestUiWalkthrough)
#include "tst_ui_walkthrough.moc"
