// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// A plain Stop of a guest without a usable stop-script branch is a power-off for the guest OS:
// GuestOperations asks first (one dialog naming every such guest), sends nothing when the admin
// cancels, and remembers "don't ask again" per guest. Guests whose branch holds commands stop
// without a question. The tray's Stop goes through the same GuestOperations::stop().

#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdconnection.h"
#include "tests/harness/testmain.h"
#include "ui/window/guestoperations.h"
#include "ui/window/messagebar.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include "sampleguests.h"

using namespace Qt::StringLiterals;
using charon::core::StopScriptStatus;
using charon::ui::GuestOperations;
using Answer = GuestOperations::PowerOffAnswer;

class TestPowerOffConfirm : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        QWidget window;
        charon::core::GuestStore store;
        // A bus connection that is not connected: every job fails at once, without systemd.
        charon::core::SystemdConnection connection { QDBusConnection(u"none"_s) };
        charon::core::SystemdClient client { &connection };
        charon::ui::MessageBar *bar = new charon::ui::MessageBar(&window);
        GuestOperations operations { &client, &store, bar, charon::core::UnitScope::User, &window };

        Fixture()
        {
            add(u"scripted"_s, StopScriptStatus::UsingSsh);
            add(u"template"_s, StopScriptStatus::ToCustomize);
            add(u"nobranch"_s, StopScriptStatus::CaseNotSet);
            add(u"noscript"_s, StopScriptStatus::NotFound);
            operations.setDefaultGuestFile(QDir::temp().filePath(u"charon-no-default"_s));
        }
        void add(const QString &name, StopScriptStatus status)
        {
            charon::core::Guest g
                = charon::test::sampleGuest(name, u"par"_s, charon::test::kRunning);
            g.stopScript = status;
            store.upsert(g);
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"charon-test"_s);
        QCoreApplication::setApplicationName(u"tst_poweroffconfirm"_s);
    }
    void init() { QSettings().clear(); }

    void cleanStopIsNotAsked()
    {
        Fixture f;
        int asked = 0;
        f.operations.setPowerOffConfirmation([&](const QStringList &, const QString &) {
            ++asked;
            return Answer::Cancel;
        });
        f.operations.stop({ u"scripted"_s });
        QCOMPARE(asked, 0);
        QCOMPARE(f.operations.pendingJobs(), 1);
    }

    void oneDialogNamesEveryPowerOff()
    {
        Fixture f;
        QStringList askedFor;
        QString question;
        int asked = 0;
        f.operations.setPowerOffConfirmation([&](const QStringList &names, const QString &q) {
            ++asked;
            askedFor = names;
            question = q;
            return Answer::Cancel;
        });
        // When a multi-selection with three unsafe guests is stopped and the admin cancels
        f.operations.stop({ u"scripted"_s, u"template"_s, u"nobranch"_s, u"noscript"_s });
        // Then one question named the three, said power-off, and nothing was sent at all
        QCOMPARE(asked, 1);
        QCOMPARE(askedFor, (QStringList { u"template"_s, u"nobranch"_s, u"noscript"_s }));
        for (const QString &name : askedFor)
            QVERIFY2(question.contains(name), qPrintable(question));
        QVERIFY2(question.contains(u"power-off"_s), qPrintable(question));
        QVERIFY(!question.contains(u"scripted"_s));
        QCOMPARE(f.operations.pendingJobs(), 0);

        // Restart powers off just the same
        f.operations.restart({ u"template"_s });
        QCOMPARE(asked, 2);
        QCOMPARE(f.operations.pendingJobs(), 0);

        // When the admin agrees, every guest of the request is stopped
        f.operations.setPowerOffConfirmation(
            [&](const QStringList &, const QString &) { return Answer::Stop; });
        f.operations.stop({ u"scripted"_s, u"template"_s });
        QCOMPARE(f.operations.pendingJobs(), 2);
        // and asked again next time
        QCOMPARE(f.operations.needPowerOffConfirmation({ u"template"_s }),
            QStringList { u"template"_s });
    }

    void dontAskAgainIsPerGuest()
    {
        Fixture f;
        f.operations.setPowerOffConfirmation(
            [&](const QStringList &, const QString &) { return Answer::StopAndDontAskAgain; });
        f.operations.stop({ u"template"_s });
        QVERIFY(GuestOperations::powerOffConfirmed(u"template"_s));
        QCOMPARE(f.operations.needPowerOffConfirmation({ u"template"_s, u"noscript"_s }),
            QStringList { u"noscript"_s });
        int asked = 0;
        f.operations.setPowerOffConfirmation([&](const QStringList &, const QString &) {
            ++asked;
            return Answer::Cancel;
        });
        f.operations.stop({ u"template"_s });
        QCOMPARE(asked, 0);
    }

    void realDialog()
    {
        Fixture f;
        f.window.show();
        // The real QMessageBox: read it, tick "Don't ask again", press Power Off.
        QString text;
        bool checkboxNamed = false;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->objectName(), u"powerOffConfirmation"_s);
            text = box->text();
            QVERIFY(box->checkBox());
            checkboxNamed = !box->checkBox()->accessibleName().isEmpty();
            box->checkBox()->setChecked(true);
            for (QAbstractButton *b : box->buttons()) {
                if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                    b->click();
            }
        });
        f.operations.stop({ u"noscript"_s });
        QVERIFY2(text.contains(u"noscript"_s), qPrintable(text));
        QVERIFY(checkboxNamed);
        QCOMPARE(f.operations.pendingJobs(), 1);
        QVERIFY(GuestOperations::powerOffConfirmed(u"noscript"_s));

        // Cancel (the default button) sends nothing
        const int before = f.operations.pendingJobs();
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
            box->button(QMessageBox::Cancel)->click();
        });
        f.operations.stop({ u"nobranch"_s });
        QVERIFY(f.operations.pendingJobs() <= before);
        QVERIFY(!GuestOperations::powerOffConfirmed(u"nobranch"_s));
    }
};

CHARON_TEST_MAIN(TestPowerOffConfirm)
#include "tst_poweroffconfirm.moc"
