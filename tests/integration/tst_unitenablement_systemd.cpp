// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// UnitEnablement reads enablement from the links systemd keeps, without asking it: for every
// way an administrator can enable, disable or mask a guest, its answer must be what
// `systemctl is-enabled` prints on the real manager (the source of truth).

#include "core/units/unitenablement.h"
#include "tests/harness/testmain.h"
#include "tests/integration/guestunitfixture.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;
using namespace charon::test;

class TestUnitEnablementSystemd : public QObject
{
    Q_OBJECT

private:
    static QString isEnabled(const QString &unit)
    {
        QString out;
        systemctl({ u"is-enabled"_s, unit }, &out);
        return out.trimmed();
    }

private Q_SLOTS:
    void answersAsSystemctlIsEnabled()
    {
        CHARON_REQUIRE_SYSTEMD();
        GuestUnitFixture units;
        const QStringList guests { u"en-off"_s, u"en-on"_s, u"en-runtime"_s, u"en-both"_s,
            u"en-masked-rt"_s, u"en-toggled"_s };
        for (const QString &g : guests)
            units.writeUnit(g, units.sleeper(), units.config(g));
        // One guest whose unit file is in the runtime directory, below the persistent one
        const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR") + u"/systemd/user"_s;
        const QString below = u"charon-guest-en-below.service"_s;
        QVERIFY(QDir().mkpath(runtimeDir));
        QFile::remove(runtimeDir + u'/' + below);
        QVERIFY(QFile::copy(GuestUnitFixture::unitPath(u"en-off"_s), runtimeDir + u'/' + below));
        QCOMPARE(GuestUnitFixture::daemonReload(), 0);
        const auto unit = &GuestUnitFixture::unitName;
        QCOMPARE(systemctl({ u"enable"_s, unit(u"en-on"_s) }), 0);
        QCOMPARE(systemctl({ u"enable"_s, u"--runtime"_s, unit(u"en-runtime"_s) }), 0);
        QCOMPARE(systemctl({ u"enable"_s, unit(u"en-both"_s) }), 0);
        QCOMPARE(systemctl({ u"enable"_s, u"--runtime"_s, unit(u"en-both"_s) }), 0);
        QCOMPARE(systemctl({ u"mask"_s, u"--runtime"_s, unit(u"en-masked-rt"_s) }), 0);
        QCOMPARE(systemctl({ u"mask"_s, below }), 0); // a mask above its file: effective
        QCOMPARE(systemctl({ u"enable"_s, unit(u"en-toggled"_s) }), 0);
        QCOMPARE(systemctl({ u"disable"_s, unit(u"en-toggled"_s) }), 0);

        UnitEnablement enablement(UnitScope::User);
        enablement.scan();
        QStringList seen;
        QStringList all = guests;
        for (QString &g : all)
            g = unit(g);
        all << below;
        for (const QString &u : std::as_const(all)) {
            const QString truth = isEnabled(u);
            seen << truth;
            QVERIFY2(enablement.state(u) == truth,
                qPrintable(u + u": "_s + enablement.state(u) + u" vs systemctl "_s + truth));
        }
        // The cases above cover the answers that can differ
        for (const QString &state :
            { u"disabled"_s, u"enabled"_s, u"enabled-runtime"_s, u"masked"_s })
            QVERIFY2(seen.contains(state), qPrintable(seen.join(u' ')));

        QCOMPARE(systemctl({ u"unmask"_s, below }), 0);
        QFile::remove(runtimeDir + u'/' + below);

        QCOMPARE(systemctl({ u"unmask"_s, u"--runtime"_s, unit(u"en-masked-rt"_s) }), 0);
        QCOMPARE(systemctl({ u"disable"_s, u"--runtime"_s, unit(u"en-runtime"_s) }), 0);
        QCOMPARE(systemctl({ u"disable"_s, u"--runtime"_s, unit(u"en-both"_s) }), 0);
        QCOMPARE(systemctl({ u"disable"_s, unit(u"en-on"_s), unit(u"en-both"_s) }), 0);
    }
};

CHARON_TEST_GUILESS_MAIN(TestUnitEnablementSystemd)
#include "tst_unitenablement_systemd.moc"
