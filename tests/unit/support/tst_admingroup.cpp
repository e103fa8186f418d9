// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The admin group's name: the default, a configured one, and what is refused (the polkit rules
// apply the same rule, so a refusal never names a group polkit does not use).
#include "core/support/admingroup.h"
#include "tests/harness/testmain.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using charon::core::AdminGroup;

class TestAdminGroup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QByteArray &text)
    {
        const QString path = m_dir.filePath(u"admin-group"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(text);
        return path;
    }

private Q_SLOTS:
    void defaultWithoutFile()
    {
        QCOMPARE(AdminGroup::name(m_dir.filePath(u"none"_s)), u"charon"_s);
    }
    void configuredName() { QCOMPARE(AdminGroup::name(write("vmadmins\n")), u"vmadmins"_s); }
    void refusedNamesFallBackToTheDefault_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("space") << QByteArray("vm admins\n");
        QTest::newRow("quote") << QByteArray("a\"); polkit.Result.YES; //\n");
        QTest::newRow("upper") << QByteArray("Admins\n");
        QTest::newRow("too long") << QByteArray(40, 'a');
    }
    void refusedNamesFallBackToTheDefault()
    {
        QFETCH(QByteArray, text);
        QCOMPARE(AdminGroup::name(write(text)), u"charon"_s);
    }
};

CHARON_TEST_GUILESS_MAIN(TestAdminGroup)
#include "tst_admingroup.moc"
