// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The Service Settings dialog, offscreen, on a scripted manager (FakeSystemdManager): each
// refused value shows the validator's sentence under the form, disables Apply, and nothing is
// written or reloaded even when apply() is called anyway; fixing the value clears the message.
// Every control has an accessible name. The pre-start script editor saves atomically, keeps the
// previous version and the executable bit, and refuses a binary file.

#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdconnection.h"
#include "tests/harness/fakesystemdmanager.h"
#include "tests/harness/privatebus.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"
#include "ui/settings/prestartscriptdialog.h"
#include "ui/settings/servicesettingsdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace charon::core;
using namespace charon::test;
using charon::ui::PreStartScriptDialog;
using charon::ui::ServiceSettingsDialog;

class TestServiceSettingsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PrivateBus> m_bus;
    std::unique_ptr<FakeSystemdManager> m_fake;
    std::unique_ptr<SystemdConnection> m_connection;
    std::unique_ptr<SystemdClient> m_client;

    UnitFile units() const { return UnitFile(UnitScope::User, m_dir.path()); }

private Q_SLOTS:
    void init()
    {
        m_bus = std::make_unique<PrivateBus>();
        if (!m_bus->start())
            QSKIP(qPrintable(m_bus->skipReason()));
        m_fake = std::make_unique<FakeSystemdManager>(m_bus->connect(u"manager"_s));
        FakeUnit u;
        u.name = u"charon-guest-vms.service"_s;
        u.fragmentPath = units().unitPath(u"vms"_s);
        m_fake->setUnit(u);
        QVERIFY(m_fake->appear());
        m_connection = std::make_unique<SystemdConnection>(m_bus->connect(u"client"_s));
        m_client = std::make_unique<SystemdClient>(m_connection.get());
        QVERIFY(QTest::qWaitFor([this] { return m_connection->isManagerPresent(); }, 5000));
        QVERIFY(writeText(units().unitPath(u"vms"_s),
            u"[Unit]\nDescription=Charon guest vms (test)\n[Service]\n"
            "ExecStart=/opt/charon/bin/as4100 -d /srv/vms.cfg\n"_s));
        QVERIFY(writeText(units().dropInPath(u"vms"_s), u"[Service]\nTimeoutStopSec=300\n"_s));
    }
    void cleanup()
    {
        m_client.reset();
        m_connection.reset();
        m_fake.reset();
        m_bus.reset();
    }

    void refusedValuesShowTheirMessageAndWriteNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("start timeout")
            << u"startTimeout"_s << u"90000"_s
            << u"start timeout 90000 s is out of range: use 0 (no limit) to 86400 seconds"_s;
        QTest::newRow("stop timeout")
            << u"stopTimeout"_s << u"100000"_s
            << u"stop timeout 100000 s is out of range: use 0 (no limit) to 86400 seconds"_s;
        QTest::newRow("missing script") << u"preStartScript"_s << u"/nonexistent/pre.sh"_s
                                        << u"pre-start script not found: /nonexistent/pre.sh"_s;
        QTest::newRow("relative script")
            << u"preStartScript"_s << u"pre.sh"_s
            << u"the pre-start script path must be absolute and normalized: pre.sh"_s;
        QTest::newRow("description")
            << u"description"_s << u"a\tb"_s
            << u"the description cannot hold a line break or a control character: a b"_s;
        QTest::newRow("restart delay")
            << u"restartDelay"_s << u"0"_s
            << u"restart delay 0 s is out of range: use 1 to 3600 seconds"_s;
    }
    void refusedValuesShowTheirMessageAndWriteNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        const QByteArray before = readFile(units().dropInPath(u"vms"_s));
        ServiceSettingsDialog dialog(m_client.get(), units(), u"vms"_s, { u"db"_s });
        QSignalSpy settled(&dialog, &ServiceSettingsDialog::settled);
        QVERIFY(settled.wait(5000));
        QCOMPARE(settled.first().at(0).toString(), QString());
        QVERIFY(dialog.applyButton()->isEnabled());
        auto *problems = dialog.findChild<QLabel *>(u"problems"_s);
        QCOMPARE(problems->text(), QString());

        if (field == u"restartDelay"_s)
            dialog.findChild<QAbstractButton *>(u"autoRestart"_s)->setChecked(true);
        if (auto *spin = dialog.findChild<QSpinBox *>(field))
            spin->setValue(value.toInt());
        else
            dialog.findChild<QLineEdit *>(field)->setText(value);

        QCOMPARE(problems->text(), message);
        QVERIFY(!dialog.applyButton()->isEnabled());
        const qsizetype calls = m_fake->received().size();
        dialog.apply(); // even when called anyway
        QTest::qWait(0);
        QCOMPARE(readFile(units().dropInPath(u"vms"_s)), before);
        QCOMPARE(m_fake->receivedCount(u"Reload"_s), 0);
        QCOMPARE(m_fake->received().size(), calls);
    }

    void fixingTheValueClearsTheMessageAndApplies()
    {
        ServiceSettingsDialog dialog(m_client.get(), units(), u"vms"_s, { u"db"_s });
        QSignalSpy settled(&dialog, &ServiceSettingsDialog::settled);
        QVERIFY(settled.wait(5000));
        QCOMPARE(dialog.findChild<QSpinBox *>(u"stopTimeout"_s)->value(), 300);
        auto *start = dialog.findChild<QSpinBox *>(u"startTimeout"_s);
        start->setValue(90000);
        QVERIFY(!dialog.applyButton()->isEnabled());
        start->setValue(120);
        QCOMPARE(dialog.findChild<QLabel *>(u"problems"_s)->text(), QString());
        QVERIFY(dialog.applyButton()->isEnabled());
        auto *before = dialog.findChild<QListWidget *>(u"startsBefore"_s);
        QCOMPARE(before->count(), 1);
        before->item(0)->setCheckState(Qt::Checked);
        settled.clear();
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QVERIFY(settled.wait(5000));
        QCOMPARE(settled.first().at(0).toString(), QString());
        QCOMPARE(m_fake->receivedCount(u"Reload"_s), 1);
        const QString text = readText(units().dropInPath(u"vms"_s));
        QVERIFY2(text.contains(u"TimeoutStartSec=120\n"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Before=charon-guest-db.service\n"_s), qPrintable(text));
    }

    void everyControlHasAnAccessibleName()
    {
        ServiceSettingsDialog dialog(m_client.get(), units(), u"vms"_s, { u"db"_s });
        const auto widgets = dialog.findChildren<QWidget *>();
        int controls = 0;
        for (QWidget *w : widgets) {
            const bool control = w->focusPolicy() != Qt::NoFocus && !w->inherits("QScrollBar")
                && w->objectName() != u"qt_spinbox_lineedit"_s
                && !w->inherits("QAbstractItemViewPrivate") && w->parentWidget()
                && !w->parentWidget()->inherits("QAbstractScrollArea");
            if (!control)
                continue;
            ++controls;
            QVERIFY2(!w->accessibleName().isEmpty(),
                qPrintable(u"%1 %2"_s.arg(
                    QString::fromLatin1(w->metaObject()->className()), w->objectName())));
        }
        QVERIFY(controls >= 14);
    }

    void scriptEditorSavesAtomicallyKeepingTheMode()
    {
        const QString path = m_dir.filePath(u"pre.sh"_s);
        PreStartScriptDialog fresh(path);
        QCOMPARE(fresh.loadError(), QString());
        QVERIFY(fresh.editor()->toPlainText().startsWith(u"#!/bin/sh"_s));
        fresh.editor()->setPlainText(u"#!/bin/sh\necho one\n"_s);
        QVERIFY(fresh.save());
        QVERIFY(QFileInfo(path).isExecutable());

        PreStartScriptDialog again(path);
        QCOMPARE(again.editor()->toPlainText(), u"#!/bin/sh\necho one\n"_s);
        again.editor()->setPlainText(u"#!/bin/sh\necho two\n"_s);
        QVERIFY(again.save());
        QCOMPARE(readText(path), u"#!/bin/sh\necho two\n"_s);
        QCOMPARE(readText(path + u".bak"_s), u"#!/bin/sh\necho one\n"_s);
        QVERIFY(QFileInfo(path).isExecutable());

        const QString binary = m_dir.filePath(u"blob"_s);
        QVERIFY(writeFile(binary,
            QByteArray("\x7f"
                       "ELF\0\0\0",
                7)));
        PreStartScriptDialog refused(binary);
        QCOMPARE(refused.loadError(), binary + u" is a binary file, not a script"_s);
        QVERIFY(!refused.save());
    }
};

CHARON_TEST_MAIN(TestServiceSettingsDialog)
#include "tst_servicesettingsdialog.moc"
