// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// Service settings go into our drop-in only: the unit file and an admin's drop-in keep every
// byte, our drop-in keeps its other lines, the previous version is kept (.bak and in memory) and
// can be put back; the pre-start script re-states ExecStartPre= only when it changes; and the
// file deciding each key is found, so an admin's later drop-in is reported as overriding ours.

#include "core/support/atomicfile.h"
#include "core/units/settingsdropin.h"
#include "core/units/unitdocument.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using charon::test::readText;
using charon::test::writeText;
using namespace charon::core;

namespace {
const QString kUnitText = u"# admin comment: keep me\n"
                          "[Unit]\n"
                          "Description=Charon guest vms (Charon-PAR)\n"
                          "After=network-online.target\n"
                          "Before=shutdown-helper.service\n"
                          "\n"
                          "[Service]\n"
                          "Type=exec\n"
                          "ExecStartPre=/usr/bin/charon-vm --user prestart vms\n"
                          "ExecStartPre=/opt/site/old-pre.sh\n"
                          "ExecStartPre=-/opt/site/mount-disks\n"
                          "ExecStart=/opt/charon/bin/hpa3000 -x /srv/vms.cfg\n"
                          "TimeoutStopSec=300\n"
                          "Environment=ADMIN=1\n"_s;
} // namespace

class TestSettingsDropIn : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    UnitFile units() const { return UnitFile(UnitScope::User, m_dir.path()); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir.path() + u"/charon-guest-vms.service.d"_s));
        QVERIFY(writeText(units().unitPath(u"vms"_s), kUnitText));
    }

    void readsUnitDefaults()
    {
        const auto s = SettingsDropIn(units()).read(u"vms"_s);
        QVERIFY(s);
        QCOMPARE(s->description, u"Charon guest vms (Charon-PAR)"_s);
        QCOMPARE(s->stopTimeoutSec, 300);
        QCOMPARE(s->startTimeoutSec, 90);
        QCOMPARE(s->preStartScript, u"/opt/site/old-pre.sh"_s);
        QCOMPARE(s->startLimitBurst, 2);
        QCOMPARE(s->startLimitIntervalSec, 600);
        QCOMPARE(s->restartDelaySec, 30);
        QVERIFY(s->before.isEmpty()); // the admin's Before= is not one of ours
        QString error;
        QVERIFY(!SettingsDropIn(units()).read(u"ghost"_s, &error));
        QVERIFY(error.contains(u"no guest named \"ghost\""_s));
    }

    void writesOnlyOurDropInAndReadsBack()
    {
        const QString adminDropIn = m_dir.path() + u"/charon-guest-vms.service.d/override.conf"_s;
        QVERIFY(writeText(adminDropIn, u"[Service]\nTimeoutStopSec=42\n"_s));
        const QString ourPath = units().dropInPath(u"vms"_s);
        QVERIFY(writeText(ourPath, u"# my note\n[Service]\nNice=5\nTimeoutStartSec=10\n"_s));

        ServiceSettings s = *SettingsDropIn(units()).read(u"vms"_s);
        s.description = u"Production 100% HP-UX"_s;
        s.startTimeoutSec = 120;
        s.stopTimeoutSec = 0;
        s.autoRestart = true;
        s.restartDelaySec = 45;
        s.startLimitBurst = 3;
        s.startLimitIntervalSec = 900;
        s.oomProtected = true;
        s.before = { u"db"_s };
        s.after = { u"app"_s, u"web"_s };
        SettingsDropIn::Previous previous;
        QString error;
        QVERIFY2(SettingsDropIn(units()).write(u"vms"_s, s, &previous, &error), qPrintable(error));

        QCOMPARE(readText(units().unitPath(u"vms"_s)), kUnitText);
        QCOMPARE(readText(adminDropIn), u"[Service]\nTimeoutStopSec=42\n"_s);
        QVERIFY(previous.existed);
        QCOMPARE(previous.text, QByteArray("# my note\n[Service]\nNice=5\nTimeoutStartSec=10\n"));
        QCOMPARE(readText(backupPathFor(ourPath)), QString::fromUtf8(previous.text));

        const QString text = readText(ourPath);
        QVERIFY(text.startsWith(u"# my note\n"_s));
        const UnitDocument doc(text);
        QCOMPARE(doc.value(u"Service"_s, u"Nice"_s), u"5"_s);
        QCOMPARE(doc.value(u"Unit"_s, u"Description"_s), u"Production 100%% HP-UX"_s);
        QCOMPARE(doc.value(u"Service"_s, u"TimeoutStartSec"_s), u"120"_s);
        QCOMPARE(doc.value(u"Service"_s, u"TimeoutStopSec"_s), u"infinity"_s);
        QCOMPARE(doc.value(u"Service"_s, u"Restart"_s), u"on-failure"_s);
        QCOMPARE(doc.value(u"Service"_s, u"RestartSec"_s), u"45"_s);
        QCOMPARE(doc.value(u"Unit"_s, u"StartLimitBurst"_s), u"3"_s);
        QCOMPARE(doc.value(u"Unit"_s, u"StartLimitIntervalSec"_s), u"900"_s);
        QCOMPARE(doc.value(u"Service"_s, u"OOMScoreAdjust"_s), u"-1000"_s);
        QCOMPARE(doc.value(u"Unit"_s, u"Before"_s), u"charon-guest-db.service"_s);
        QCOMPARE(doc.value(u"Unit"_s, u"After"_s),
            u"charon-guest-app.service charon-guest-web.service"_s);
        QVERIFY(!doc.contains(u"Service"_s, u"ExecStartPre"_s)); // unchanged script: not re-stated

        const auto back = SettingsDropIn(units()).read(u"vms"_s);
        QVERIFY(back);
        ServiceSettings expected = s;
        QCOMPARE(*back, expected);

        // Our keys that a later file decides instead: only TimeoutStopSec, by the admin.
        const QStringList files { units().unitPath(u"vms"_s), ourPath, adminDropIn };
        const auto overrides = SettingsDropIn::overrides(ourPath, files);
        QCOMPARE(overrides.keys(), QStringList { u"TimeoutStopSec"_s });
        QCOMPARE(overrides.value(u"TimeoutStopSec"_s), adminDropIn);
        const auto sources = SettingsDropIn::keySources(files);
        QCOMPARE(sources.value(u"TimeoutStartSec"_s), ourPath);
        QCOMPARE(sources.value(u"After"_s), units().unitPath(u"vms"_s)); // added to, not reset
    }

    void turningThingsOffRemovesOurKeys()
    {
        ServiceSettings s = *SettingsDropIn(units()).read(u"vms"_s);
        s.autoRestart = true;
        s.oomProtected = true;
        s.before = { u"db"_s };
        QVERIFY(SettingsDropIn(units()).write(u"vms"_s, s, nullptr, nullptr));
        s.autoRestart = false;
        s.oomProtected = false;
        s.before.clear();
        QVERIFY(SettingsDropIn(units()).write(u"vms"_s, s, nullptr, nullptr));
        const UnitDocument doc(readText(units().dropInPath(u"vms"_s)));
        for (const QString &key : { u"Restart"_s, u"RestartSec"_s, u"OOMScoreAdjust"_s })
            QVERIFY2(!doc.contains(u"Service"_s, key), qPrintable(key));
        QVERIFY(!doc.contains(u"Unit"_s, u"StartLimitBurst"_s));
        QVERIFY(!doc.contains(u"Unit"_s, u"Before"_s));
        QVERIFY(!doc.contains(u"Unit"_s, u"Description"_s)); // the unit's own: not copied
    }

    void preStartScriptIsRestatedWhenChanged()
    {
        ServiceSettings s = *SettingsDropIn(units()).read(u"vms"_s);
        s.preStartScript = u"/opt/site/new pre.sh"_s;
        QVERIFY(SettingsDropIn(units()).write(u"vms"_s, s, nullptr, nullptr));
        const UnitDocument doc(readText(units().dropInPath(u"vms"_s)));
        QCOMPARE(doc.values(u"Service"_s, u"ExecStartPre"_s),
            (QStringList { QString(), u"/usr/bin/charon-vm --user prestart vms"_s,
                u"\"/opt/site/new pre.sh\""_s, u"-/opt/site/mount-disks"_s }));
        QCOMPARE(SettingsDropIn(units()).read(u"vms"_s)->preStartScript, s.preStartScript);

        s.preStartScript.clear();
        QVERIFY(SettingsDropIn(units()).write(u"vms"_s, s, nullptr, nullptr));
        QCOMPARE(
            SettingsDropIn(units()).read(u"vms"_s)->preStartScript, u"/opt/site/mount-disks"_s);

        s.preStartScript = u"/opt/site/old-pre.sh"_s; // back to the unit's: nothing re-stated
        QVERIFY(SettingsDropIn(units()).write(u"vms"_s, s, nullptr, nullptr));
        QVERIFY(!UnitDocument(readText(units().dropInPath(u"vms"_s)))
                     .contains(u"Service"_s, u"ExecStartPre"_s));
        QCOMPARE(readText(units().unitPath(u"vms"_s)), kUnitText);
    }

    void restorePutsThePreviousBack()
    {
        const QString ourPath = units().dropInPath(u"vms"_s);
        ServiceSettings s = *SettingsDropIn(units()).read(u"vms"_s);
        s.stopTimeoutSec = 77;
        SettingsDropIn::Previous none;
        QVERIFY(SettingsDropIn(units()).write(u"vms"_s, s, &none, nullptr));
        QVERIFY(!none.existed);
        const QString first = readText(ourPath);

        s.stopTimeoutSec = 88;
        SettingsDropIn::Previous previous;
        QVERIFY(SettingsDropIn(units()).write(u"vms"_s, s, &previous, nullptr));
        QVERIFY(readText(ourPath) != first);
        QString error;
        QVERIFY(SettingsDropIn(units()).restore(u"vms"_s, previous, &error));
        QCOMPARE(readText(ourPath), first);

        QVERIFY(SettingsDropIn(units()).restore(u"vms"_s, none, &error));
        QVERIFY(!QFile::exists(ourPath));
        QCOMPARE(readText(units().unitPath(u"vms"_s)), kUnitText);
    }

    void missingUnitWritesNothing()
    {
        QString error;
        QVERIFY(!SettingsDropIn(units()).write(u"ghost"_s, ServiceSettings(), nullptr, &error));
        QVERIFY(error.contains(u"ghost"_s));
        QVERIFY(!QFile::exists(units().dropInPath(u"ghost"_s)));
    }
};

CHARON_TEST_GUILESS_MAIN(TestSettingsDropIn)
#include "tst_settingsdropin.moc"
