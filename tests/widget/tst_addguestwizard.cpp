// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The Add Guest wizard, offscreen: it finds the emulators of $CHARON_BIN_DIR, fills the name
// and working directory from the configuration, and its summary page shows GuestValidator's
// findings before anything is written. For each bad input (bad, used or occupied port,
// unreadable config, non-writable or vanished working directory, non-executable emulator, bad
// name) Finish stays disabled, Finish pressed anyway writes nothing, and the page shows the
// sentence `charon-vm add` prints for the same input (compared for real with the CLI).
// Also the empty host: the table area says there is no guest and offers Add Guest.

#include "core/guests/gueststore.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"
#include "tests/widget/sampleguests.h"
#include "ui/manage/addguestsummarypage.h"
#include "ui/manage/addguestwizard.h"
#include "ui/manage/emptyhostpanel.h"
#include "ui/table/guestactions.h"
#include "ui/window/mainwindow.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;
using charon::ui::AddGuestWizard;

namespace {

QByteArray axp(int port, const QByteArray &extra = {})
{
    return "set session hw_model=\"AlphaServer_ES40\"\nset ram0 size=2048\n"
           "set COM1 alias=OPA0 port="
        + QByteArray::number(port) + "\n" + extra;
}

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::Any, 0);
    return probe.serverPort();
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace

class TestAddGuestWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_emulator;

    QString units() const { return m_dir.filePath(u"units"_s); }
    QString stopScript() const { return m_dir.filePath(u"stop-guest.sh"_s); }

    // A wizard on the test's unit directory and stop script, with no systemd behind it: every
    // case here ends before systemd would be asked anything.
    std::unique_ptr<AddGuestWizard> wizard(const QList<Guest> &others = {})
    {
        auto w = std::make_unique<AddGuestWizard>(nullptr, UnitScope::User, others);
        w->setUnitDirectory(units());
        w->setStopScriptPath(stopScript());
        w->setHelperPath(u"/usr/bin/true"_s);
        return w;
    }

    void fill(AddGuestWizard &w, const QString &emulator, const QString &config)
    {
        w.show();
        w.emulatorBox()->setCurrentText(emulator);
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        w.next();
        w.configEdit()->setText(config);
        w.next();
        QCOMPARE(w.currentId(), int(AddGuestWizard::GuestPage));
    }

    void toSummary(AddGuestWizard &w)
    {
        w.next();
        QCOMPARE(w.currentId(), int(AddGuestWizard::SummaryPage));
    }

    QString goodConfig(const QString &name)
    {
        const QString path = m_dir.filePath(name + u"/"_s + name + u".cfg"_s);
        charon::test::writeFile(path, axp(freePort()));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_emulator = m_dir.filePath(u"bin/as4100"_s);
        QVERIFY(charon::test::writeFile(m_emulator, "#!/bin/sh\n"));
        QVERIFY(
            QFile::setPermissions(m_emulator, QFile::permissions(m_emulator) | QFile::ExeOwner));
        charon::test::writeFile(m_dir.filePath(u"bin/README"_s), "not a program\n");
        qputenv("CHARON_BIN_DIR", m_dir.filePath(u"bin"_s).toUtf8());
        QDir().mkpath(units());
    }

    void findsEmulatorsAndFillsDefaults()
    {
        auto w = wizard();
        // The executables of $CHARON_BIN_DIR are offered, the README is not
        QCOMPARE(AddGuestWizard::findEmulators(), QStringList { m_emulator });
        QCOMPARE(w->emulatorBox()->currentText(), m_emulator);
        // as4100 is a Charon-AXP executable: the family is detected from its name
        auto *detected = w->findChild<QLabel *>(u"addGuestDetectedFamily"_s);
        QVERIFY2(detected->text().contains(u"Charon-AXP"_s), qPrintable(detected->text()));
        // The name and the working directory come from the configuration file
        const QString config = goodConfig(u"vms-prod"_s);
        fill(*w, m_emulator, config);
        QCOMPARE(w->nameEdit()->text(), u"vms-prod"_s);
        QCOMPARE(w->workDirEdit()->text(), QFileInfo(config).absolutePath());
        toSummary(*w);
        // Every check passed: Finish is offered, nothing written yet
        QVERIFY2(
            w->summary()->problems().isEmpty(), qPrintable(w->summary()->problems().join(u'\n')));
        QVERIFY(w->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(entries(units()).isEmpty());
        QVERIFY(!QFile::exists(stopScript()));
    }

    void badInputWritesNothingAndSaysWhy_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("sentence");
        const QString d = m_dir.path();
        QTest::newRow("bad port") << u"bad port"_s << u"configuration has errors: "_s;
        QTest::newRow("used port") << u"used port"_s << u"is already used by guest \"other\""_s;
        QTest::newRow("occupied port")
            << u"occupied port"_s << u"is in use on this host (another program listens on it)"_s;
        QTest::newRow("unreadable config")
            << u"unreadable config"_s
            << u"configuration file is not readable: %1/case/dir.cfg"_s.arg(d);
        QTest::newRow("non-writable workdir")
            << u"non-writable workdir"_s << u"working directory is not writable: "_s;
        QTest::newRow("vanished workdir")
            << u"vanished workdir"_s << u"working directory does not exist: %1/case/gone"_s.arg(d);
        QTest::newRow("non-executable emulator")
            << u"noexec"_s << u"emulator is not an executable file: %1/bin/README"_s.arg(d);
        QTest::newRow("bad name") << u"bad name"_s << u"invalid guest name \"a;b\""_s;
    }
    void badInputWritesNothingAndSaysWhy()
    {
        QFETCH(QString, what);
        QFETCH(QString, sentence);
        QDir(m_dir.filePath(u"case"_s)).removeRecursively();
        const QString dir = m_dir.filePath(u"case"_s);
        QDir().mkpath(dir);
        int port = freePort();
        QByteArray extra;
        QTcpServer squatter;
        if (what == u"bad port"_s)
            extra = "set OPA0 port=abc\n";
        if (what == u"occupied port"_s) {
            QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
            port = squatter.serverPort();
        }
        QString config = dir + u"/case.cfg"_s;
        QVERIFY(charon::test::writeFile(config, axp(port, extra)));
        Guest other;
        other.name = u"other"_s;
        other.configPath = m_dir.filePath(u"other.cfg"_s);
        other.config.consolePort = what == u"used port"_s ? port : port + 1;
        QString emulator = m_emulator;
        if (what == u"unreadable config"_s) {
            config = dir + u"/dir.cfg"_s; // a folder: no file to read, even for root
            QDir().mkpath(config);
        }
        if (what == u"noexec"_s)
            emulator = m_dir.filePath(u"bin/README"_s);

        auto w = wizard({ other });
        fill(*w, emulator, config);
        if (what == u"bad name"_s)
            w->nameEdit()->setText(u"a;b"_s);
        if (what == u"non-writable workdir"_s) {
            const QString ro = dir + u"/ro"_s;
            QDir().mkpath(ro);
            QFile::setPermissions(ro, QFile::ReadOwner | QFile::ExeOwner);
            w->workDirEdit()->setText(QFileInfo(ro).isWritable() ? u"/proc/sys"_s : ro);
        }
        if (what == u"vanished workdir"_s) {
            // Chosen while it existed, gone before the summary
            QDir().mkpath(dir + u"/gone"_s);
            w->workDirEdit()->setText(dir + u"/gone"_s);
            QVERIFY(QDir(dir + u"/gone"_s).removeRecursively());
        }
        toSummary(*w);
        // The sentence is on the page, Finish is not offered
        const QStringList problems = w->summary()->problems();
        bool found = false;
        for (const QString &p : problems)
            found = found || p.contains(sentence);
        QVERIFY2(found, qPrintable(problems.join(u'\n')));
        bool listed = false;
        for (int i = 0; i < w->summary()->findingsList()->count(); ++i)
            listed = listed || w->summary()->findingsList()->item(i)->text().contains(sentence);
        QVERIFY(listed);
        QVERIFY(!w->button(QWizard::FinishButton)->isEnabled());
        // Pressed anyway (a keyboard shortcut, a race): the same checks refuse, nothing written
        w->accept();
        QVERIFY(w->isVisible());
        QVERIFY(entries(units()).isEmpty());
        QVERIFY(!QFile::exists(stopScript()));
        QFile::setPermissions(
            dir + u"/ro"_s, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void nicNotesAreWarningsNotProblems()
    {
        // Given a config whose NIC names an interface this host lacks
        const QString config = m_dir.filePath(u"nic/nic.cfg"_s);
        QVERIFY(charon::test::writeFile(config,
            axp(freePort(), "load packet_port/chnetwrk EWA0 interface=\"charon-nope7\"\n")));
        auto w = wizard();
        fill(*w, m_emulator, config);
        toSummary(*w);
        QVERIFY2(
            w->summary()->problems().isEmpty(), qPrintable(w->summary()->problems().join(u'\n')));
        QCOMPARE(w->summary()->warnings().size(), 1);
        QVERIFY2(w->summary()->warnings().first().contains(
                     u"host interface \"charon-nope7\" does not exist"_s),
            qPrintable(w->summary()->warnings().first()));
        QVERIFY(w->button(QWizard::FinishButton)->isEnabled());
    }

    void templateCopyIsValidatedBeforeItIsWritten()
    {
        // Given the AXP template chosen, to be written next to a guest that holds port 10003
        Guest other;
        other.name = u"other"_s;
        other.config.consolePort = 10003;
        auto w = wizard({ other });
        w->show();
        w->emulatorBox()->setCurrentText(m_emulator);
        w->next();
        w->useTemplate()->setChecked(true);
        const QString target = m_dir.filePath(u"fresh/fresh.cfg"_s);
        QDir().mkpath(QFileInfo(target).absolutePath());
        w->newConfigEdit()->setText(target);
        w->next();
        QCOMPARE(w->nameEdit()->text(), u"fresh"_s);
        toSummary(*w);
        // Then it passes with a port no other guest uses, and nothing is written yet
        QVERIFY2(
            w->summary()->problems().isEmpty(), qPrintable(w->summary()->problems().join(u'\n')));
        const auto preview = w->preview();
        QVERIFY(preview.guest.config.consolePort > 10003);
        QCOMPARE(preview.guest.profileId, u"axp"_s);
        QVERIFY(!QFile::exists(target));
        // An existing file is never overwritten by a template copy
        QVERIFY(charon::test::writeFile(target, "# mine\n"));
        w->back();
        toSummary(*w);
        QVERIFY(w->summary()->problems().join(u'\n').contains(u"already exists"_s));
        QCOMPARE(charon::test::readFile(target), QByteArray("# mine\n"));
    }

    void cliAndWizardRefuseWithTheSameWords()
    {
        const QString vm = qEnvironmentVariable("CHARON_VM");
        if (vm.isEmpty())
            QSKIP("CHARON_VM is not set (run through ctest)");
        // Given a configuration whose console port another program holds
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        const QString config = m_dir.filePath(u"same/same.cfg"_s);
        QVERIFY(charon::test::writeFile(config, axp(squatter.serverPort())));
        // When `charon-vm add` is asked (on a unit directory of its own: XDG_CONFIG_HOME)
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"cli-config"_s));
        env.insert(u"LANG"_s, u"C"_s);
        cli.setProcessEnvironment(env);
        cli.start(
            vm, { u"--user"_s, u"add"_s, u"--emulator"_s, m_emulator, u"--config"_s, config });
        QVERIFY(cli.waitForFinished(30000));
        const QString err = QString::fromUtf8(cli.readAllStandardError()).trimmed();
        QCOMPARE(cli.exitCode(), 1);
        // And the wizard is given the same
        auto w = wizard();
        fill(*w, m_emulator, config);
        toSummary(*w);
        // Then both say the same sentence: the CLI's line is "charon-vm: " + the wizard's
        QCOMPARE(w->summary()->problems().size(), 1);
        const QString sentence = w->summary()->problems().first();
        QCOMPARE(err, u"charon-vm: "_s + sentence);
        QVERIFY(sentence.contains(QString::number(squatter.serverPort())));
        QVERIFY(entries(m_dir.filePath(u"cli-config/systemd/user"_s)).isEmpty());
    }

    void emptyHostOffersAddGuest()
    {
        // Given a window on a host without guests
        GuestStore store;
        charon::ui::MainWindow window(&store);
        window.setHost(u"host"_s, u"user"_s);
        window.show();
        auto *panel = window.emptyHostPanel();
        // Then the table area says so and offers Add Guest and the command line
        QVERIFY(panel->isVisible());
        QVERIFY(panel->message()->text().contains(u"no guest on this host"_s));
        QVERIFY(panel->commandLine().startsWith(u"charon-vm --user add --emulator "_s));
        QVERIFY(!panel->addButton()->accessibleName().isEmpty());
        QSignalSpy add(window.actions(), &charon::ui::GuestActions::addGuestRequested);
        panel->addButton()->click();
        QCOMPARE(add.size(), 1);
        // The menu action and Ctrl+N ask the same
        QCOMPARE(window.actions()->addGuest()->shortcut(), QKeySequence(QKeySequence::New));
        window.actions()->addGuest()->trigger();
        QCOMPARE(add.size(), 2);
        // When a guest appears, the table comes back; when it goes, the panel again
        charon::test::fillSampleStore(store);
        QTRY_VERIFY(!panel->isVisible());
        for (const QString &name : store.names())
            store.remove(name);
        QTRY_VERIFY(panel->isVisible());
    }
};

CHARON_TEST_MAIN(TestAddGuestWizard)
#include "tst_addguestwizard.moc"
