// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// ConsoleSettings: the global default, a guest's override on top, names on the command line,
// and the terminal type matching each identity. In a private XDG_CONFIG_HOME.

#include "core/console/consolesettings.h"
#include "tests/harness/testmain.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using charon::core::ConsoleSettings;
using ReturnMode = ConsoleSettings::ReturnMode;
using Identity = ConsoleSettings::Identity;

class TestConsoleSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    }

    void defaults()
    {
        QCOMPARE(ConsoleSettings::returnMode(u"vms1"_s), ReturnMode::Auto);
        QCOMPARE(ConsoleSettings::identity(u"vms1"_s), Identity::Vt220);
        QCOMPARE(ConsoleSettings::wideFit(u"vms1"_s), ConsoleSettings::WideFit::ShrinkFont);
    }

    void overrideOnTopOfDefault()
    {
        ConsoleSettings::setReturnMode({}, ReturnMode::Telnet); // the global default
        ConsoleSettings::setReturnMode(u"par1"_s, ReturnMode::Raw);
        ConsoleSettings::setIdentity(u"par1"_s, Identity::Vt100);
        ConsoleSettings::setWideFit(u"par1"_s, ConsoleSettings::WideFit::Scroll);
        QCOMPARE(ConsoleSettings::returnMode(u"par1"_s), ReturnMode::Raw);
        QCOMPARE(ConsoleSettings::returnMode(u"vms1"_s), ReturnMode::Telnet);
        QCOMPARE(ConsoleSettings::identity(u"par1"_s), Identity::Vt100);
        QCOMPARE(ConsoleSettings::wideFit(u"par1"_s), ConsoleSettings::WideFit::Scroll);
        QVERIFY(ConsoleSettings::hasOverride(u"par1"_s, ConsoleSettings::kReturnKey));
        QVERIFY(!ConsoleSettings::hasOverride(u"vms1"_s, ConsoleSettings::kReturnKey));
        // Written to the application's file, where charon-vm and the GUI both look.
        QVERIFY(QFile::exists(m_config.filePath(u"charon-manager/charon-manager.conf"_s)));
        ConsoleSettings::clearOverrides(u"par1"_s);
        QCOMPARE(ConsoleSettings::returnMode(u"par1"_s), ReturnMode::Telnet);
        QCOMPARE(ConsoleSettings::identity(u"par1"_s), Identity::Vt220);
        ConsoleSettings::setReturnMode({}, ReturnMode::Auto);
    }

    void names()
    {
        QCOMPARE(ConsoleSettings::returnModeFromName(u"RAW"_s), ReturnMode::Raw);
        QCOMPARE(ConsoleSettings::returnModeFromName(u"telnet"_s), ReturnMode::Telnet);
        QVERIFY(!ConsoleSettings::returnModeFromName(u"crlf"_s));
        QCOMPARE(ConsoleSettings::identityFromName(u"xterm"_s), Identity::Xterm);
        QVERIFY(!ConsoleSettings::identityFromName(u"vt52"_s));
        QCOMPARE(ConsoleSettings::terminalType(Identity::Vt100), QByteArray("VT100"));
        QCOMPARE(ConsoleSettings::terminalType(Identity::Vt220), QByteArray("VT220"));
        QCOMPARE(ConsoleSettings::terminalType(Identity::Xterm), QByteArray("XTERM-256COLOR"));
    }
};

CHARON_TEST_GUILESS_MAIN(TestConsoleSettings)
#include "tst_consolesettings.moc"
