// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// DefaultGuest: the star shared by the GUI and the command-line tools.

#include "core/units/defaultguest.h"
#include "tests/harness/testmain.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;

class TestDefaultGuest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setReadClear()
    {
        // Given no default yet, in a directory that does not exist
        QTemporaryDir dir;
        DefaultGuest star(UnitScope::User, dir.filePath(u"sub/default-guest"_s));
        QCOMPARE(star.name(), QString());
        // When one is set, it is read back, by another instance too
        QString error;
        QVERIFY2(star.setName(u"vms-prod"_s, &error), qPrintable(error));
        QCOMPARE(DefaultGuest(UnitScope::User, star.path()).name(), u"vms-prod"_s);
        // When it is cleared, there is none and the file is gone
        QVERIFY(star.setName({}, &error));
        QCOMPARE(star.name(), QString());
        QVERIFY(!QFile::exists(star.path()));
    }

    void refusesAndIgnoresInvalidNames()
    {
        QTemporaryDir dir;
        DefaultGuest star(UnitScope::User, dir.filePath(u"default-guest"_s));
        QString error;
        QVERIFY(!star.setName(u"a b"_s, &error));
        QVERIFY(error.contains(u"invalid guest name"_s));
        QVERIFY(!QFile::exists(star.path()));
        QFile f(star.path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("../../etc/passwd\n");
        f.close();
        QCOMPARE(star.name(), QString());
    }

    void locations()
    {
        QCOMPARE(
            DefaultGuest::defaultPath(UnitScope::System), u"/etc/charon-manager/default-guest"_s);
        qputenv("XDG_CONFIG_HOME", "/tmp/xdg-test");
        QCOMPARE(DefaultGuest::defaultPath(UnitScope::User),
            u"/tmp/xdg-test/charon-manager/default-guest"_s);
    }
};

CHARON_TEST_GUILESS_MAIN(TestDefaultGuest)
#include "tst_defaultguest.moc"
