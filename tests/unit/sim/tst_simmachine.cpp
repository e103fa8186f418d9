// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// GuestMachine: the persona played on a console at a pace, typed input through the line
// discipline (echo, type-ahead), and break_on / stop_on keys. The console is not listening:
// what the guest prints collects in its backlog, which is all these tests read.

#include "sim/consoleserver.h"
#include "sim/guestmachine.h"
#include "tests/harness/testmain.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::sim;

namespace {
std::unique_ptr<Persona> persona(const QString &os, const QString &profile)
{
    GuestIdentity id;
    id.hostname = u"box"_s;
    id.profileId = profile;
    return Persona::create(os, id);
}

void type(ConsoleServer &console, const QByteArray &bytes)
{
    Q_EMIT console.inputReceived(bytes);
}
} // namespace

class TestSimMachine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bootIsPaced()
    {
        ConsoleServer console("box");
        GuestMachine machine(&console, persona(u"hpux"_s, u"par"_s), 10);
        // When powered on at 10 % of the normal pace
        machine.powerOn();
        // Then the login prompt shows only after a while, after the firmware banner
        QVERIFY(!console.backlog().contains("Console Login: "));
        QVERIFY(machine.isBusy());
        QTRY_VERIFY(console.backlog().contains("Firmware Version"));
        QTRY_VERIFY(console.backlog().endsWith("Console Login: "));
        QVERIFY(!machine.isBusy());
    }

    void echoesExceptPasswords()
    {
        ConsoleServer console("box");
        GuestMachine machine(&console, persona(u"hpux"_s, u"par"_s), 0);
        machine.powerOn();
        QVERIFY(console.backlog().endsWith("Console Login: "));
        type(console, "operator\r");
        QVERIFY(console.backlog().endsWith("Console Login: operator\nPassword:"));
        type(console, "s3cret\r");
        QVERIFY(!console.backlog().contains("s3cret"));
        QVERIFY(console.backlog().endsWith("box $ "));
        type(console, "hostname\r");
        QVERIFY(console.backlog().endsWith("box $ hostname\nbox\nbox $ "));
    }

    void typeAheadWaitsForTheGuest()
    {
        ConsoleServer console("box");
        GuestMachine machine(&console, persona(u"openvms"_s, u"axp"_s), 5);
        machine.powerOn();
        // When user and password are typed while the guest still boots
        type(console, "operator\rpw\r");
        QVERIFY(!console.backlog().contains("Password: "));
        // Then they are taken once the guest asks for them
        QTRY_VERIFY(console.backlog().endsWith("$ "));
        const QByteArray text = console.backlog();
        QVERIFY(text.indexOf("Username: ") < text.indexOf("Password: "));
        QCOMPARE(machine.persona().phase(), Persona::Phase::Shell);
    }

    void shutdownPowersOff()
    {
        ConsoleServer console("box");
        GuestMachine machine(&console, persona(u"hpux"_s, u"par"_s), 0);
        QSignalSpy off(&machine, &GuestMachine::poweredOff);
        machine.powerOn();
        type(console, "root\rpw\rshutdown -h -y 0\r");
        QCOMPARE(off.count(), 1);
        QVERIFY(console.backlog().contains("System has halted"));
        // After power off, input is ignored
        type(console, "uname\r");
        QVERIFY(!console.backlog().contains("uname"));
    }

    void stopOnKey_data()
    {
        QTest::addColumn<QString>("stopOn");
        QTest::addColumn<bool>("stops");
        QTest::newRow("F6") << u"F6"_s << true;
        QTest::newRow("f6 lower case") << u"f6"_s << true;
        QTest::newRow("not set") << QString() << false;
    }

    void stopOnKey()
    {
        QFETCH(QString, stopOn);
        QFETCH(bool, stops);
        ConsoleServer console("box");
        GuestMachine machine(&console, persona(u"openvms"_s, u"axp"_s), 0);
        machine.setStopOn(stopOn);
        QSignalSpy off(&machine, &GuestMachine::poweredOff);
        machine.powerOn();
        type(console, "operator\rpw\r\x1b[17~");
        QCOMPARE(off.count(), stops ? 1 : 0);
    }

    void breakOnKey_data()
    {
        QTest::addColumn<QString>("breakOn");
        QTest::addColumn<bool>("halts");
        QTest::newRow("Ctrl-P") << u"Ctrl-P"_s << true;
        QTest::newRow("^P") << u"^P"_s << true;
        QTest::newRow("not set") << QString() << false;
    }

    void breakOnKey()
    {
        QFETCH(QString, breakOn);
        QFETCH(bool, halts);
        ConsoleServer console("box");
        GuestMachine machine(&console, persona(u"openvms"_s, u"axp"_s), 0);
        machine.setBreakOn(breakOn);
        machine.powerOn();
        type(console, "operator\rpw\r\x10");
        QCOMPARE(console.backlog().contains("operator initiated halt"), halts);
        QCOMPARE(
            machine.persona().phase(), halts ? Persona::Phase::Firmware : Persona::Phase::Shell);
    }

    void licenseCommands()
    {
        ConsoleServer console("box");
        GuestMachine machine(&console, persona(u"tru64"_s, u"axp"_s), 0);
        QSignalSpy lost(&machine, &GuestMachine::licenseLostRequested);
        QSignalSpy restored(&machine, &GuestMachine::licenseRestoredRequested);
        machine.powerOn();
        type(console, "root\rpw\rlicense-lost\rlicense-restored\r");
        QCOMPARE(lost.count(), 1);
        QCOMPARE(restored.count(), 1);
    }

    void floodWithoutClientDoesNotStall()
    {
        ConsoleServer console("box");
        GuestMachine machine(&console, persona(u"hpux"_s, u"par"_s), 0);
        machine.powerOn();
        type(console, "root\rpw\rflood 1000\rhostname\r");
        QVERIFY(console.backlog().endsWith("box # hostname\nbox\nbox # "));
    }

    void floodsOfAnySizeLetTheGuestGoOn_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("smaller than one chunk") << qint64(100);
        QTest::newRow("several chunks") << qint64(3 * 1024 * 1024);
    }

    void floodsOfAnySizeLetTheGuestGoOn()
    {
        QFETCH(qint64, bytes);
        ConsoleServer console("box");
        QVERIFY(console.listen(QHostAddress::LocalHost, 0, nullptr));
        GuestMachine machine(&console, persona(u"hpux"_s, u"par"_s), 0);
        machine.powerOn();
        QTcpSocket client;
        QByteArray seen;
        connect(&client, &QTcpSocket::readyRead, this, [&] { seen += client.readAll(); });
        client.connectToHost(QHostAddress::LocalHost, console.port());
        QTRY_VERIFY(console.hasClient());
        // When a flood is asked for and a command typed after it
        type(console, "root\rpw\rflood " + QByteArray::number(bytes) + "\rhostname\r");
        // Then the command is answered once the flood is through (its echo, like any type-ahead
        // echo, may come before the prompt)
        QTRY_VERIFY_WITH_TIMEOUT(seen.endsWith("box\r\nbox # "), 20000);
        QVERIFY(seen.size() > bytes);
        QVERIFY(seen.right(64).contains("hostname\r\n"));
    }

    void clientLeavingMidFloodLetsTheGuestGoOn()
    {
        ConsoleServer console("box");
        QVERIFY(console.listen(QHostAddress::LocalHost, 0, nullptr));
        GuestMachine machine(&console, persona(u"hpux"_s, u"par"_s), 0);
        machine.powerOn();
        auto client = std::make_unique<QTcpSocket>();
        client->connectToHost(QHostAddress::LocalHost, console.port());
        QTRY_VERIFY(console.hasClient());
        // Given a flood far larger than any socket buffer, never read by the client
        type(console, "root\rpw\rflood 1000000000\r");
        QVERIFY(machine.isBusy());
        // When the client goes away, Then the guest is free again
        client.reset();
        QTRY_VERIFY(!console.hasClient());
        QTRY_VERIFY(!machine.isBusy());
        type(console, "hostname\r");
        QVERIFY(console.backlog().endsWith("box\nbox # "));
    }

    void keyMatching_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<int>("key");
        QTest::addColumn<bool>("matches");
        QTest::newRow("F6") << u"F6"_s << int(ConsoleKey::F6) << true;
        QTest::newRow("Ctrl-P vs F6") << u"Ctrl-P"_s << int(ConsoleKey::F6) << false;
        QTest::newRow("CTRL_P") << u"CTRL_P"_s << int(ConsoleKey::CtrlP) << true;
        QTest::newRow("none") << u"none"_s << int(ConsoleKey::CtrlP) << false;
    }

    void keyMatching()
    {
        QFETCH(QString, setting);
        QFETCH(int, key);
        QFETCH(bool, matches);
        QCOMPARE(GuestMachine::keyMatches(setting, ConsoleKey(key)), matches);
    }
};

CHARON_TEST_GUILESS_MAIN(TestSimMachine)
#include "tst_simmachine.moc"
