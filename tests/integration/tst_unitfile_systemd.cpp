// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// Unit files as the real systemd reads them: guests with hostile paths are written into the
// suite's private user manager, started and stopped; the stand-in emulator and helper record
// their argv and working directory, which must be byte-exact.

#include "core/units/unitfile.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testmain.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;
using namespace charon::test;

namespace {

// Writes an executable shell script that records "$0" "$@" (NUL-separated) in `argvFile` and
// its working directory in `cwdFile`, then runs `tail`. Only our own, safe paths are in it.
void writeRecorder(
    const QString &path, const QString &argvFile, const QString &cwdFile, const QString &tail)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write("#!/bin/sh\nfor a in \"$0\" \"$@\"; do printf '%s\\0' \"$a\"; done > '"
        + argvFile.toUtf8() + "'\npwd -P > '" + cwdFile.toUtf8() + "'\n" + tail.toUtf8() + "\n");
    f.close();
    QVERIFY(
        f.setPermissions(f.permissions() | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther));
}

QStringList recordedArgv(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return { u"<missing "_s + file + u'>' };
    QByteArray data = f.readAll();
    if (data.endsWith('\0'))
        data.chop(1);
    QStringList out;
    for (const QByteArray &word : data.split('\0'))
        out << QString::fromUtf8(word);
    return out;
}

QString readTrimmedLine(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray data = f.readAll();
    if (data.endsWith('\n'))
        data.chop(1);
    return QString::fromUtf8(data);
}

// Path components an admin would never choose and a naive writer would break on.
QString hostileComponent(QRandomGenerator &rng)
{
    static const QStringList pieces { u" "_s, u"\""_s, u"'"_s, u"\\"_s, u"$"_s, u"$$"_s,
        u"${HOME}"_s, u"%"_s, u"%n"_s, u";"_s, u"#"_s, u"="_s, u"ü"_s, u"日本"_s, u"`id`"_s,
        u"$(true)"_s, u"a"_s, u"&|"_s };
    QString out;
    const int n = 2 + rng.bounded(5);
    for (int i = 0; i < n; ++i)
        out += pieces.at(rng.bounded(int(pieces.size())));
    return u"c"_s + out + u"z"_s; // never ends in whitespace or a backslash
}

} // namespace

class TestUnitFileSystemd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostilePathsReachTheProcessExactly_data()
    {
        QTest::addColumn<QString>("dirPart");
        QTest::addColumn<QString>("configArg");
        QTest::newRow("everything at once")
            << u"sp ace \"dq\" 'sq' back\\slash $HOME $$ %n %% ; # ü 日本"_s
            << u"/cfg dir/a \"b\" 'c' \\d $HOME ${X} $$ %h %% ; e\nnew\tline ü.cfg"_s;
        QRandomGenerator rng(4242);
        for (int i = 0; i < 4; ++i) {
            const QString dir = hostileComponent(rng);
            const QString cfg = u"/"_s + hostileComponent(rng) + u"\n"_s + hostileComponent(rng);
            QTest::newRow(qPrintable(u"generated %1"_s.arg(i))) << dir << cfg;
        }
    }
    void hostilePathsReachTheProcessExactly()
    {
        CHARON_REQUIRE_SYSTEMD();
        QFETCH(QString, dirPart);
        QFETCH(QString, configArg);
        static int serial = 0;
        const QString name = u"hostile%1"_s.arg(++serial);
        const QString out = testBase() + u"/out-"_s + name;
        QVERIFY(QDir().mkpath(out));
        const QString root = testBase() + u"/"_s + dirPart;
        // systemd refuses quotes and backslashes in a program's path (UnitFile says so too)
        QString programPart = dirPart;
        programPart.remove(u'"').remove(u'\'').remove(u'\\');
        const QString programRoot = testBase() + u"/"_s + programPart;
        // Given an emulator, a helper and a working directory at hostile paths
        Guest g;
        g.name = name;
        g.profileId = u"par"_s;
        g.emulator = programRoot + u"/bin "_s + programPart + u"/emu"_s;
        g.workDir = root + u"/work "_s + dirPart;
        g.configPath = configArg;
        QVERIFY(QDir().mkpath(g.workDir));
        writeRecorder(
            g.emulator, out + u"/emulator.argv"_s, out + u"/emulator.cwd"_s, u"exec sleep 300"_s);
        LaunchOptions launch { u"Charon-PAR"_s, u"-x"_s, false,
            programRoot + u"/helper/charon-vm"_s };
        writeRecorder(launch.helperPath, out + u"/helper-$2.argv"_s.replace(u"$2"_s, u"'\"$2\"'"_s),
            out + u"/helper.cwd"_s, u"exit 0"_s);
        // When its unit is written into the manager's directory and loaded
        UnitFile units(UnitScope::User, userUnitDir());
        QString error;
        QVERIFY2(units.write(g, launch, UnitFile::Mode::Create, &error), qPrintable(error));
        QCOMPARE(systemctl({ u"daemon-reload"_s }), 0);
        const QString unit = unitNameForGuest(name);
        QCOMPARE(unitProperty(unit, u"LoadState"_s), u"loaded"_s);
        // Then systemd sees the same executable and working directory
        const QString execStart = unitProperty(unit, u"ExecStart"_s);
        QVERIFY2(execStart.contains(u"path="_s + g.emulator + u" ;"_s), qPrintable(execStart));
        QCOMPARE(unitProperty(unit, u"WorkingDirectory"_s), g.workDir);
        // And starting it runs the helper, then the emulator, with byte-exact argv and cwd
        QString output;
        QVERIFY2(systemctl({ u"start"_s, unit }, &output) == 0, qPrintable(output));
        QTRY_COMPARE(recordedArgv(out + u"/emulator.argv"_s),
            (QStringList { g.emulator, u"-x"_s, configArg }));
        QTRY_COMPARE(readTrimmedLine(out + u"/emulator.cwd"_s), g.workDir);
        QCOMPARE(recordedArgv(out + u"/helper-prestart.argv"_s),
            (QStringList { launch.helperPath, u"--user"_s, u"prestart"_s, name }));
        QCOMPARE(unitProperty(unit, u"ActiveState"_s), u"active"_s);
        // And stopping it runs the stop helper; the emulator still alive is killed, which
        // counts as a clean, requested stop
        QVERIFY2(systemctl({ u"stop"_s, unit }, &output) == 0, qPrintable(output));
        QCOMPARE(recordedArgv(out + u"/helper-stop-script.argv"_s),
            (QStringList { launch.helperPath, u"--user"_s, u"stop-script"_s, name }));
        QCOMPARE(unitProperty(unit, u"ActiveState"_s), u"inactive"_s);
        QCOMPARE(unitProperty(unit, u"Result"_s), u"success"_s);
        // And what we read back is what we wrote
        const auto back = units.read(name, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->guest.emulator, g.emulator);
        QCOMPARE(back->guest.configPath, configArg);
        QCOMPARE(back->guest.workDir, g.workDir);
    }

    void managedSettingsTakeEffect()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given a guest with protection, auto-restart and timeouts set through the drop-in
        const QString out = testBase() + u"/out-settings"_s;
        Guest g;
        g.name = u"settings"_s;
        g.emulator = out + u"/emu"_s;
        g.workDir = out;
        g.configPath = out + u"/x.cfg"_s;
        g.oomProtected = true;
        g.autoRestart = true;
        g.startTimeoutSec = 33;
        g.stopTimeoutSec = 44;
        writeRecorder(g.emulator, out + u"/argv"_s, out + u"/cwd"_s, u"exec sleep 300"_s);
        writeRecorder(out + u"/charon-vm"_s, out + u"/h"_s, out + u"/hc"_s, u"exit 0"_s);
        UnitFile units(UnitScope::User, userUnitDir());
        QString error;
        QVERIFY2(units.write(g, { u"Charon-AXP"_s, u"-d"_s, false, out + u"/charon-vm"_s },
                     UnitFile::Mode::Create, &error),
            qPrintable(error));
        QCOMPARE(systemctl({ u"daemon-reload"_s }), 0);
        // Then systemd reports the values of our drop-in, and the unit's fixed settings
        const QString unit = unitNameForGuest(g.name);
        QCOMPARE(unitProperty(unit, u"OOMScoreAdjust"_s), u"-1000"_s);
        QCOMPARE(unitProperty(unit, u"Restart"_s), u"on-failure"_s);
        QCOMPARE(unitProperty(unit, u"RestartUSec"_s), u"30s"_s);
        QCOMPARE(unitProperty(unit, u"StartLimitBurst"_s), u"2"_s);
        QCOMPARE(unitProperty(unit, u"StartLimitIntervalUSec"_s), u"10min"_s);
        QCOMPARE(unitProperty(unit, u"TimeoutStartUSec"_s), u"33s"_s);
        QCOMPARE(unitProperty(unit, u"TimeoutStopUSec"_s), u"44s"_s);
        QCOMPARE(unitProperty(unit, u"KillSignal"_s), u"15"_s); // SIGTERM: see tst_stopreason
        QCOMPARE(unitProperty(unit, u"SendSIGKILL"_s), u"yes"_s); // after TimeoutStopSec
        QCOMPARE(unitProperty(unit, u"SuccessExitStatus"_s), QString()); // no signal is clean
        QCOMPARE(unitProperty(unit, u"Type"_s), u"exec"_s);
        QCOMPARE(unitProperty(unit, u"Description"_s), u"Charon guest settings (Charon-AXP)"_s);
        QVERIFY(unitProperty(unit, u"After"_s).contains(u"network-online.target"_s));
        QCOMPARE(unitProperty(unit, u"DropInPaths"_s), units.dropInPath(g.name));
        // And enabling hooks it to default.target
        QCOMPARE(systemctl({ u"enable"_s, unit }), 0);
        QVERIFY(QFile::exists(userUnitDir() + u"/default.target.wants/"_s + unit));
        QCOMPARE(systemctl({ u"disable"_s, unit }), 0);
    }
};

CHARON_TEST_GUILESS_MAIN(TestUnitFileSystemd)
#include "tst_unitfile_systemd.moc"
