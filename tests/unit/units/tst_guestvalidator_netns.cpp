// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// NIC checks against real interfaces: the test moves into a network namespace of its own
// (unshare(CLONE_NEWNET), as root) and makes veth pairs there with `ip`: one clean, one with an
// IP address, one shared by two guests, beside one that does not exist. The validator must warn
// about exactly the last three, naming each NIC, file and interface. Skipped with the reason
// where a namespace cannot be made (not root, no CAP_SYS_ADMIN) or `ip` is missing.
#include "core/units/guestvalidator.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <sched.h>

using namespace Qt::StringLiterals;
using charon::core::Guest;
using charon::core::GuestValidator;

class TestGuestValidatorNetns : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Guest guest(const QString &name, int port, const QStringList &interfaces)
    {
        Guest g;
        g.name = name;
        g.emulator = m_dir.filePath(u"bin/pa9-64"_s);
        g.configPath = m_dir.filePath(name + u".cfg"_s);
        g.workDir = m_dir.path();
        g.config.filePath = g.configPath;
        g.config.consolePort = port;
        charon::test::writeFile(g.configPath, "console.port = \"1\"\n");
        const QStringList nicNames { u"EWA0"_s, u"EWB0"_s, u"EWC0"_s, u"EWD0"_s };
        for (qsizetype i = 0; i < interfaces.size(); ++i)
            g.config.nics.append({ nicNames.at(i), interfaces.at(i), u"TAP"_s, int(i + 1) });
        return g;
    }

    static int ip(const QStringList &args)
    {
        QString out;
        const int code = charon::test::run(u"ip"_s, args, &out);
        if (code != 0)
            qWarning("ip %s: %s", qPrintable(args.join(u' ')), qPrintable(out));
        return code;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString emulator = m_dir.filePath(u"bin/pa9-64"_s);
        QVERIFY(charon::test::writeFile(emulator, "#!/bin/sh\n"));
        QVERIFY(QFile::setPermissions(emulator, QFile::permissions(emulator) | QFile::ExeOwner));
        if (QStandardPaths::findExecutable(u"ip"_s).isEmpty())
            QSKIP("ip (iproute2) is not installed");
        // A namespace of our own: nothing on the host's network changes, and it goes with us.
        if (::unshare(CLONE_NEWNET) != 0)
            QSKIP(qPrintable(u"cannot make a network namespace here: "_s
                + QString::fromLocal8Bit(std::strerror(errno))));
        QCOMPARE(ip({ u"link"_s, u"add"_s, u"cvclean"_s, u"type"_s, u"veth"_s, u"peer"_s, u"name"_s,
                     u"cvcleanp"_s }),
            0);
        QCOMPARE(ip({ u"link"_s, u"add"_s, u"cvaddr"_s, u"type"_s, u"veth"_s, u"peer"_s, u"name"_s,
                     u"cvaddrp"_s }),
            0);
        QCOMPARE(ip({ u"link"_s, u"add"_s, u"cvshared"_s, u"type"_s, u"veth"_s, u"peer"_s,
                     u"name"_s, u"cvsharedp"_s }),
            0);
        // 192.0.2.0/24 is TEST-NET-1 (documentation): nothing is ever sent to it.
        QCOMPARE(ip({ u"addr"_s, u"add"_s, u"192.0.2.20/24"_s, u"dev"_s, u"cvaddr"_s }), 0);
        for (const QString &link : { u"cvclean"_s, u"cvaddr"_s, u"cvshared"_s })
            QCOMPARE(ip({ u"link"_s, u"set"_s, link, u"up"_s }), 0);
    }

    void warnsAboutMissingAddressedAndSharedInterfacesOnly()
    {
        // Given a guest on the clean, the addressed, the shared and a missing interface, and
        // another guest on the shared one
        const Guest g
            = guest(u"netg"_s, 40101, { u"cvclean"_s, u"cvaddr"_s, u"cvshared"_s, u"cvmissing"_s });
        const Guest other = guest(u"othr"_s, 40102, { u"cvshared"_s });
        // When it is validated
        const auto report = GuestValidator::validate(g, { other });
        // Then the NIC findings are warnings (adding is still possible), exactly these three
        QVERIFY2(report.ok(), qPrintable(report.problems().join(u'\n')));
        const QStringList w = report.warnings();
        const QString file = g.configPath;
        QVERIFY2(
            w.contains(u"NIC EWB0 in %1: host interface \"cvaddr\" has an IP address "
                       "(192.0.2.20); an interface given to a guest should have none"_s.arg(file)),
            qPrintable(w.join(u'\n')));
        QVERIFY2(w.contains(u"NIC EWC0 in %1: host interface \"cvshared\" is also used by guest "
                            "\"othr\""_s.arg(file)),
            qPrintable(w.join(u'\n')));
        QVERIFY2(
            w.contains(u"NIC EWD0 in %1: host interface \"cvmissing\" does not exist"_s.arg(file)),
            qPrintable(w.join(u'\n')));
        QCOMPARE(w.size(), 3); // nothing about the clean one
        for (const QString &warning : w)
            QVERIFY2(!warning.contains(u"cvclean"_s), qPrintable(warning));
    }
};

CHARON_TEST_GUILESS_MAIN(TestGuestValidatorNetns)
#include "tst_guestvalidator_netns.moc"
