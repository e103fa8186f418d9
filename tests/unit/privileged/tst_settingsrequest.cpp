// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// SettingsRequest: a guest's service settings as a{sv} for the privileged helper. Every field
// crosses and comes back equal; a partial map changes only its keys; unknown keys, wrong types,
// NUL characters and pre-start paths outside the contract are refused with the key named.

#include "core/privileged/settingsrequest.h"
#include "tests/harness/testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;

class TestSettingsRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFieldRoundTrips()
    {
        ServiceSettings s;
        s.description = u"Production HP-UX"_s;
        s.startTimeoutSec = 45;
        s.stopTimeoutSec = 0;
        s.autoBoot = true;
        s.autoRestart = true;
        s.restartDelaySec = 12;
        s.startLimitBurst = 5;
        s.startLimitIntervalSec = 900;
        s.oomProtected = true;
        s.preStartScript = u"/bin/true"_s;
        s.before = QStringList { u"a"_s };
        s.after = QStringList { u"b"_s, u"c"_s };
        QString error;
        const auto back
            = SettingsRequest::apply(ServiceSettings(), SettingsRequest::toMap(s), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, s);
        QCOMPARE(SettingsRequest::toMap(s).size(), 12);
    }

    void partialMapChangesItsKeysOnly()
    {
        ServiceSettings base;
        base.stopTimeoutSec = 600;
        base.autoBoot = true;
        QString error;
        const auto s = SettingsRequest::apply(base, { { u"startTimeoutSec"_s, 30 } }, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->startTimeoutSec, 30);
        QCOMPARE(s->stopTimeoutSec, 600);
        QVERIFY(s->autoBoot);
    }

    void refusals_data()
    {
        QTest::addColumn<QVariantMap>("map");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown key")
            << QVariantMap { { u"User"_s, u"root"_s } } << u"unknown setting \"User\""_s;
        QTest::newRow("string for a number")
            << QVariantMap { { u"stopTimeoutSec"_s, u"60"_s } } << u"\"stopTimeoutSec\" must be"_s;
        QTest::newRow("number for a flag")
            << QVariantMap { { u"autoBoot"_s, 1 } } << u"\"autoBoot\" must be"_s;
        QTest::newRow("list for a string")
            << QVariantMap { { u"description"_s, QStringList { u"x"_s } } }
            << u"\"description\" must be"_s;
        QTest::newRow("too large")
            << QVariantMap { { u"startLimitBurst"_s, QVariant(qlonglong(1) << 40) } }
            << u"out of range"_s;
        QTest::newRow("NUL in the description")
            << QVariantMap { { u"description"_s, QString(u"a"_s + QChar(0) + u"b"_s) } }
            << u"\"description\" contains a NUL"_s;
        QTest::newRow("NUL in a guest name")
            << QVariantMap { { u"before"_s, QStringList { QString(u"a"_s + QChar(0)) } } }
            << u"\"before\" contains a NUL"_s;
        QTest::newRow("pre-start with ..")
            << QVariantMap { { u"preStartScript"_s, u"/usr/../bin/true"_s } }
            << u"must not contain \"..\""_s;
        QTest::newRow("pre-start not regular")
            << QVariantMap { { u"preStartScript"_s, u"/dev/null"_s } }
            << u"is not a regular file"_s;
        QTest::newRow("pre-start missing")
            << QVariantMap { { u"preStartScript"_s, u"/nonexistent/script"_s } }
            << u"no such file"_s;
    }
    void refusals()
    {
        QFETCH(QVariantMap, map);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!SettingsRequest::apply(ServiceSettings(), map, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
};

CHARON_TEST_GUILESS_MAIN(TestSettingsRequest)
#include "tst_settingsrequest.moc"
