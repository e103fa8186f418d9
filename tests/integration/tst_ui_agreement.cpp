// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The window and charon-vm tell the same truth. Guests added with `charon-vm add` (the product's
// own path) on the suite's real systemd, run by the guest simulator: one with a customized
// stop-script branch and a NIC that does not exist, one whose branch is still the template, one
// with no branch, one whose simulator logged "license lost", and (when this machine lets the
// test make a veth pair) one whose NIC has an IP address. For each, the details pane of the real
// window (GuestSession + WindowSession, as app/main_gui.cpp wires them) and
// `charon-vm status NAME --json` must agree field by field. Then the stop script, a
// configuration and a drop-in are edited as a text editor would, and the window follows
// without a restart.

#include "core/domain/guestfacts.h"
#include "core/guests/gueststore.h"
#include "core/session/guestsession.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"
#include "ui/style/guesttext.h"
#include "ui/window/guestdetailspane.h"
#include "ui/window/mainwindow.h"
#include "ui/window/windowsession.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace charon::core;
using namespace charon::test;
using charon::ui::GuestDetailsPane;
using charon::ui::GuestText;
using Row = GuestDetailsPane::Row;

namespace {

// Fails the test where the write fails.
void writeFile(const QString &path, const QString &text)
{
    QVERIFY2(charon::test::writeText(path, text), qPrintable(path));
}

QString parConfig(const QString &name, quint16 port, const QString &iface)
{
    QString text = u"license_key_id \"1422726238\"\nsystem_model = \"rp4440\"\n"
                   "memory_size = 2048\nconsole.type = telnet\nconsole.port = \"%1\"\n"
                   "log_file = \"%2.log\"\n# charon-guest-sim: pace=0\n"_s.arg(port)
                       .arg(name);
    if (!iface.isEmpty())
        text += u"EWA0.iface = \"%1\"\nEWA0.mapping_mode = TAP\n"_s.arg(iface);
    return text;
}

} // namespace

class TestUiAgreement : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_stopScript;
    QString m_probeScript;
    QStringList m_guests;
    QString m_veth; // the veth this test made, "" when none
    std::unique_ptr<GuestSession> m_session;
    std::unique_ptr<charon::ui::MainWindow> m_window;

    QString configPath(const QString &name) const
    {
        return m_dir.filePath(name + u"/"_s + name + u".cfg"_s);
    }

    bool addGuest(const QString &name, const QString &iface, QString *why)
    {
        QDir().mkpath(m_dir.filePath(name));
        writeFile(configPath(name), parConfig(name, freeTcpPort(), iface));
        QString out;
        const int code = run(cliPath(),
            { u"--user"_s, u"add"_s, u"--name"_s, name, u"--emulator"_s, simulatorPath(),
                u"--profile"_s, u"par"_s, u"--notify"_s, u"--no-stop-branch"_s, u"--config"_s,
                configPath(name), u"--workdir"_s, m_dir.filePath(name) },
            &out);
        *why = out;
        if (code == 0)
            m_guests << name;
        return code == 0;
    }

    QJsonObject cliStatus(const QString &name)
    {
        QString out;
        const int code = run(cliPath(), { u"--user"_s, u"status"_s, name, u"--json"_s }, &out);
        if (code != 0)
            qWarning("charon-vm status %s: exit %d: %s", qPrintable(name), code, qPrintable(out));
        return QJsonDocument::fromJson(out.toUtf8()).object();
    }

    QString pane(const QString &name, Row row)
    {
        m_window->selectGuest(name);
        return m_window->details()->value(row);
    }

    // The comparison: every field the pane shows against the same field of the JSON.
    void compare(const QString &name)
    {
        const QJsonObject j = cliStatus(name);
        QVERIFY2(!j.isEmpty(), qPrintable(name));
        QVERIFY(m_window->selectGuest(name));
        const auto value = [this](Row row) { return m_window->details()->value(row); };
        const auto context = [&](const char *field) {
            return qPrintable(u"%1 %2: pane and JSON differ"_s.arg(name, QLatin1StringView(field)));
        };

        QString state = j[u"state"_s].toString();
        const QString reason = j[u"stopReason"_s].toString();
        if (!reason.isEmpty() && state != u"FAILED"_s)
            state += u' ' + reason;
        // A running guest on a configuration changed since its start: the pane says so after
        // the state, charon-vm in its own field.
        if (j[u"restartNeeded"_s].toBool())
            QVERIFY2(value(Row::State).startsWith(state + u", restart needed"_s), context("state"));
        else
            QVERIFY2(value(Row::State) == state, context("state"));
        QVERIFY2(value(Row::Unit) == j[u"unit"_s].toString(), context("unit"));
        QVERIFY2(value(Row::Config) == j[u"config"_s].toString(), context("config"));
        QVERIFY2(value(Row::WorkDir) == j[u"workDir"_s].toString(), context("workDir"));
        QVERIFY2(value(Row::Emulator).endsWith(j[u"emulator"_s].toString()), context("emulator"));
        QVERIFY2(value(Row::StartOnBoot) == GuestText::yesNo(j[u"autoBoot"_s].toBool()),
            context("autoBoot"));
        QVERIFY2(value(Row::AutoRestart) == GuestText::yesNo(j[u"autoRestart"_s].toBool()),
            context("autoRestart"));
        QVERIFY2(value(Row::StartTimeout) == GuestText::seconds(j[u"startTimeoutSec"_s].toInt()),
            context("startTimeoutSec"));
        QVERIFY2(value(Row::StopTimeout) == GuestText::seconds(j[u"stopTimeoutSec"_s].toInt()),
            context("stopTimeoutSec"));
        QVERIFY2(value(Row::Console).startsWith(QString::number(j[u"consolePort"_s].toInt())),
            context("consolePort"));
        // The pane's long form begins with the status name charon-vm prints.
        QVERIFY2(value(Row::StopScript).startsWith(j[u"stopScript"_s].toString()),
            qPrintable(value(Row::StopScript) + u" vs "_s + j[u"stopScript"_s].toString()));
        const QString license = j[u"license"_s].toString();
        QVERIFY2(value(Row::License) == (license.isEmpty() ? GuestText::missing() : license),
            qPrintable(value(Row::License) + u" vs "_s + license));
        // The probe runs on its own in each program: the verdict must agree, the times not.
        const QString os = j[u"osAnswer"_s][u"text"_s].toString().section(u" ("_s, 0, 0);
        QVERIFY2(value(Row::GuestOs).section(u" ("_s, 0, 0)
                == (os.isEmpty() ? GuestText::missing() : os),
            qPrintable(value(Row::GuestOs) + u" vs "_s + os));
        const QStringList head = j[u"preStartScriptHead"_s].toVariant().toStringList();
        const QString preStart = j[u"preStartScript"_s].toString();
        QVERIFY2(value(Row::PreStart)
                == (preStart.isEmpty() ? GuestText::missing()
                                       : (QStringList { preStart } + head).join(u'\n')),
            context("preStartScript"));
        QVERIFY2(value(Row::Problems).contains(GuestText::unitFilesChanged())
                == j[u"unitFilesChanged"_s].toBool(),
            context("unitFilesChanged"));
        const QJsonArray nics = j[u"nicChecks"_s].toArray();
        const QStringList paneNics = value(Row::Nics).split(u'\n');
        QCOMPARE(paneNics.size(), nics.isEmpty() ? 1 : nics.size());
        for (qsizetype i = 0; i < nics.size(); ++i) {
            const QJsonObject n = nics.at(i).toObject();
            NicCheck check;
            check.nic = n[u"nic"_s].toString();
            check.interface = n[u"interface"_s].toString();
            check.missing = n[u"missing"_s].toBool();
            check.managedByNetworkTool = n[u"managedByNetworkTool"_s].toBool();
            check.usedByGuest = n[u"usedByGuest"_s].toString();
            check.addresses = n[u"addresses"_s].toVariant().toStringList();
            QVERIFY2(paneNics.contains(GuestText::nic(check)),
                qPrintable(value(Row::Nics) + u" vs "_s + GuestText::nic(check)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        CHARON_REQUIRE_SYSTEMD();
        QVERIFY(m_dir.isValid());
        // One stop script for the window (GuestSession) and charon-vm (inherits the variable).
        m_stopScript = m_dir.filePath(u"stop-guest.sh"_s);
        qputenv("CHARON_STOP_SCRIPT", m_stopScript.toUtf8());
        // And one guest OS probe: "custom" answers, "lic" is not booted or unreachable.
        m_probeScript = m_dir.filePath(u"os-probe.sh"_s);
        qputenv("CHARON_OS_PROBE", m_probeScript.toUtf8());
        QCoreApplication::setOrganizationName(u"charon-tests"_s);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
        for (const QString &name : std::as_const(m_guests))
            run(cliPath(), { u"--user"_s, u"remove"_s, u"--force"_s, name });
        if (!m_veth.isEmpty())
            run(u"ip"_s, { u"link"_s, u"del"_s, m_veth });
    }

    void windowAndCliAgree()
    {
        CHARON_REQUIRE_SYSTEMD();
        QString why;
        // Given the guests, with their stop-script branches
        QVERIFY2(
            addGuest(u"custom"_s, u"cmnone%1"_s.arg(::getpid() % 100000), &why), qPrintable(why));
        QVERIFY2(addGuest(u"tocustom"_s, {}, &why), qPrintable(why));
        QVERIFY2(addGuest(u"nobranch"_s, {}, &why), qPrintable(why));
        QVERIFY2(addGuest(u"lic"_s, {}, &why), qPrintable(why));
        // A veth pair with an address on one end (192.0.2.0/24 is TEST-NET-1: documentation
        // only, nothing is ever sent to it); needs CAP_NET_ADMIN, else that guest is left out.
        const QString veth = u"cmv%1"_s.arg(::getpid() % 100000);
        QString ipOut;
        if (run(u"ip"_s,
                { u"link"_s, u"add"_s, veth, u"type"_s, u"veth"_s, u"peer"_s, u"name"_s,
                    veth + u"p"_s },
                &ipOut)
            == 0) {
            m_veth = veth;
            QCOMPARE(run(u"ip"_s, { u"addr"_s, u"add"_s, u"192.0.2.10/24"_s, u"dev"_s, veth }), 0);
            QCOMPARE(run(u"ip"_s, { u"link"_s, u"set"_s, veth, u"up"_s }), 0);
            QVERIFY2(addGuest(u"vethguest"_s, veth, &why), qPrintable(why));
        } else {
            qInfo("no veth pair (%s): the NIC-with-an-address case is left out",
                qPrintable(ipOut.trimmed()));
        }
        writeFile(m_stopScript,
            u"#!/bin/sh\ncase \"$1\" in\n  \"%1\")\n    ssh root@custom '/sbin/shutdown -h -y 0'\n "
            u"   ;;\n"
            "  \"%2\")\n    # TO CUSTOMIZE: shut the guest OS down cleanly here\n    ;;\nesac\n"_s
                .arg(configPath(u"custom"_s), configPath(u"tocustom"_s)));
        writeFile(m_probeScript,
            u"#!/bin/sh\ncase \"$1\" in\n  \"%1\") exit 0 ;;\n  \"%2\") exit 255 ;;\nesac\nexit 3\n"_s
                .arg(configPath(u"custom"_s), configPath(u"lic"_s)));
        QFile::setPermissions(m_probeScript,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QString out;
        QCOMPARE(run(cliPath(), { u"--user"_s, u"start"_s, u"custom"_s, u"lic"_s }, &out), 0);

        // And the window on the same manager
        m_session = std::make_unique<GuestSession>(UnitScope::User);
        m_window = std::make_unique<charon::ui::MainWindow>(m_session->store());
        charon::ui::WindowSession::attach(m_window.get(), m_session.get());
        m_window->show();
        QSignalSpy ready(m_session.get(), &GuestSession::ready);
        m_session->start();
        QVERIFY(ready.wait(20000));

        // When the simulator of "lic" logs that its license key is lost
        QCOMPARE(systemctl({ u"kill"_s, u"--kill-whom=main"_s, u"--signal=SIGUSR1"_s,
                     u"charon-guest-lic.service"_s }),
            0);
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_session->store()->find(u"lic"_s)->licenseStatus.isEmpty(), 15000);

        // Then, guest by guest, the pane and charon-vm agree
        QTRY_COMPARE(m_session->store()->find(u"custom"_s)->nicChecks.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->store()->find(u"custom"_s)->osAnswer.verdict,
            OsAnswer::Verdict::Answers, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->store()->find(u"lic"_s)->osAnswer.verdict,
            OsAnswer::Verdict::NoAnswer, 15000);
        for (const QString &name : std::as_const(m_guests))
            compare(name);
        // ... and say what each case is about
        QVERIFY(pane(u"custom"_s, Row::StopScript).startsWith(u"Using SSH"_s));
        QVERIFY(pane(u"custom"_s, Row::Nics)
                    .contains(GuestText::nicProblems(
                        NicCheck { u"EWA0"_s, u"x"_s, true, false, {},
                            {} }).first()));
        QVERIFY(pane(u"tocustom"_s, Row::StopScript).startsWith(u"To customize"_s));
        QVERIFY(pane(u"nobranch"_s, Row::StopScript).startsWith(u"Case not set"_s));
        QVERIFY(pane(u"lic"_s, Row::License).contains(u"lost"_s, Qt::CaseInsensitive));
        QVERIFY2(pane(u"custom"_s, Row::GuestOs).startsWith(u"answers (checked "_s),
            qPrintable(pane(u"custom"_s, Row::GuestOs)));
        QVERIFY2(pane(u"lic"_s, Row::GuestOs).startsWith(u"not booted or unreachable"_s),
            qPrintable(pane(u"lic"_s, Row::GuestOs)));
        QCOMPARE(pane(u"nobranch"_s, Row::GuestOs), GuestText::missing());
        if (!m_veth.isEmpty())
            QVERIFY2(pane(u"vethguest"_s, Row::Nics).contains(u"192.0.2.10"_s),
                qPrintable(pane(u"vethguest"_s, Row::Nics)));
    }

    void editsInATextEditorReachTheWindow()
    {
        CHARON_REQUIRE_SYSTEMD();
        if (!m_session)
            QSKIP("needs the guests of windowAndCliAgree");
        // When the admin gives "nobranch" a branch (the editor writes a new file and renames it)
        QString script;
        {
            QFile f(m_stopScript);
            QVERIFY(f.open(QIODevice::ReadOnly));
            script = QString::fromUtf8(f.readAll());
        }
        script.replace(u"esac\n"_s,
            u"  \"%1\")\n    remsh nobranch -l root /sbin/shutdown -h -y 0\n    ;;\nesac\n"_s.arg(
                configPath(u"nobranch"_s)));
        writeFile(m_stopScript + u".swp"_s, script);
        QVERIFY(QFile::remove(m_stopScript));
        QVERIFY(QFile::rename(m_stopScript + u".swp"_s, m_stopScript));
        // Then the window shows it, and agrees with charon-vm
        QTRY_VERIFY(pane(u"nobranch"_s, Row::StopScript).startsWith(u"Using RSH"_s));
        compare(u"nobranch"_s);

        // When its configuration gets another console port, edited in place
        QString cfg;
        {
            QFile f(configPath(u"nobranch"_s));
            QVERIFY(f.open(QIODevice::ReadOnly));
            cfg = QString::fromUtf8(f.readAll());
        }
        const int oldPort = m_session->store()->find(u"nobranch"_s)->config.consolePort;
        const quint16 newPort = freeTcpPort();
        cfg.replace(
            u"console.port = \"%1\""_s.arg(oldPort), u"console.port = \"%1\""_s.arg(newPort));
        writeFile(configPath(u"nobranch"_s), cfg);
        // Then the window follows, and still agrees with charon-vm
        QTRY_COMPARE(m_session->store()->find(u"nobranch"_s)->config.consolePort, int(newPort));
        compare(u"nobranch"_s);

        // When the admin edits a running guest's drop-in by hand, without a daemon-reload (an
        // inactive guest's unit is dropped from systemd's memory and simply read afresh)
        const Guest *guest = m_session->store()->find(u"lic"_s);
        QVERIFY(!guest->unitFilesChanged);
        QString dropIn;
        for (const QString &file : guest->unitFiles) {
            if (file.endsWith(u".conf"_s))
                dropIn = file;
        }
        QVERIFY2(!dropIn.isEmpty(), qPrintable(guest->unitFiles.join(u", "_s)));
        {
            QFile f(dropIn);
            QVERIFY(f.open(QIODevice::Append));
            f.write("\n# edited by hand\n[Service]\nTimeoutStopSec=123\n");
        }
        // Then the window says a reload is due, as systemctl does, and charon-vm agrees
        QTRY_VERIFY(pane(u"lic"_s, Row::Problems).contains(GuestText::unitFilesChanged()));
        QCOMPARE(unitProperty(u"charon-guest-lic.service"_s, u"NeedDaemonReload"_s), u"yes"_s);
        compare(u"lic"_s);
        // And after the reload the new timeout shows and the warning is gone
        QCOMPARE(systemctl({ u"daemon-reload"_s }), 0);
        QTRY_COMPARE(pane(u"lic"_s, Row::StopTimeout), GuestText::seconds(123));
        QTRY_VERIFY(!pane(u"lic"_s, Row::Problems).contains(GuestText::unitFilesChanged()));
        compare(u"lic"_s);

        // When the running guest's configuration is edited (the emulator read the old one)
        QVERIFY(!restartNeeded(*m_session->store()->find(u"lic"_s)));
        QVERIFY(!cliStatus(u"lic"_s)[u"restartNeeded"_s].toBool());
        {
            QFile f(configPath(u"lic"_s));
            QVERIFY(f.open(QIODevice::Append));
            f.write("# memory to be raised at the next maintenance window\n");
        }
        // Then the window and charon-vm both say a restart is needed
        QTRY_VERIFY(pane(u"lic"_s, Row::State).contains(u"restart needed"_s));
        QVERIFY(cliStatus(u"lic"_s)[u"restartNeeded"_s].toBool());
        compare(u"lic"_s);
    }
};

CHARON_TEST_MAIN(TestUiAgreement)
#include "tst_ui_agreement.moc"
