// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// Guest::restartNeeded: a running guest whose configuration file was modified after the unit
// became active (ActiveEnterTimestamp). The file's time comes from ConfigParser::parseFile.

#include "core/config/configparser.h"
#include "core/domain/guest.h"
#include "tests/harness/testfiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;

class TestRestartNeeded : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changedAfterStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"g.cfg"_s);
        QVERIFY(charon::test::writeFile(path, "console.port = 10003\n"));
        const QDateTime modified = QDateTime::currentDateTimeUtc().addSecs(-60);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(modified, QFileDevice::FileModificationTime));
        }
        Guest g;
        g.config = ConfigParser::parseFile(path, u"par"_s);
        QCOMPARE(g.config.fileModifiedAt.toSecsSinceEpoch(), modified.toSecsSinceEpoch());
        g.derived.state = GuestState::Active;
        g.startedAt = modified.addSecs(-10);
        QVERIFY(g.restartNeeded());
        g.startedAt = modified.addSecs(10);
        QVERIFY(!g.restartNeeded());
        g.startedAt = modified.addSecs(-10);
        g.derived.state = GuestState::Inactive; // a stopped guest reads it at its next start
        QVERIFY(!g.restartNeeded());
        g.derived.state = GuestState::Active;
        g.startedAt = {};
        QVERIFY(!g.restartNeeded());
        // A text parsed without a file has no time
        QVERIFY(!ConfigParser::parseText("x\n", u"t"_s).fileModifiedAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestRestartNeeded)
#include "tst_restartneeded.moc"
