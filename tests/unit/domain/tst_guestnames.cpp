// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// Guest names and unit names: which names are accepted, and the round trip to unit names.

#include "core/domain/guest.h"
#include "tests/harness/testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;

class TestGuestNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validity_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << u"hpux-prod"_s << true;
        QTest::newRow("dots and underscores") << u"vms_ops.1"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << u"hp ux"_s << false;
        QTest::newRow("slash") << u"a/b"_s << false;
        QTest::newRow("dollar") << u"a$b"_s << false;
        QTest::newRow("semicolon") << u"a;rm -rf"_s << false;
        QTest::newRow("quote") << u"a'b"_s << false;
        QTest::newRow("non-ascii") << u"prodé"_s << false;
        QTest::newRow("dotdot") << u".."_s << false;
        QTest::newRow("leading dash") << u"-x"_s << false;
        QTest::newRow("too long") << QString(65, u'a') << false;
    }
    void validity()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(isValidGuestName(name), valid);
    }

    void unitRoundTrip()
    {
        QCOMPARE(unitNameForGuest(u"hpux-prod"_s), u"charon-guest-hpux-prod.service"_s);
        QCOMPARE(guestNameFromUnit(u"charon-guest-hpux-prod.service"_s), u"hpux-prod"_s);
        QCOMPARE(guestNameFromUnit(u"sshd.service"_s), QString());
        QCOMPARE(guestNameFromUnit(u"charon-guest-.service"_s), QString());
    }

    void nameFromConfig_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << u"/charon/cfg/hpux-prod.cfg"_s << u"hpux-prod"_s;
        QTest::newRow("spaces") << u"/srv/my vms/Prod Box.cfg"_s << u"Prod-Box"_s;
        QTest::newRow("hostile") << u"/tmp/a;$(reboot).cfg"_s << u"a-reboot-"_s;
        QTest::newRow("no extension") << u"/x/vms4"_s << u"vms4"_s;
    }
    void nameFromConfig()
    {
        QFETCH(QString, path);
        QFETCH(QString, name);
        QCOMPARE(guestNameFromConfigPath(path), name);
        QVERIFY(isValidGuestName(guestNameFromConfigPath(path)));
    }
};

CHARON_TEST_GUILESS_MAIN(TestGuestNames)
#include "tst_guestnames.moc"
