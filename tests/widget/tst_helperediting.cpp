// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The window's editors as a non-root admin of the system scope: the Service Settings dialog and
// the stop-script editor go through the privileged helper (HelperService on a private bus, with
// a scripted systemd and polkit), not the files. Apply writes our drop-in through the helper
// and shows what systemd applies; a polkit "no" shows the refusal naming the group and writes
// nothing. The stop script is read through the helper (root's, owner-only), saved through it
// (previous version kept), and someone else's change in between is a conflict shown in the bar.

#include "core/privileged/helperclient.h"
#include "core/privileged/helperprotocol.h"
#include "core/privileged/helperservice.h"
#include "core/support/admingroup.h"
#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdconnection.h"
#include "tests/harness/fakepolkit.h"
#include "tests/harness/fakesystemdmanager.h"
#include "tests/harness/privatebus.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"
#include "ui/editor/codeedit.h"
#include "ui/editor/scripteditordialog.h"
#include "ui/settings/servicesettingsdialog.h"

#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace charon::core;
using namespace charon::test;
using charon::ui::ScriptEditorDialog;
using charon::ui::ServiceSettingsDialog;

namespace {

const ScriptEditorDialog::Guest kVms { u"vms"_s, u"/srv/vms.cfg"_s, u"axp"_s, {} };
const QString kScript
    = u"#!/bin/sh\ncase \"$1\" in\n/srv/vms.cfg)\n    echo stop\n    ;;\nesac\n"_s;

} // namespace

class TestHelperEditing : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PrivateBus> m_bus;
    std::unique_ptr<FakeSystemdManager> m_fake;
    FakePolkit m_polkit;
    std::unique_ptr<SystemdConnection> m_connection;
    std::unique_ptr<SystemdClient> m_client;
    std::unique_ptr<HelperService> m_service;

    // The system scope's units, in a directory of the test's own.
    UnitFile units() const { return UnitFile(UnitScope::System, m_dir->path() + u"/units"_s); }
    QString script() const { return m_dir->path() + u"/stop-guest.sh"_s; }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_bus = std::make_unique<PrivateBus>();
        if (!m_bus->start())
            QSKIP(qPrintable(m_bus->skipReason()));
        m_fake = std::make_unique<FakeSystemdManager>(m_bus->connect(u"manager"_s));
        FakeUnit u;
        u.name = u"charon-guest-vms.service"_s;
        u.fragmentPath = units().unitPath(u"vms"_s);
        m_fake->setUnit(u);
        QVERIFY(m_fake->appear());
        m_polkit.allow = true;
        m_polkit.actions.clear();
        m_polkit.subjects.clear();
        QVERIFY(m_polkit.install(m_bus->connect(u"polkit"_s)));
        m_connection = std::make_unique<SystemdConnection>(m_bus->connect(u"client"_s));
        m_client = std::make_unique<SystemdClient>(m_connection.get());
        QVERIFY(QTest::qWaitFor([this] { return m_connection->isManagerPresent(); }, 5000));
        QDBusConnection helperBus = m_bus->connect(u"helper"_s);
        m_service
            = std::make_unique<HelperService>(helperBus, m_client.get(), u"/usr/bin/charon-vm"_s);
        m_service->setLocations(units(), script());
        QVERIFY(helperBus.registerObject(
            HelperProtocol::path(), m_service.get(), QDBusConnection::ExportScriptableSlots));
        QVERIFY(helperBus.registerService(HelperProtocol::service()));
        HelperClient::setBusForTesting(m_bus->connect(u"window"_s));
        HelperClient::setNeededForTesting(true);
        QVERIFY(writeText(units().unitPath(u"vms"_s),
            u"[Unit]\nDescription=Charon guest vms (test)\n[Service]\n"
            "ExecStart=/opt/charon/bin/as4100 -d /srv/vms.cfg\n"_s));
        QVERIFY(writeText(units().dropInPath(u"vms"_s), u"[Service]\nTimeoutStopSec=300\n"_s));
    }
    void cleanup()
    {
        HelperClient::setNeededForTesting(false);
        m_service.reset();
        m_client.reset();
        m_connection.reset();
        m_fake.reset();
        m_bus.reset();
    }

    void settingsApplyGoesThroughTheHelper()
    {
        ServiceSettingsDialog dialog(m_client.get(), units(), u"vms"_s, {});
        QSignalSpy settled(&dialog, &ServiceSettingsDialog::settled);
        QVERIFY(settled.wait(5000));
        dialog.findChild<QSpinBox *>(u"stopTimeout"_s)->setValue(120);
        QVERIFY(dialog.applyButton()->isEnabled());
        dialog.applyButton()->click();
        QVERIFY(settled.wait(10000));
        QCOMPARE(settled.last().at(0).toString(), QString());
        QCOMPARE(m_polkit.actions, QStringList { HelperProtocol::settingsAction() });
        QVERIFY(readText(units().dropInPath(u"vms"_s)).contains(u"TimeoutStopSec=120"_s));
        QVERIFY(dialog.findChild<QLabel *>(u"status"_s)->text().startsWith(u"Applied"_s));
    }

    void settingsRefusalNamesTheGroupAndWritesNothing()
    {
        m_polkit.allow = false;
        ServiceSettingsDialog dialog(m_client.get(), units(), u"vms"_s, {});
        QSignalSpy settled(&dialog, &ServiceSettingsDialog::settled);
        QVERIFY(settled.wait(5000));
        dialog.findChild<QSpinBox *>(u"stopTimeout"_s)->setValue(120);
        dialog.applyButton()->click();
        QVERIFY(settled.wait(10000));
        const QString status = dialog.findChild<QLabel *>(u"status"_s)->text();
        QCOMPARE(status,
            u"Not applied: changing a guest's service settings needs root or membership in the "
            "group “%1”."_s.arg(AdminGroup::name()));
        QCOMPARE(readText(units().dropInPath(u"vms"_s)), u"[Service]\nTimeoutStopSec=300\n"_s);
        QVERIFY(dialog.applyButton()->isEnabled());
    }

    void stopScriptReadAndSavedThroughTheHelper()
    {
        QVERIFY(writeText(script(), kScript));
        QVERIFY(QFile::setPermissions(script(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        ScriptEditorDialog dialog(
            ScriptEditorDialog::Kind::StopScript, HelperProtocol::stopScriptPath(), kVms);
        dialog.setConfirm([](const QString &, const QString &) { return true; });
        QTRY_COMPARE(dialog.editor()->toPlainText(), u"/srv/vms.cfg)\n    echo stop\n    ;;\n"_s);
        QCOMPARE(m_polkit.actions, QStringList { HelperProtocol::stopScriptAction() });
        dialog.editor()->setPlainText(u"/srv/vms.cfg)\n    echo halt\n    ;;"_s);
        QSignalSpy saved(&dialog, &ScriptEditorDialog::saved);
        dialog.save();
        QVERIFY2(saved.wait(10000), qPrintable(dialog.statusLabel()->text()));
        QVERIFY(readText(script()).contains(u"echo halt"_s));
        QCOMPARE(readText(script() + u'~'), kScript);

        // Someone else changes it: the next save is a conflict, shown, and writes nothing.
        QVERIFY(writeText(script(), kScript + u"# theirs\n"_s));
        dialog.editor()->setPlainText(u"/srv/vms.cfg)\n    echo mine\n    ;;"_s);
        dialog.save();
        QTRY_VERIFY(dialog.conflictBar()->isVisibleTo(&dialog));
        QVERIFY2(dialog.statusLabel()->text().contains(u"changed by someone else"_s),
            qPrintable(dialog.statusLabel()->text()));
        QCOMPARE(readText(script()), kScript + u"# theirs\n"_s);
    }

    void stopScriptRefusalIsShown()
    {
        QVERIFY(writeText(script(), kScript));
        m_polkit.allow = false;
        ScriptEditorDialog dialog(
            ScriptEditorDialog::Kind::StopScript, HelperProtocol::stopScriptPath(), kVms);
        QTRY_VERIFY(dialog.statusLabel()->text().contains(u"group “%1”"_s.arg(AdminGroup::name())));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QCOMPARE(readText(script()), kScript);
    }
};

CHARON_TEST_MAIN(TestHelperEditing)
#include "tst_helperediting.moc"
