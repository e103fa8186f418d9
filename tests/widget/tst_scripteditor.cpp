// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The stop-script editor on the demo's MPE/iX guest: the template follows the guest's OS
// (MPE/iX's =SHUTDOWN, not HP-UX's shutdown), the guest's status is shown live, a branch that
// bash -n refuses blocks the save naming its line, a good one is saved owner-only with the
// other guests' branches untouched and the previous version kept. The same editor serves the
// OS probe script.

#include "core/stopscript/stopscript.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"
#include "ui/editor/codeedit.h"
#include "ui/editor/scripteditordialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::ui;
using charon::test::readFile;
using charon::test::writeFile;

namespace {

const QByteArray kScript = "#!/bin/sh\n"
                           "case \"$1\" in\n"
                           "  /guests/hpux-prod.cfg)\n"
                           "      kill -TERM \"$CHARON_MAINPID\"\n"
                           "      ;;\n"
                           "esac\n";

const ScriptEditorDialog::Guest kMpe { u"mpe-fin"_s, u"/guests/mpe-fin.cfg"_s, u"par"_s,
    u"A500-200-200"_s };

} // namespace

class TestScriptEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"bash"_s).isEmpty())
            QSKIP("bash is not installed: the editor checks scripts with bash -n");
    }

    void templateFollowsTheGuestOs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"stop-guest.sh"_s);
        QVERIFY(writeFile(path, kScript));
        ScriptEditorDialog dialog(ScriptEditorDialog::Kind::StopScript, path, kMpe);
        QCOMPARE(dialog.osId(), u"mpeix"_s);
        const QString branch = dialog.editor()->toPlainText();
        QVERIFY2(branch.contains(u"send \"=SHUTDOWN\\r\""_s), qPrintable(branch));
        QVERIFY(!branch.contains(u"shutdown -h -y 0"_s));
        QVERIFY(dialog.templateChoice()->itemText(0).contains(u"MPE/iX"_s));
        QVERIFY2(dialog.guestStatusLabel()->text().contains(
                     u"To customize as edited (saved: Case not set)"_s),
            qPrintable(dialog.guestStatusLabel()->text()));
    }

    void bashErrorBlocksTheSaveNamingTheLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"stop-guest.sh"_s);
        QVERIFY(writeFile(path, kScript));
        ScriptEditorDialog dialog(ScriptEditorDialog::Kind::StopScript, path, kMpe);
        int asked = 0;
        dialog.setConfirm([&](const QString &, const QString &) {
            ++asked;
            return true;
        });
        dialog.editor()->setPlainText(
            u"'/guests/mpe-fin.cfg')\n    ssh mpe shutdown\n    if true; then\n    ;;\n"_s);
        dialog.save();
        QTRY_VERIFY(dialog.statusLabel()->text().startsWith(u"Not saved: bash -n"_s));
        QVERIFY2(dialog.statusLabel()->text().contains(u"of this branch"_s),
            qPrintable(dialog.statusLabel()->text()));
        QVERIFY(!dialog.editor()->marks().isEmpty());
        QCOMPARE(asked, 0);
        QCOMPARE(readFile(path), kScript);
    }

    void goodBranchIsSavedOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"stop-guest.sh"_s);
        QVERIFY(writeFile(path, kScript));
        QVERIFY(QFile::setPermissions(path,
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        ScriptEditorDialog dialog(ScriptEditorDialog::Kind::StopScript, path, kMpe);
        QString diff;
        dialog.setConfirm([&](const QString &, const QString &shown) {
            diff = shown;
            return true;
        });
        QStringList lines = dialog.editor()->toPlainText().split(u'\n');
        lines.removeIf([](const QString &l) {
            return l.contains(charon::core::StopScript::customizeMarker());
        });
        dialog.editor()->setPlainText(lines.join(u'\n'));
        QVERIFY(dialog.guestStatusLabel()->text().contains(u"Using EXPECT as edited"_s));
        QSignalSpy saved(&dialog, &TextFileEditorDialog::saved);
        dialog.save();
        QVERIFY(saved.wait(10000));
        QVERIFY(diff.contains(u"+'/guests/mpe-fin.cfg')"_s));
        const QString script = QString::fromUtf8(readFile(path));
        QVERIFY(script.contains(u"kill -TERM \"$CHARON_MAINPID\""_s));
        QCOMPARE(charon::core::StopScript::statusIn(script, kMpe.configPath),
            charon::core::StopScriptStatus::UsingExpect);
        QCOMPARE(QFile::permissions(path) & QFile::Permissions::fromInt(0x7077),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(readFile(path + u"~"_s), kScript);
        QVERIFY(dialog.statusLabel()->text().contains(u"owner-only"_s));
        QVERIFY(dialog.guestStatusLabel()->text().contains(u"(saved: Using EXPECT)"_s));
    }

    void osProbeScriptUsesTheSameEditor()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new/os-probe.sh"_s); // not there yet
        ScriptEditorDialog dialog(ScriptEditorDialog::Kind::OsProbe, path, kMpe);
        QVERIFY(dialog.loadError().isEmpty());
        QVERIFY(dialog.editor()->toPlainText().contains(u"exec ssh"_s));
        dialog.setConfirm([](const QString &, const QString &) { return true; });
        QSignalSpy saved(&dialog, &TextFileEditorDialog::saved);
        dialog.save();
        QVERIFY(saved.wait(10000));
        const QString script = QString::fromUtf8(readFile(path));
        QVERIFY(script.startsWith(u"#!/bin/bash\n"_s));
        QVERIFY(script.contains(u"'/guests/mpe-fin.cfg')"_s));
        QCOMPARE(QFile::permissions(path) & QFile::Permissions::fromInt(0x7077),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
};

CHARON_TEST_MAIN(TestScriptEditor)
#include "tst_scripteditor.moc"
