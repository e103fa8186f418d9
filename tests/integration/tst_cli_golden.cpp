// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// Golden files for charon-vm: `list`, `list --json`, `status NAME`, `status --json NAME` (and
// `status --json` for the default guest) against the expected output in tests/golden/cli/, for
// a fixed set of guests on the suite's private systemd manager: a running AXP guest with the
// star, a PAR guest started then stopped (REQUESTED), a PAR guest that crashed (FAILURE), a PAR
// guest whose configuration has problems and an AXP guest with auto-boot, never started.
// Guest names, config files, emulator names and fixed console ports are chosen here, under a
// temp root of fixed length, so the output is stable; what still varies (temp root, suite dir,
// time stamps, free console ports, the host header) is tokenised by GoldenFile.
// CHARON_GOLDEN_UPDATE=1 ctest -R tst_cli_golden rewrites the expected files.

#include "core/domain/guest.h"
#include "tests/harness/clirunner.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testmain.h"
#include "tests/integration/goldenfile.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace charon::test;

namespace {

using Result = CliResult;

// charon-vm --user ARGS, in the C locale (untranslated text) and UTC.
Result vm(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.insert(u"LANG"_s, u"C"_s);
    env.remove(u"LANGUAGE"_s);
    env.insert(u"TZ"_s, u"UTC"_s);
    return runCliIn(env, args);
}

QString describe(const QStringList &args, const Result &r)
{
    return u"charon-vm %1: exit %2\nstdout: %3\nstderr: %4"_s.arg(args.join(u' '))
        .arg(r.code)
        .arg(r.out, r.err);
}

// The guests; PORT stands for a free console port chosen at run time.
struct GuestSpec
{
    QString name;
    QString profile;
    QString emulator; // the name of the link to the simulator (the EMULATOR column)
    QString os;
    QByteArray config;
    bool force = false; // the configuration has errors
};

const QList<GuestSpec> &guests()
{
    static const QList<GuestSpec> list {
        { u"vms-live"_s, u"axp"_s, u"es40"_s, u"openvms"_s,
            "# charon-guest-sim: pace=0\n"
            "set session hw_model = AlphaServer_ES40\n"
            "set session configuration_name = \"VMSLIVE\"\n"
            "set ram0 size=4096\n"
            "set COM1 alias=OPA0 port=PORT\n"
            "set OPA0 break_on=\"Ctrl-P\"\n"
            "load DE500BA/dec21x4x EWA\n"
            "load packet_port/chnetwrk EWA0 interface=\"golden1\"\n" },
        { u"hpux-stopped"_s, u"par"_s, u"pa9-64"_s, u"hpux"_s,
            "# charon-guest-sim: pace=0\n"
            "license_key_id \"1422726238\"\n"
            "system_model = \"rp4440\"\n"
            "memory_size = 8GB\n"
            "console.type = telnet\n"
            "console.port = \"PORT\"\n"
            "EWA0.iface = \"golden0\"\n"
            "EWA0.mapping_mode = RAW\n" },
        { u"mpe-failed"_s, u"par"_s, u"pa3"_s, u"mpeix"_s,
            "# charon-guest-sim: pace=0 crash_after=0 crash_signal=SEGV\n"
            "license_key_id \"1877345390\"\n"
            "system_model = \"A500-200-200\"\n"
            "memory_size = 2048\n"
            "console.port = \"PORT\"\n"
            "EWA0.iface = \"golden0\"\n" },
        { u"par-broken"_s, u"par"_s, u"pa9-32"_s, u"hpux"_s,
            "license_key_id = \"1234567\"\n"
            "system_model = \"rp3440\"\n"
            "memory_size = 4GB\n"
            "console.port = \":PORT\"\n",
            true },
        { u"tru64-idle"_s, u"axp"_s, u"ds20"_s, u"tru64"_s,
            "set session hw_model = AlphaServer_DS20\n"
            "set ram0 size=1024\n"
            "set COM1 alias=OPA0 port=PORT\n"
            "set OPA0 stop_on=\"F6\"\n" },
    };
    return list;
}

// Guests that run at some point need a console port nobody listens on; five digits, so that
// the columns of `list` keep their widths whatever port is drawn.
quint16 freeFiveDigitPort(const QList<quint16> &taken)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        const quint16 port = freeTcpPort();
        if (port >= 10000 && port != 10004 && port != 10005 && !taken.contains(port))
            return port;
    }
    return 0;
}

// Whether something listens on TCP `port` (from /proc/net/tcp and tcp6, without connecting:
// the simulator takes one console client and might note it).
bool isListening(quint16 port)
{
    const QString local = u":%1 "_s.arg(port, 4, 16, QChar(u'0')).toUpper();
    for (const QString &table : { u"/proc/net/tcp"_s, u"/proc/net/tcp6"_s }) {
        QFile file(table);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QStringList fields = QString::fromLatin1(line).simplified().split(u' ');
            // sl local_address rem_address st ...: st 0A is LISTEN
            if (fields.size() > 3 && QString(fields.at(1) + u' ').endsWith(local)
                && fields.at(3) == u"0A"_s)
                return true;
        }
    }
    return false;
}

QString goldenDir()
{
    return sourceDir() + u"/tests/golden/cli"_s;
}

// Each expected file and the command whose output it holds.
QList<QPair<QString, QStringList>> goldenRows()
{
    QList<QPair<QString, QStringList>> rows {
        { u"list.txt"_s, { u"list"_s } },
        { u"list.json"_s, { u"list"_s, u"--json"_s } },
    };
    for (const GuestSpec &g : guests()) {
        rows.append({ u"status-%1.txt"_s.arg(g.name), { u"status"_s, g.name } });
        rows.append({ u"status-%1.json"_s.arg(g.name), { u"status"_s, u"--json"_s, g.name } });
    }
    rows.append({ u"status-default.json"_s, { u"status"_s, u"--json"_s } }); // the star
    // `set NAME` without options: the service settings as systemd applies them.
    rows.append({ u"set-tru64-idle.txt"_s, { u"set"_s, u"tru64-idle"_s } });
    return rows;
}

} // namespace

class TestCliGolden : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_root;
    GoldenFile m_golden;
    int m_written = 0;
    quint16 m_runningPort = 0; // vms-live's console

    // Runs charon-vm and QVERIFYs that it succeeds.
    void mustRun(const QStringList &args)
    {
        const Result r = vm(args);
        QVERIFY2(r.code == 0, qPrintable(describe(args, r)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        CHARON_REQUIRE_SYSTEMD();
        QVERIFY2(!sourceDir().isEmpty(), "CHARON_SOURCE_DIR is not set (run through ctest)");
        // A root of fixed length, so that config paths (the CONFIG column) have a fixed length.
        const QString rootTemplate = u"/tmp/charon-golden-XXXXXX"_s;
        m_root = std::make_unique<QTemporaryDir>(rootTemplate);
        QVERIFY(m_root->isValid());
        QCOMPARE(m_root->path().size(), rootTemplate.size());
        m_golden.addPath(m_root->path(), u"<DIR>"_s);
        m_golden.addPath(testBase(), u"<BASE>"_s);
        m_golden.addPath(QFileInfo(cliPath()).absolutePath(), u"<BUILD>"_s);
        m_golden.addPath(QFileInfo(simulatorPath()).absolutePath(), u"<BUILD>"_s);

        // The emulators: links to the simulator named like Charon executables.
        QVERIFY(QDir().mkpath(m_root->filePath(u"bin"_s)));
        QList<quint16> ports;
        for (const GuestSpec &g : guests()) {
            const QString emulator = m_root->filePath(u"bin/"_s + g.emulator);
            QVERIFY(QFile::link(simulatorPath(), emulator));
            QByteArray config = g.config;
            if (config.contains("PORT")) {
                const quint16 port = freeFiveDigitPort(ports);
                QVERIFY2(port != 0, "no free five-digit TCP port");
                ports << port;
                m_golden.addNumber(port, u"<PORT%1>"_s.arg(ports.size()));
                config.replace("PORT", QByteArray::number(port));
                if (g.name == u"vms-live"_s)
                    m_runningPort = port;
            }
            const QString configPath = m_root->filePath(g.name + u'/' + g.name + u".cfg"_s);
            QVERIFY(GoldenFile::write(configPath, QString::fromUtf8(config)));
            QStringList add { u"add"_s, u"--name"_s, g.name, u"--emulator"_s, emulator,
                u"--config"_s, configPath, u"--profile"_s, g.profile, u"--os"_s, g.os };
            if (g.force)
                add << u"--force"_s;
            mustRun(add);
        }

        // The star, auto-boot, a running guest, a stopped one and a crashed one.
        mustRun({ u"default"_s, u"vms-live"_s });
        mustRun({ u"enable"_s, u"tru64-idle"_s });
        mustRun({ u"start"_s, u"vms-live"_s });
        mustRun({ u"start"_s, u"hpux-stopped"_s });
        mustRun({ u"stop"_s, u"hpux-stopped"_s });
        // systemd drops an unreferenced inactive unit from memory (and with it the start and
        // stop times) soon after it stops; wait for that, so the output does not depend on
        // how soon the commands below run.
        const QString stoppedUnit = charon::core::unitNameForGuest(u"hpux-stopped"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!isUnitLoaded(stoppedUnit), 10000);
        vm({ u"start"_s, u"mpe-failed"_s }); // may or may not see the crash: waited for below
        const QString failedUnit = charon::core::unitNameForGuest(u"mpe-failed"_s);
        QTRY_COMPARE_WITH_TIMEOUT(unitProperty(failedUnit, u"ActiveState"_s), u"failed"_s, 20000);
        QCOMPARE(unitProperty(failedUnit, u"Result"_s), u"signal"_s);
        QCOMPARE(unitProperty(charon::core::unitNameForGuest(u"vms-live"_s), u"SubState"_s),
            u"running"_s);
        // The running guest is fully up (its console listens) before anything is recorded.
        QTRY_VERIFY_WITH_TIMEOUT(isListening(m_runningPort), 20000);
    }

    void output_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("args");
        for (const auto &[file, args] : goldenRows())
            QTest::newRow(qPrintable(file)) << file << args;
    }
    void output()
    {
        CHARON_REQUIRE_SYSTEMD();
        QFETCH(QString, file);
        QFETCH(QStringList, args);
        // When the command runs
        const Result r = vm(args);
        QVERIFY2(r.code == 0, qPrintable(describe(args, r)));
        // Then its normalised output (stderr too, when there is any) is the expected file's
        QString problem;
        QString actual = m_golden.normalise(r.out, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        if (!r.err.isEmpty())
            actual += u"--- stderr ---\n"_s + m_golden.normalise(r.err, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString expectedPath = goldenDir() + u'/' + file;
        if (GoldenFile::updateRequested()) {
            QVERIFY2(GoldenFile::write(expectedPath, actual), qPrintable(expectedPath));
            ++m_written;
            return;
        }
        const QString diff = GoldenFile::difference(expectedPath, actual);
        if (!diff.isEmpty())
            qWarning().noquote() << u"\n"_s + diff;
        QVERIFY2(diff.isEmpty(),
            qPrintable(u"output differs from %1 (diff above; if the change is intended: "
                       "CHARON_GOLDEN_UPDATE=1 ctest -R tst_cli_golden)"_s.arg(expectedPath)));
    }

    // Every file in tests/golden/cli/ is compared by some row: none is left behind unseen.
    void noStrayExpectedFiles()
    {
        CHARON_REQUIRE_SYSTEMD();
        const QStringList present = QDir(goldenDir()).entryList(QDir::Files);
        const auto rows = goldenRows();
        QStringList stray;
        for (const QString &file : present) {
            if (std::none_of(rows.cbegin(), rows.cend(),
                    [&file](const auto &row) { return row.first == file; }))
                stray << file;
        }
        if (GoldenFile::updateRequested()) {
            for (const QString &file : std::as_const(stray))
                QVERIFY(QFile::remove(goldenDir() + u'/' + file));
            qInfo().noquote() << u"CHARON_GOLDEN_UPDATE: wrote %1 files in %2, removed %3 stray"_s
                                     .arg(m_written)
                                     .arg(goldenDir())
                                     .arg(stray.size());
            return;
        }
        QVERIFY2(
            stray.isEmpty(), qPrintable(u"not produced by any command: "_s + stray.join(u", "_s)));
    }

    void cleanupTestCase()
    {
        if (!harnessSkipReason().isEmpty())
            return;
        for (const GuestSpec &g : guests())
            vm({ u"remove"_s, u"--force"_s, g.name });
        vm({ u"default"_s, u"--clear"_s });
    }
};

CHARON_TEST_GUILESS_MAIN(TestCliGolden)
#include "tst_cli_golden.moc"
