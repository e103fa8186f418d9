// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// UnitEnablement on directories built by hand: which link means what, and which wins.

#include "core/units/unitenablement.h"
#include "tests/harness/testmain.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using charon::core::UnitEnablement;

class TestUnitEnablement : public QObject
{
    Q_OBJECT

    QTemporaryDir m_temp;
    QString m_etc, m_run;

    void link(const QString &target, const QString &linkPath)
    {
        QVERIFY(QDir().mkpath(QFileInfo(linkPath).absolutePath()));
        QVERIFY2(QFile::link(target, linkPath), qPrintable(linkPath));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_temp.isValid());
        m_etc = m_temp.filePath(u"etc-"_s + QLatin1String(QTest::currentTestFunction()));
        m_run = m_temp.filePath(u"run-"_s + QLatin1String(QTest::currentTestFunction()));
        QVERIFY(QDir().mkpath(m_etc) && QDir().mkpath(m_run));
    }

    void linksSayEnabledRuntimeOrMasked()
    {
        const QString a = u"charon-guest-a.service"_s, b = u"charon-guest-b.service"_s,
                      c = u"charon-guest-c.service"_s, d = u"charon-guest-d.service"_s,
                      e = u"charon-guest-e.service"_s;
        for (const QString &u : { a, b, c, d, e }) {
            QFile f(m_etc + u'/' + u);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        link(m_etc + u'/' + a, m_etc + u"/multi-user.target.wants/"_s + a);
        link(m_etc + u'/' + b, m_run + u"/default.target.wants/"_s + b);
        link(m_etc + u'/' + c, m_run + u"/default.target.requires/"_s + c);
        link(m_etc + u'/' + c, m_etc + u"/default.target.upholds/"_s + c);
        // d: its file is in /run, masked in the persistent directory above it
        QVERIFY(QFile::rename(m_etc + u'/' + d, m_run + u'/' + d));
        link(u"/dev/null"_s, m_etc + u'/' + d);
        link(m_run + u'/' + d, m_run + u"/default.target.wants/"_s + d);
        // a: a runtime mask below its own persistent file is shadowed
        link(u"/dev/null"_s, m_run + u'/' + a);
        // Not a dependency directory: a drop-in directory holding a file of that name
        QVERIFY(QDir().mkpath(m_etc + u'/' + e + u".d"_s));
        link(m_etc + u'/' + e, m_etc + u'/' + e + u".d/"_s + e);

        UnitEnablement enablement({ m_etc }, { m_run });
        enablement.scan();
        QCOMPARE(enablement.state(a), u"enabled"_s);
        QCOMPARE(enablement.state(b), u"enabled-runtime"_s);
        QCOMPARE(enablement.state(c), u"enabled"_s); // persistent wins over runtime
        QCOMPARE(enablement.state(d), u"masked"_s); // a mask wins over a link
        QCOMPARE(enablement.state(e), u"disabled"_s);
        QCOMPARE(enablement.state(u"charon-guest-unknown.service"_s), u"disabled"_s);
    }

    void danglingLinkStillCountsAndOtherUnitsAreIgnored()
    {
        // A link whose unit file is gone: systemd still lists it under the target
        link(m_etc + u"/charon-guest-gone.service"_s,
            m_etc + u"/default.target.wants/charon-guest-gone.service"_s);
        link(u"/usr/lib/systemd/system/ssh.service"_s,
            m_etc + u"/default.target.wants/ssh.service"_s);
        UnitEnablement enablement({ m_etc }, {});
        enablement.scan();
        QCOMPARE(enablement.state(u"charon-guest-gone.service"_s), u"enabled"_s);
        QCOMPARE(enablement.state(u"ssh.service"_s), u"disabled"_s); // not a guest: not read
    }

    void missingDirectoriesAreNoError()
    {
        UnitEnablement enablement({ m_temp.filePath(u"nowhere"_s) }, { m_temp.filePath(u"no"_s) });
        enablement.scan();
        QCOMPARE(enablement.state(u"charon-guest-a.service"_s), u"disabled"_s);
    }
};

CHARON_TEST_GUILESS_MAIN(TestUnitEnablement)
#include "tst_unitenablement.moc"
