// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// HelperRequest's checks, which run as root before anything else: paths absolute, without
// "..", without NUL, of the right kind; the stop script's place a regular file or nothing (a
// symbolic link, a directory or a FIFO refused); a script's text without NUL, text, not huge.

#include "core/editing/editablefile.h"
#include "core/privileged/helperrequest.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace charon::core;
using namespace charon::test;

class TestHelperRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkPath()
    {
        QVERIFY(HelperRequest::checkPath(u"x"_s, u"/bin/sh"_s, false).isEmpty());
        QVERIFY(HelperRequest::checkPath(u"x"_s, u"/usr"_s, true).isEmpty());
        QVERIFY(HelperRequest::checkPath(u"x"_s, u"/usr/../bin/sh"_s, false).contains(u".."_s));
        QVERIFY(HelperRequest::checkPath(u"x"_s, u"bin/sh"_s, false).contains(u"absolute"_s));
        QVERIFY(
            HelperRequest::checkPath(u"x"_s, u"/bin/sh"_s + QChar(0), false).contains(u"NUL"_s));
        QVERIFY(
            HelperRequest::checkPath(u"x"_s, u"/usr"_s, false).contains(u"not a regular file"_s));
        QVERIFY(
            HelperRequest::checkPath(u"x"_s, u"/bin/sh"_s, true).contains(u"not a directory"_s));
    }

    void scriptTarget()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"stop-guest.sh"_s);
        QVERIFY(HelperRequest::checkScriptTarget(path).isEmpty()); // absent: created
        QVERIFY(writeText(path, u"#!/bin/sh\n"_s));
        QVERIFY(HelperRequest::checkScriptTarget(path).isEmpty());
        QVERIFY(HelperRequest::checkScriptTarget(dir.path() + u"/../x.sh"_s).contains(u".."_s));
        QVERIFY(HelperRequest::checkScriptTarget(u"x.sh"_s).contains(u"absolute"_s));
        QVERIFY(HelperRequest::checkScriptTarget(path + QChar(0)).contains(u"NUL"_s));
        const QString link = dir.filePath(u"link.sh"_s);
        QVERIFY(QFile::link(path, link));
        QVERIFY(HelperRequest::checkScriptTarget(link).contains(u"not a regular file"_s));
        QVERIFY(HelperRequest::checkScriptTarget(dir.path()).contains(u"not a regular file"_s));
        const QString fifo = dir.filePath(u"fifo.sh"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(HelperRequest::checkScriptTarget(fifo).contains(u"not a regular file"_s));
    }

    void scriptText()
    {
        QVERIFY(HelperRequest::checkScriptText("#!/bin/sh\necho ok\n").isEmpty());
        QVERIFY(
            HelperRequest::checkScriptText(QByteArray("#!/bin/sh\n\0rm", 13)).contains(u"NUL"_s));
        QVERIFY(!HelperRequest::checkScriptText("\xff\xfe not utf-8").isEmpty());
        QVERIFY(HelperRequest::checkScriptText(QByteArray(EditableFile::MaxBytes, 'x'))
                    .contains(u"larger than"_s));
    }
};

CHARON_TEST_GUILESS_MAIN(TestHelperRequest)
#include "tst_helperrequest.moc"
