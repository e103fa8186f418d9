// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The config editor on the demo guest hpux-prod's real configuration: its problems shown on
// their lines (a console port another guest uses, a NIC the host lacks), a click going to the
// line, the diff before saving with name.cfg~ kept, a change on disk by someone else detected
// and never overwritten silently, and a binary file refused.

#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"
#include "ui/editor/codeedit.h"
#include "ui/editor/configeditordialog.h"

#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::ui;
using charon::test::readFile;
using charon::test::writeFile;

namespace {

QByteArray demoConfig()
{
    return readFile(qEnvironmentVariable("CHARON_SOURCE_DIR") + u"/resources/demo/hpux-prod.cfg"_s);
}

charon::core::ConfigProblems::Context context()
{
    charon::core::ConfigProblems::Context c;
    c.otherGuestPorts.insert(10003, u"mpe-fin"_s);
    c.hostInterfaces = QStringList { u"lo"_s };
    return c;
}

int lineOf(const QByteArray &text, const QByteArray &start)
{
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(start))
            return i + 1;
    }
    return 0;
}

} // namespace

class TestConfigEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problemsShowOnTheirLines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"hpux-prod.cfg"_s);
        const QByteArray text = demoConfig();
        QVERIFY(!text.isEmpty());
        QVERIFY(writeFile(path, text));
        ConfigEditorDialog dialog(u"hpux-prod"_s, path, u"par"_s, context());
        QVERIFY2(dialog.loadError().isEmpty(), qPrintable(dialog.loadError()));
        const int portLine = lineOf(text, "console.port");
        const int nicLine = lineOf(text, "EWA0.iface");
        QVERIFY(portLine > 0 && nicLine > 0);
        const auto marks = dialog.editor()->marks();
        QVERIFY(marks.value(portLine).message.contains(u"mpe-fin"_s));
        QVERIFY(marks.value(portLine).error);
        QVERIFY(marks.value(nicLine).message.contains(u"charon-demo0"_s));
        // The list names the line; a click goes there
        QListWidgetItem *nicItem = nullptr;
        for (int i = 0; i < dialog.problemList()->count(); ++i) {
            if (dialog.problemList()->item(i)->text().contains(u"charon-demo0"_s))
                nicItem = dialog.problemList()->item(i);
        }
        QVERIFY(nicItem);
        QVERIFY(nicItem->text().startsWith(u"Line %1: "_s.arg(nicLine)));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QRect rect = dialog.problemList()->visualItemRect(nicItem);
        QTest::mouseClick(dialog.problemList()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(dialog.editor()->currentLine(), nicLine);
        // Typing re-checks: fixing the port removes its problem
        QString edited = dialog.editor()->toPlainText();
        edited.replace(u"console.port = \"10003\""_s, u"console.port = \"10013\""_s);
        dialog.editor()->setPlainText(edited);
        QTRY_VERIFY(!dialog.editor()->marks().contains(portLine));
    }

    void saveShowsTheDiffAndKeepsTheOldVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"hpux-prod.cfg"_s);
        const QByteArray text = demoConfig();
        QVERIFY(writeFile(path, text));
        ConfigEditorDialog dialog(u"hpux-prod"_s, path, u"par"_s, context());
        QString shown;
        bool answer = false;
        dialog.setConfirm([&](const QString &, const QString &diff) {
            shown = diff;
            return answer;
        });
        QString edited = dialog.editor()->toPlainText();
        edited.replace(u"memory_size = 8192"_s, u"memory_size = 4096"_s);
        dialog.editor()->setPlainText(edited);
        dialog.save(); // declined: nothing written
        QVERIFY2(
            shown.contains(u"\n-memory_size = 8192\n+memory_size = 4096\n"_s), qPrintable(shown));
        QCOMPARE(readFile(path), text);
        QVERIFY(!QFile::exists(path + u"~"_s));
        answer = true;
        QSignalSpy saved(&dialog, &TextFileEditorDialog::saved);
        dialog.save();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(readFile(path), edited.toUtf8());
        QCOMPARE(readFile(path + u"~"_s), text);
        QVERIFY(dialog.statusLabel()->text().contains(path + u"~"_s));
    }

    void concurrentChangeIsDetectedAndNotOverwritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"hpux-prod.cfg"_s);
        const QByteArray text = demoConfig();
        QVERIFY(writeFile(path, text));
        ConfigEditorDialog dialog(u"hpux-prod"_s, path, u"par"_s, context());
        dialog.show();
        int asked = 0;
        dialog.setConfirm([&](const QString &, const QString &) {
            ++asked;
            return false;
        });
        dialog.editor()->appendPlainText(u"# mine"_s);
        QSignalSpy changed(&dialog, &TextFileEditorDialog::changedOnDisk);
        const QByteArray theirs = text + "# someone else's line\n";
        QVERIFY(writeFile(path, theirs));
        QVERIFY(changed.wait(5000));
        QVERIFY(dialog.conflictBar()->isVisible());
        dialog.save();
        QCOMPARE(asked, 0); // refused before any question
        QCOMPARE(readFile(path), theirs);
        QVERIFY(dialog.statusLabel()->text().contains(u"changed on disk"_s));
        // Compare shows both versions; declining writes nothing
        dialog.compare();
        QCOMPARE(asked, 1);
        QVERIFY(dialog.lastDiff().contains(u"-# someone else's line"_s));
        QVERIFY(dialog.lastDiff().contains(u"+# mine"_s));
        QCOMPARE(readFile(path), theirs);
        // Reload takes theirs (after confirming the edits are dropped)
        dialog.setConfirm([](const QString &, const QString &) { return true; });
        dialog.reload();
        QCOMPARE(dialog.editor()->toPlainText().toUtf8(), theirs);
        QVERIFY(!dialog.conflictBar()->isVisible());
    }

    void binaryFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"disk.cfg"_s);
        QVERIFY(writeFile(path,
            QByteArray("\x7f"
                       "ELF\0\0\0",
                7)));
        ConfigEditorDialog dialog(u"g"_s, path, u"par"_s, {});
        QVERIFY(dialog.loadError().contains(path));
        QVERIFY(dialog.loadError().contains(u"binary"_s));
        QCOMPARE(dialog.statusLabel()->text(), dialog.loadError());
        QVERIFY(!dialog.saveButton()->isEnabled());
    }
};

CHARON_TEST_MAIN(TestConfigEditor)
#include "tst_configeditor.moc"
