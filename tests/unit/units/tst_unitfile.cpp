// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// Unit files: systemd quoting both ways over many hostile generated paths, the write/read round
// trip of a guest, and preservation of everything the manager does not own.

#include "core/support/atomicfile.h"
#include "core/units/unitdocument.h"
#include "core/units/unitfile.h"
#include "core/units/unitsyntax.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using charon::test::readText;
using charon::test::writeText;
using namespace charon::core;

namespace {

// Pieces that have broken unit-file writers: quoting, escapes, specifiers, variables, command
// separators, comments, non-ASCII, control characters.
const QStringList kHostile {
    u"a"_s,
    u"Z9"_s,
    u" "_s,
    u"  "_s,
    u"\""_s,
    u"'"_s,
    u"\\"_s,
    u"\\\\"_s,
    u"$"_s,
    u"$$"_s,
    u"${HOME}"_s,
    u"$HOME"_s,
    u"$(reboot)"_s,
    u"%"_s,
    u"%%"_s,
    u"%n"_s,
    u"%h"_s,
    u";"_s,
    u" ; "_s,
    u"#"_s,
    u"="_s,
    u"\t"_s,
    u"\n"_s,
    u"\r"_s,
    u"ü"_s,
    u"日本"_s,
    u"😀"_s,
    u"{}"_s,
    u"*?"_s,
    u"`id`"_s,
    u"&|<>"_s,
    u"\x01"_s,
    u"\x7f"_s,
    u"~"_s,
    u"-"_s,
    u"@"_s,
    u":"_s,
    u"+!"_s,
    u"[x]"_s,
    u"\\x41"_s,
};

QString hostileText(QRandomGenerator &rng, int pieces)
{
    QString out;
    for (int i = 0; i < pieces; ++i)
        out += kHostile.at(rng.bounded(int(kHostile.size())));
    return out;
}

enum class PathKind {
    Any, // an argument: anything but '/' inside components
    Plain, // WorkingDirectory=: no control characters, normalized, no trailing space/backslash
    Program, // an executable: also no quotes or backslashes (systemd refuses them)
};

// An absolute path of hostile components, limited to what systemd accepts for `kind`.
QString hostilePath(QRandomGenerator &rng, PathKind kind)
{
    QString path;
    const int depth = 1 + rng.bounded(4);
    for (int d = 0; d < depth; ++d) {
        QString part = hostileText(rng, 1 + rng.bounded(5));
        part.remove(u'/');
        if (kind != PathKind::Any) {
            for (qsizetype i = part.size() - 1; i >= 0; --i) {
                const QChar c = part.at(i);
                if (c.unicode() < 0x20 || c.unicode() == 0x7f
                    || (kind == PathKind::Program && (c == u'"' || c == u'\'' || c == u'\\')))
                    part.remove(i, 1);
            }
        }
        if (part.isEmpty() || part == u"."_s || part == u".."_s)
            part = u"x"_s;
        path += u'/' + part;
    }
    if (kind != PathKind::Any) {
        path = QDir::cleanPath(path);
        if (!isRepresentablePathValue(path))
            path += u"_end"_s;
    }
    return path;
}

Guest sampleGuest(const QString &name = u"hpux-prod"_s)
{
    Guest g;
    g.name = name;
    g.emulator = u"/opt/charon/bin/hpa3"_s;
    g.profileId = u"par"_s;
    g.configPath = u"/charon/hpux prod.cfg"_s;
    g.workDir = u"/charon/hpux-prod"_s;
    return g;
}

LaunchOptions sampleLaunch()
{
    return { u"Charon-PAR"_s, u"-x"_s, false, u"/usr/bin/charon-vm"_s };
}

} // namespace

class TestUnitFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void execLineRoundTripsHostileArguments()
    {
        QRandomGenerator rng(20240611);
        for (int i = 0; i < 2000; ++i) {
            // Given an argv of hostile words (the first an executable path)
            QStringList argv { hostilePath(rng, PathKind::Program) };
            const int count = rng.bounded(5);
            for (int a = 0; a < count; ++a)
                argv << (rng.bounded(4) == 0 ? hostilePath(rng, PathKind::Any)
                                             : hostileText(rng, rng.bounded(6)));
            // When it is formatted for a unit file and parsed back as systemd would
            const QString line = formatExecLine(argv);
            QString error;
            const auto parsed = parseExecLine(line, &error);
            // Then the words are exactly the same, and the line is one physical line
            QVERIFY2(parsed, qPrintable(error + u" in "_s + line));
            QCOMPARE(parsed->argv, argv);
            QVERIFY(parsed->prefixes.isEmpty());
            QVERIFY(!line.contains(u'\n') && !line.contains(u'\r'));
        }
    }

    void specifiersAndDollarsAreEscaped()
    {
        // The executable path gets no `$` substitution from systemd, so only arguments double it.
        QCOMPARE(formatExecLine({ u"/a$b %c"_s, u"x$y%z"_s }), u"\"/a$b %%c\" \"x$$y%%z\""_s);
        QCOMPARE(formatExecLine({ u"/a"_s, u"q\"b\\s\nl"_s }), u"\"/a\" \"q\\\"b\\\\s\\nl\""_s);
    }

    void parsesWhatAdminsWrite_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("prefixes");
        QTest::addColumn<QStringList>("argv");
        QTest::newRow("plain") << u"/bin/x a b"_s << QString()
                               << QStringList { u"/bin/x"_s, u"a"_s, u"b"_s };
        QTest::newRow("quotes") << u"/bin/x \"a b\" 'c d' e\"f g\""_s << QString()
                                << QStringList { u"/bin/x"_s, u"a b"_s, u"c d"_s, u"ef g"_s };
        QTest::newRow("escapes") << u"/bin/x \\x41\\101 \"\\u00fc\" \\xc3\\xbc"_s << QString()
                                 << QStringList { u"/bin/x"_s, u"AA"_s, u"ü"_s, u"ü"_s };
        QTest::newRow("prefixes") << u"-@/bin/x y"_s << u"-@"_s
                                  << QStringList { u"/bin/x"_s, u"y"_s };
        QTest::newRow("no $ with colon")
            << u":/bin/x $$"_s << u":"_s << QStringList { u"/bin/x"_s, u"$$"_s };
        QTest::newRow("$$ and specifiers")
            << u"/b%%in/x $$a %%b %h"_s << QString()
            << QStringList { u"/b%in/x"_s, u"$a"_s, u"%b"_s, u"%h"_s };
        QTest::newRow("second command ignored")
            << u"/bin/x a ; /bin/y"_s << QString() << QStringList { u"/bin/x"_s, u"a"_s };
    }
    void parsesWhatAdminsWrite()
    {
        QFETCH(QString, line);
        QFETCH(QString, prefixes);
        QFETCH(QStringList, argv);
        const auto parsed = parseExecLine(line);
        QVERIFY(parsed);
        QCOMPARE(parsed->prefixes, prefixes);
        QCOMPARE(parsed->argv, argv);
    }

    void rejectsBrokenExecLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("unterminated") << u"/bin/x \"abc"_s;
        QTest::newRow("bad escape") << u"/bin/x \\q"_s;
        QTest::newRow("nul escape") << u"/bin/x \\x00"_s;
        QTest::newRow("empty") << u"   "_s;
    }
    void rejectsBrokenExecLines()
    {
        QFETCH(QString, line);
        QString error;
        QVERIFY(!parseExecLine(line, &error));
        QVERIFY(!error.isEmpty());
    }

    void guestRoundTripsThroughUnitFile()
    {
        QTemporaryDir dir;
        UnitFile units(UnitScope::User, dir.path());
        QRandomGenerator rng(77);
        for (int i = 0; i < 300; ++i) {
            // Given a guest whose every path is hostile
            Guest g = sampleGuest(u"g%1"_s.arg(i));
            g.emulator = hostilePath(rng, PathKind::Program);
            g.configPath = hostilePath(rng, PathKind::Any);
            g.workDir = hostilePath(rng, PathKind::Plain);
            g.preStartScript = rng.bounded(2) ? hostilePath(rng, PathKind::Program) : QString();
            g.startTimeoutSec = rng.bounded(200);
            g.stopTimeoutSec = rng.bounded(900);
            g.oomProtected = rng.bounded(2);
            g.autoRestart = rng.bounded(2);
            LaunchOptions launch = sampleLaunch();
            launch.helperPath = hostilePath(rng, PathKind::Program) + u"/charon-vm"_s;
            launch.notify = rng.bounded(2);
            // When it is written and read back
            QString error;
            QVERIFY2(units.write(g, launch, UnitFile::Mode::Create, &error), qPrintable(error));
            const auto back = units.read(g.name, &error);
            QVERIFY2(back, qPrintable(error));
            // Then every field is byte-exact
            QCOMPARE(back->guest.emulator, g.emulator);
            QCOMPARE(back->guest.configPath, g.configPath);
            QCOMPARE(back->guest.workDir, g.workDir);
            QCOMPARE(back->guest.preStartScript, g.preStartScript);
            QCOMPARE(back->guest.profileId, g.profileId);
            QCOMPARE(back->guest.unit, unitNameForGuest(g.name));
            QCOMPARE(back->guest.startTimeoutSec, g.startTimeoutSec);
            QCOMPARE(back->guest.stopTimeoutSec, g.stopTimeoutSec);
            QCOMPARE(back->guest.oomProtected, g.oomProtected);
            QCOMPARE(back->guest.autoRestart, g.autoRestart);
            QCOMPARE(back->launch, launch);
        }
        QCOMPARE(units.guestNames().size(), 300);
    }

    void rewriteKeepsWhatWeDoNotOwn()
    {
        // Given a unit an admin edited: ordering, an environment, comments, an extra pre-step
        QTemporaryDir dir;
        UnitFile units(UnitScope::System, dir.path());
        Guest g = sampleGuest();
        QString error;
        QVERIFY2(units.write(g, sampleLaunch(), UnitFile::Mode::Create, &error), qPrintable(error));
        QString text = readText(units.unitPath(g.name));
        text.replace(u"[Service]\n"_s,
            u"Before=app.service\nAfter=storage.mount\n\n[Service]\n"
            "# keep me\nEnvironment=LANG=C\nExecStartPre=/usr/local/bin/admin-pre\n"
            "ExecStartPre=/usr/local/bin/second-pre\n"_s);
        text.replace(u"TimeoutStopSec=300"_s, u"TimeoutStopSec=42"_s);
        QVERIFY(writeText(units.unitPath(g.name), text));
        // When the guest is rewritten with another config and emulator
        g.configPath = u"/charon/new.cfg"_s;
        g.emulator = u"/opt/charon/bin/hpa9"_s;
        QVERIFY2(units.write(g, sampleLaunch(), UnitFile::Mode::Update, &error), qPrintable(error));
        const QString after = readText(units.unitPath(g.name));
        // Then the admin's lines are still there, ours are updated, and the old file is kept
        for (const QString &kept : { u"Before=app.service"_s, u"After=storage.mount"_s,
                 u"After=network-online.target"_s, u"# keep me"_s, u"Environment=LANG=C"_s,
                 u"ExecStartPre=/usr/local/bin/second-pre"_s, u"TimeoutStopSec=42"_s,
                 u"Wants=network-online.target"_s, u"WantedBy=multi-user.target"_s,
                 u"KillSignal=SIGTERM"_s })
            QVERIFY2(after.contains(kept), qPrintable(kept + u"\n"_s + after));
        QCOMPARE(after.count(u"After=network-online.target"_s), 1);
        QVERIFY(!after.contains(u"SuccessExitStatus"_s)); // see tst_unitfile_stop
        // the first non-helper pre-step is the "admin script" slot the guest owns (now empty)
        QVERIFY(!after.contains(u"admin-pre"_s));
        QVERIFY(after.contains(u"ExecStart=\"/opt/charon/bin/hpa9\" \"-x\" \"/charon/new.cfg\""_s));
        QVERIFY(readText(backupPathFor(units.unitPath(g.name))).contains(u"hpux prod.cfg"_s));
        const auto back = units.read(g.name);
        QVERIFY(back);
        QCOMPARE(back->guest.stopTimeoutSec, 42);
    }

    void unitLayout()
    {
        // Given a new user-scope guest
        QTemporaryDir dir;
        UnitFile units(UnitScope::User, dir.path());
        Guest g = sampleGuest();
        g.preStartScript = u"/etc/charon/pre.sh"_s;
        QString error;
        QVERIFY2(units.write(g, sampleLaunch(), UnitFile::Mode::Create, &error), qPrintable(error));
        // Then the unit has our keys, in order, with the helper first among the pre-steps
        const UnitDocument doc(readText(units.unitPath(g.name)));
        QCOMPARE(doc.value(u"Unit"_s, u"Description"_s), u"Charon guest hpux-prod (Charon-PAR)"_s);
        QCOMPARE(doc.value(u"Service"_s, u"Type"_s), u"exec"_s);
        QCOMPARE(doc.values(u"Service"_s, u"ExecStartPre"_s),
            (QStringList { u"\"/usr/bin/charon-vm\" \"--user\" \"prestart\" \"hpux-prod\""_s,
                u"\"/etc/charon/pre.sh\""_s }));
        QCOMPARE(doc.value(u"Service"_s, u"ExecStop"_s),
            u"\"/usr/bin/charon-vm\" \"--user\" \"stop-script\" \"hpux-prod\""_s);
        QCOMPARE(doc.value(u"Install"_s, u"WantedBy"_s), u"default.target"_s);
        QVERIFY(!doc.contains(u"Unit"_s, u"Wants"_s));
    }

    void dropInHoldsManagedSettings()
    {
        QTemporaryDir dir;
        UnitFile units(UnitScope::User, dir.path());
        Guest g = sampleGuest();
        QString error;
        QVERIFY(units.write(g, sampleLaunch(), UnitFile::Mode::Create, &error));
        // Given an admin's own drop-in next to ours
        const QString adminDropIn = units.unitPath(g.name) + u".d/10-admin.conf"_s;
        QVERIFY(writeText(adminDropIn, u"[Service]\nNice=5\n"_s));
        // When the GUI turns protection and auto-restart on
        g.oomProtected = true;
        g.autoRestart = true;
        g.stopTimeoutSec = 0;
        QVERIFY2(units.writeSettings(g, &error), qPrintable(error));
        const UnitDocument doc(readText(units.dropInPath(g.name)));
        QCOMPARE(doc.value(u"Service"_s, u"OOMScoreAdjust"_s), u"-1000"_s);
        QCOMPARE(doc.value(u"Service"_s, u"Restart"_s), u"on-failure"_s);
        QCOMPARE(doc.value(u"Service"_s, u"RestartSec"_s), u"30"_s);
        QCOMPARE(doc.value(u"Unit"_s, u"StartLimitBurst"_s), u"2"_s);
        QCOMPARE(doc.value(u"Unit"_s, u"StartLimitIntervalSec"_s), u"600"_s);
        QCOMPARE(doc.value(u"Service"_s, u"TimeoutStopSec"_s), u"infinity"_s);
        QVERIFY(!doc.contains(u"Service"_s, u"TimeoutStartSec"_s));
        // Then turning them off removes the keys, and the admin's drop-in is untouched
        g.oomProtected = false;
        g.autoRestart = false;
        QVERIFY(units.writeSettings(g, &error));
        const UnitDocument off(readText(units.dropInPath(g.name)));
        QVERIFY(!off.contains(u"Service"_s, u"OOMScoreAdjust"_s));
        QVERIFY(!off.contains(u"Service"_s, u"Restart"_s));
        QVERIFY(!off.contains(u"Unit"_s, u"StartLimitBurst"_s));
        QCOMPARE(readText(adminDropIn), u"[Service]\nNice=5\n"_s);
        // And a later drop-in overrides ours when reading, as systemd does
        QVERIFY(writeText(
            units.unitPath(g.name) + u".d/90-admin.conf"_s, u"[Service]\nRestart=always\n"_s));
        QVERIFY(units.read(g.name)->guest.autoRestart);
    }

    void dropInDirectoryIsReadAsSystemdReadsIt()
    {
        // The drop-in directory is listed with readdir(3) (not QDir: the cost of `charon-vm
        // list`): the same files must count, in the same order.
        QTemporaryDir dir;
        UnitFile units(UnitScope::User, dir.path());
        const Guest g = sampleGuest();
        QString error;
        QVERIFY(units.write(g, sampleLaunch(), UnitFile::Mode::Create, &error));
        const QString d = units.unitPath(g.name) + u".d/"_s;
        // Given drop-ins written out of name order: the later name wins, as in systemd
        QVERIFY(writeText(d + u"99-last.conf"_s, u"[Service]\nTimeoutStartSec=99\n"_s));
        QVERIFY(writeText(d + u"50-middle.conf"_s, u"[Service]\nTimeoutStartSec=50\n"_s));
        QCOMPARE(units.read(g.name)->guest.startTimeoutSec, 99);
        // And files that are not drop-ins: hidden, another suffix, a directory, a broken link
        QVERIFY(writeText(d + u".zz-hidden.conf"_s, u"[Service]\nTimeoutStartSec=1\n"_s));
        QVERIFY(writeText(d + u"zz-notes.txt"_s, u"[Service]\nTimeoutStartSec=2\n"_s));
        QVERIFY(QDir().mkpath(d + u"zz-dir.conf"_s));
        QVERIFY(QFile::link(d + u"missing"_s, d + u"zz-broken.conf"_s));
        QCOMPARE(units.read(g.name)->guest.startTimeoutSec, 99);
        // And a link to a file elsewhere counts, like a file (its name sorts last here)
        const QString elsewhere = dir.filePath(u"shared.conf"_s);
        QVERIFY(writeText(elsewhere, u"[Service]\nTimeoutStartSec=77\n"_s));
        QVERIFY(QFile::link(elsewhere, d + u"zzz-link.conf"_s));
        QCOMPARE(units.read(g.name)->guest.startTimeoutSec, 77);
        // And a suffix in capitals counts too, as it did with QDir's filter
        QVERIFY(writeText(d + u"zzzz-caps.CONF"_s, u"[Service]\nTimeoutStartSec=88\n"_s));
        QCOMPARE(units.read(g.name)->guest.startTimeoutSec, 88);
    }

    void badInputWritesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("name") << u"name"_s << u"a b"_s << u"invalid guest name"_s;
        QTest::newRow("relative emulator") << u"emulator"_s << u"bin/hpa3"_s << u"emulator path"_s;
        QTest::newRow("unclean emulator")
            << u"emulator"_s << u"/opt/../bin/x"_s << u"emulator path"_s;
        QTest::newRow("quote in emulator")
            << u"emulator"_s << u"/opt/it's/x"_s << u"quotes, backslashes"_s;
        QTest::newRow("backslash in emulator")
            << u"emulator"_s << u"/opt/a\\b/x"_s << u"quotes, backslashes"_s;
        QTest::newRow("quote in helper")
            << u"helper"_s << u"/a\"b/charon-vm"_s << u"quotes, backslashes"_s;
        QTest::newRow("relative config") << u"config"_s << u"x.cfg"_s << u"configuration path"_s;
        QTest::newRow("relative workdir") << u"workdir"_s << u"w"_s << u"working directory"_s;
        QTest::newRow("newline workdir") << u"workdir"_s << u"/a\nb"_s << u"control character"_s;
        QTest::newRow("trailing space workdir") << u"workdir"_s << u"/a "_s << u"whitespace"_s;
        QTest::newRow("trailing backslash workdir") << u"workdir"_s << u"/a\\"_s << u"backslash"_s;
        QTest::newRow("relative helper") << u"helper"_s << u"charon-vm"_s << u"charon-vm path"_s;
    }
    void badInputWritesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        QTemporaryDir dir;
        UnitFile units(UnitScope::User, dir.path() + u"/units"_s);
        Guest g = sampleGuest();
        LaunchOptions launch = sampleLaunch();
        if (field == u"name"_s)
            g.name = value;
        else if (field == u"emulator"_s)
            g.emulator = value;
        else if (field == u"config"_s)
            g.configPath = value;
        else if (field == u"workdir"_s)
            g.workDir = value;
        else
            launch.helperPath = value;
        QString error;
        QVERIFY(!units.write(g, launch, UnitFile::Mode::Create, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(!QFile::exists(dir.path() + u"/units"_s));
    }

    void createRefusesExistingAndUpdateRefusesMissing()
    {
        QTemporaryDir dir;
        UnitFile units(UnitScope::User, dir.path());
        QString error;
        QVERIFY(!units.write(sampleGuest(), sampleLaunch(), UnitFile::Mode::Update, &error));
        QVERIFY2(error.contains(u"no guest named"_s), qPrintable(error));
        QVERIFY(units.write(sampleGuest(), sampleLaunch(), UnitFile::Mode::Create, &error));
        const QString before = readText(units.unitPath(u"hpux-prod"_s));
        Guest other = sampleGuest();
        other.configPath = u"/elsewhere.cfg"_s;
        QVERIFY(!units.write(other, sampleLaunch(), UnitFile::Mode::Create, &error));
        QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));
        QCOMPARE(readText(units.unitPath(u"hpux-prod"_s)), before);
    }

    void removeKeepsBackups()
    {
        QTemporaryDir dir;
        UnitFile units(UnitScope::User, dir.path());
        QString error;
        QVERIFY(units.write(sampleGuest(), sampleLaunch(), UnitFile::Mode::Create, &error));
        QVERIFY2(units.remove(u"hpux-prod"_s, &error), qPrintable(error));
        QVERIFY(!units.exists(u"hpux-prod"_s));
        QVERIFY(QFile::exists(backupPathFor(units.unitPath(u"hpux-prod"_s))));
        QVERIFY(units.guestNames().isEmpty());
        QVERIFY(!units.remove(u"hpux-prod"_s, &error));
    }

    void readReportsMissingAndBroken()
    {
        QTemporaryDir dir;
        UnitFile units(UnitScope::User, dir.path());
        QString error;
        QVERIFY(!units.read(u"nope"_s, &error));
        QVERIFY(error.contains(u"no guest named \"nope\""_s));
        QVERIFY(writeText(units.unitPath(u"bad"_s), u"[Service]\nExecStart=\"/bin/x\n"_s));
        QVERIFY(!units.read(u"bad"_s, &error));
        QVERIFY2(error.contains(u"ExecStart"_s), qPrintable(error));
    }

    void continuationLinesAndComments()
    {
        const UnitDocument doc(u"[Service]\nExecStart=/bin/x \\\n# c\n  a b\nKey = v \n"_s);
        QCOMPARE(doc.value(u"Service"_s, u"ExecStart"_s), u"/bin/x    a b"_s);
        QCOMPARE(doc.value(u"Service"_s, u"Key"_s), u"v"_s);
        QCOMPARE(doc.toString(), u"[Service]\nExecStart=/bin/x \\\n# c\n  a b\nKey = v \n"_s);
    }

    void timeSpans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("seconds");
        QTest::newRow("bare") << u"90"_s << 90;
        QTest::newRow("suffix") << u"90s"_s << 90;
        QTest::newRow("combined") << u"2min 30s"_s << 150;
        QTest::newRow("tight") << u"1h5min"_s << 3900;
        QTest::newRow("infinity") << u"infinity"_s << 0;
        QTest::newRow("empty") << QString() << -1;
        QTest::newRow("junk") << u"soon"_s << -1;
    }
    void timeSpans()
    {
        QFETCH(QString, text);
        QFETCH(int, seconds);
        QCOMPARE(parseTimeSpanSec(text), seconds);
    }
};

CHARON_TEST_GUILESS_MAIN(TestUnitFile)
#include "tst_unitfile.moc"
