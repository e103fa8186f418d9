// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The bash completion we ship (packaging/completion/charon-vm), run by a real bash against the
// suite's private systemd manager: commands and options from charon-vm's own help, guest names
// from the manager's unit files, in the scope the command line chose, for the vm* aliases too.
#include "tests/harness/testenv.h"
#include "tests/harness/testmain.h"
#include "tests/integration/guestunitfixture.h"

#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCompletion : public QObject
{
    Q_OBJECT

private:
    // What the completion offers for the words of a command line (the last is being typed).
    static QStringList complete(const QStringList &words)
    {
        QString array;
        for (const QString &word : words)
            array += u" '"_s + QString(word).replace(u'\'', u"'\\''"_s) + u'\'';
        const QString script = u"source \"$1\"\nCOMP_WORDS=("_s + array + u")\nCOMP_CWORD="_s
            + QString::number(words.size() - 1)
            + u"\n_charon_vm\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n"_s;
        QProcess bash;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // charon-vm and its alias links from the build tree come first on PATH.
        const QString bin = QFileInfo(charon::test::cliPath()).absolutePath();
        env.insert(u"PATH"_s, bin + u':' + env.value(u"PATH"_s));
        bash.setProcessEnvironment(env);
        bash.start(u"bash"_s,
            { u"-c"_s, script, u"completion"_s,
                charon::test::sourceDir() + u"/packaging/completion/charon-vm"_s });
        if (!bash.waitForFinished(20000))
            return { u"<bash timed out>"_s };
        return QString::fromUtf8(bash.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void commandsAndOptionsComeFromTheProgramsHelp()
    {
        QCOMPARE(complete({ u"charon-vm"_s, u"st"_s }),
            QStringList({ u"status"_s, u"start"_s, u"stop"_s }));
        // Internal commands (run by systemd, not by admins) are not offered.
        QVERIFY(!complete({ u"charon-vm"_s, u""_s }).contains(u"prestart"_s));
        QVERIFY(complete({ u"charon-vm"_s, u"add"_s, u"--c"_s }).contains(u"--config"_s));
        QCOMPARE(complete({ u"charon-vm"_s, u"--us"_s }), QStringList { u"--user"_s });
        QVERIFY(complete({ u"vmstart"_s, u"--"_s }).contains(u"--no-wait"_s));
    }

    void guestNamesComeFromTheManager()
    {
        CHARON_REQUIRE_SYSTEMD();
        charon::test::GuestUnitFixture guests;
        guests.writeUnit(u"alpha-1"_s, guests.sleeper(), guests.config(u"alpha-1"_s));
        guests.writeUnit(u"alpha-2"_s, guests.sleeper(), guests.config(u"alpha-2"_s));
        guests.writeUnit(u"beta"_s, guests.sleeper(), guests.config(u"beta"_s));
        QCOMPARE(charon::test::GuestUnitFixture::daemonReload(), 0);

        QCOMPARE(complete({ u"charon-vm"_s, u"--user"_s, u"start"_s, u"al"_s }),
            QStringList({ u"alpha-1"_s, u"alpha-2"_s }));
        QCOMPARE(complete({ u"vmstop"_s, u"--user"_s, u"b"_s }), QStringList { u"beta"_s });
        QCOMPARE(complete({ u"charon-vm"_s, u"--user"_s, u"status"_s, u""_s }),
            QStringList({ u"alpha-1"_s, u"alpha-2"_s, u"beta"_s }));
        // A removed guest is no longer offered.
        guests.removeUnit(u"beta"_s);
        QCOMPARE(charon::test::GuestUnitFixture::daemonReload(), 0);
        QCOMPARE(complete({ u"charon-vm"_s, u"--user"_s, u"stop"_s, u"b"_s }), QStringList {});
    }
};

CHARON_TEST_GUILESS_MAIN(TestCompletion)
#include "tst_completion.moc"
