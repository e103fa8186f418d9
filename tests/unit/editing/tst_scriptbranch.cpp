// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// ScriptBranch (one guest's branch cut out and put back, the rest untouched) and
// ScriptSyntaxCheck (the real `bash -n`, naming the line of the first error).

#include "core/editing/scriptbranch.h"
#include "core/editing/scriptsyntaxcheck.h"
#include "tests/harness/testmain.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace {

const QString kScript = uR"(#!/bin/sh
case "$1" in
  "/g/a.cfg")
      ssh a true
      ;;
  *)
      echo other
      ;;
esac
)"_s;

} // namespace

class TestScriptBranch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsAndReplacesABranch()
    {
        const ScriptBranch::Found found = ScriptBranch::find(kScript, u"/g/a.cfg"_s);
        QVERIFY(found.found);
        QCOMPARE(found.firstLine, 2);
        QCOMPARE(found.lastLine, 4);
        QCOMPARE(found.text, u"  \"/g/a.cfg\")\n      ssh a true\n      ;;\n"_s);
        const QString edited = ScriptBranch::replace(
            kScript, u"/g/a.cfg"_s, u"'/g/a.cfg')\n    rsh a halt\n    ;;\n"_s, {});
        QCOMPARE(edited,
            QString(kScript).replace(found.text, u"'/g/a.cfg')\n    rsh a halt\n    ;;\n"_s));
    }

    void addsBeforeTheCatchAll()
    {
        QVERIFY(!ScriptBranch::find(kScript, u"/g/b.cfg"_s).found);
        const QString edited = ScriptBranch::replace(
            kScript, u"/g/b.cfg"_s, u"'/g/b.cfg')\n    true\n    ;;\n"_s, {});
        QVERIFY(edited.indexOf(u"'/g/b.cfg')"_s) < edited.indexOf(u"*)"_s));
        QVERIFY(ScriptBranch::find(edited, u"/g/b.cfg"_s).found);
        QVERIFY(ScriptBranch::find(edited, u"/g/a.cfg"_s).found);
    }

    void startsANewScript()
    {
        const QString edited = ScriptBranch::replace(
            QString(), u"/g/b.cfg"_s, u"'/g/b.cfg')\n    true\n    ;;\n"_s, u"#!/bin/sh\n"_s);
        QCOMPARE(edited, u"#!/bin/sh\ncase \"$1\" in\n'/g/b.cfg')\n    true\n    ;;\nesac\n"_s);
    }

    void bashNAcceptsAndRefuses()
    {
        if (QStandardPaths::findExecutable(u"bash"_s).isEmpty())
            QSKIP("bash is not installed");
        ScriptSyntaxCheck check;
        QSignalSpy spy(&check, &ScriptSyntaxCheck::finished);
        check.start(kScript);
        QVERIFY(spy.wait());
        QCOMPARE(spy.at(0).at(0).toBool(), true);

        QString broken = kScript;
        broken.replace(u"      ssh a true\n"_s, u"      if true; then\n"_s); // line 4
        check.start(broken);
        QVERIFY(spy.wait());
        QCOMPARE(spy.at(1).at(0).toBool(), false);
        QVERIFY(spy.at(1).at(1).toInt() >= 4);
        QVERIFY2(spy.at(1).at(2).toString().contains(u"syntax error"_s),
            qPrintable(spy.at(1).at(2).toString()));
    }

    void lineOfBashMessage()
    {
        QCOMPARE(
            ScriptSyntaxCheck::lineOf(u"bash: line 7: syntax error near unexpected token `;;'"_s),
            7);
        QCOMPARE(ScriptSyntaxCheck::lineOf(u"nothing"_s), 0);
    }
};

CHARON_TEST_GUILESS_MAIN(TestScriptBranch)
#include "tst_scriptbranch.moc"
