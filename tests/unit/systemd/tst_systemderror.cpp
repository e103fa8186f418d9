// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// SystemdError: every D-Bus error name systemd or polkit sends lands in the category the CLI
// maps to an exit code, and the message names the request and the cause.

#include "core/systemd/systemderror.h"
#include "tests/harness/testmain.h"

#include <QDBusError>
#include <QDBusMessage>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;
using Category = SystemdError::Category;

Q_DECLARE_METATYPE(charon::core::SystemdError::Category)

class TestSystemdError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void categorize_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<Category>("category");
        QTest::newRow("none") << QString() << Category::None;
        QTest::newRow("access denied")
            << u"org.freedesktop.DBus.Error.AccessDenied"_s << Category::PermissionDenied;
        QTest::newRow("interactive auth")
            << u"org.freedesktop.DBus.Error.InteractiveAuthorizationRequired"_s
            << Category::PermissionDenied;
        QTest::newRow("auth failed")
            << u"org.freedesktop.DBus.Error.AuthFailed"_s << Category::PermissionDenied;
        QTest::newRow("polkit not authorized")
            << u"org.freedesktop.PolicyKit1.Error.NotAuthorized"_s << Category::PermissionDenied;
        QTest::newRow("polkit cancelled")
            << u"org.freedesktop.PolicyKit1.Error.Cancelled"_s << Category::PermissionDenied;
        QTest::newRow("no such unit")
            << u"org.freedesktop.systemd1.NoSuchUnit"_s << Category::NotFound;
        QTest::newRow("file not found")
            << u"org.freedesktop.DBus.Error.FileNotFound"_s << Category::NotFound;
        QTest::newRow("unknown object")
            << u"org.freedesktop.DBus.Error.UnknownObject"_s << Category::NotFound;
        QTest::newRow("disconnected")
            << u"org.freedesktop.DBus.Error.Disconnected"_s << Category::Disconnected;
        QTest::newRow("service unknown")
            << u"org.freedesktop.DBus.Error.ServiceUnknown"_s << Category::Disconnected;
        QTest::newRow("no server")
            << u"org.freedesktop.DBus.Error.NoServer"_s << Category::Disconnected;
        QTest::newRow("masked") << u"org.freedesktop.systemd1.UnitMasked"_s << Category::Other;
        QTest::newRow("job type") << u"org.freedesktop.systemd1.JobTypeNotApplicable"_s
                                  << Category::Other;
        QTest::newRow("no reply") << u"org.freedesktop.DBus.Error.NoReply"_s << Category::Other;
    }
    void categorize()
    {
        QFETCH(QString, name);
        QFETCH(Category, category);
        QCOMPARE(SystemdError::categorize(name), category);
    }

    void messageNamesRequestAndCause_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("permission")
            << u"org.freedesktop.DBus.Error.AccessDenied"_s << u"Access denied"_s
            << u"Starting hpux-prod failed: permission denied (guests are started and stopped by "
               "root or by members of the group “charon”)"_s;
        QTest::newRow("not found") << u"org.freedesktop.systemd1.NoSuchUnit"_s
                                   << u"Unit charon-guest-hpux-prod.service not found."_s
                                   << u"Starting hpux-prod failed: not found"_s;
        // For the rest systemd's own sentence is the best cause there is
        QTest::newRow("other") << u"org.freedesktop.systemd1.UnitMasked"_s << u"Unit is masked."_s
                               << u"Starting hpux-prod failed: Unit is masked."_s;
        QTest::newRow("no reply") << u"org.freedesktop.DBus.Error.NoReply"_s
                                  << u"Did not receive a reply."_s
                                  << u"Starting hpux-prod failed: systemd did not answer in time"_s;
    }
    void messageNamesRequestAndCause()
    {
        QFETCH(QString, name);
        QFETCH(QString, text);
        QFETCH(QString, message);
        const QDBusError error(QDBusMessage::createError(name, text));
        const SystemdError e = SystemdError::fromDBus(error, u"Starting hpux-prod failed"_s);
        QVERIFY(e.isError());
        QCOMPARE(e.message, message);
        // The raw name and text stay available as details
        QVERIFY(e.details.contains(name));
        QVERIFY(e.details.contains(text));
    }

    void noErrorIsNoError()
    {
        const SystemdError e = SystemdError::fromDBus(QDBusError(), u"x"_s);
        QVERIFY(!e.isError());
        QVERIFY(e.message.isEmpty());
    }
};

CHARON_TEST_GUILESS_MAIN(TestSystemdError)
#include "tst_systemderror.moc"
