// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The privileged helper's methods over a real bus: HelperService on a private dbus-daemon, a
// scripted systemd manager (FakeSystemdManager) for its reloads and read-backs, and a scripted
// polkit authority answering yes or no, each question recorded. The caller is HelperClient on a
// connection of its own, as a non-root charon-vm or window would be. What must hold: polkit is
// asked the method's own action before anything is read or written; a "no" writes nothing and
// names the group; bad names, unknown keys, wrong types, paths with "..", non-regular files,
// scripts bash -n refuses and stale edits (Conflict) write nothing; good requests write exactly
// our drop-in or the stop script (owner-only, the previous version kept).

#include "core/privileged/helperclient.h"
#include "core/privileged/helperprotocol.h"
#include "core/privileged/helperservice.h"
#include "core/support/admingroup.h"
#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdconnection.h"
#include "tests/harness/fakepolkit.h"
#include "tests/harness/fakesystemdmanager.h"
#include "tests/harness/privatebus.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"

#include <QDBusArgument>
#include <QDBusPendingCall>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace charon::core;
using namespace charon::test;

namespace {

const QString kUnitText = u"[Unit]\nDescription=Charon guest vms (test)\n\n[Service]\n"
                          "ExecStart=/opt/charon/bin/as4100 -d /srv/vms.cfg\n"_s;
const QString kDropIn = u"[Service]\nTimeoutStopSec=300\n"_s;
const QString kScript
    = u"#!/bin/sh\ncase \"$1\" in\n/srv/vms.cfg)\n    echo stop\n    ;;\nesac\n"_s;

} // namespace

class TestHelperService : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PrivateBus> m_bus;
    std::unique_ptr<FakeSystemdManager> m_fake;
    FakePolkit m_polkit;
    std::unique_ptr<SystemdConnection> m_connection;
    std::unique_ptr<SystemdClient> m_client;
    std::unique_ptr<HelperService> m_service;
    QDBusConnection m_caller { u"none"_s };

    UnitFile units() const { return UnitFile(UnitScope::User, m_dir->path() + u"/units"_s); }
    QString script() const { return m_dir->path() + u"/etc/stop-guest.sh"_s; }
    QString refusalGroup() const { return u"group “%1”"_s.arg(AdminGroup::name()); }

    // Waits for the client's answer.
    static bool wait(HelperClient *client)
    {
        QSignalSpy finished(client, &HelperClient::finished);
        return finished.wait(10000);
    }
    // A raw call on the caller's connection (what busctl would send), its reply.
    QDBusMessage call(const QString &method, const QVariantList &arguments)
    {
        QDBusMessage message = QDBusMessage::createMethodCall(
            HelperProtocol::service(), HelperProtocol::path(), HelperProtocol::interface(), method);
        message.setArguments(arguments);
        // Asynchronous: the service answers from this very event loop.
        const QDBusPendingCall pending = m_caller.asyncCall(message, 10000);
        if (!QTest::qWaitFor([&pending] { return pending.isFinished(); }, 11000))
            return {};
        return pending.reply();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_bus = std::make_unique<PrivateBus>();
        if (!m_bus->start())
            QSKIP(qPrintable(m_bus->skipReason()));
        m_fake = std::make_unique<FakeSystemdManager>(m_bus->connect(u"manager"_s));
        FakeUnit u;
        u.name = u"charon-guest-vms.service"_s;
        u.fragmentPath = units().unitPath(u"vms"_s);
        m_fake->setUnit(u);
        QVERIFY(m_fake->appear());
        QDBusConnection polkit = m_bus->connect(u"polkit"_s);
        QVERIFY(
            polkit.registerVirtualObject(u"/org/freedesktop/PolicyKit1/Authority"_s, &m_polkit));
        QVERIFY(polkit.registerService(u"org.freedesktop.PolicyKit1"_s));
        m_polkit.allow = true;
        m_polkit.actions.clear();
        m_polkit.subjects.clear();

        m_connection = std::make_unique<SystemdConnection>(m_bus->connect(u"systemd-client"_s));
        m_client = std::make_unique<SystemdClient>(m_connection.get());
        QVERIFY(QTest::qWaitFor([this] { return m_connection->isManagerPresent(); }, 5000));
        QDBusConnection helperBus = m_bus->connect(u"helper"_s);
        m_service
            = std::make_unique<HelperService>(helperBus, m_client.get(), u"/usr/bin/charon-vm"_s);
        m_service->setLocations(units(), script());
        QVERIFY(helperBus.registerObject(
            HelperProtocol::path(), m_service.get(), QDBusConnection::ExportScriptableSlots));
        QVERIFY(helperBus.registerService(HelperProtocol::service()));
        m_caller = m_bus->connect(u"caller"_s);
        HelperClient::setBusForTesting(m_caller);

        QVERIFY(writeText(units().unitPath(u"vms"_s), kUnitText));
        QVERIFY(writeText(units().dropInPath(u"vms"_s), kDropIn));
    }
    void cleanup()
    {
        m_service.reset();
        m_client.reset();
        m_connection.reset();
        m_fake.reset();
        m_bus.reset();
        m_dir.reset();
    }

    void setSettingsWritesOurDropInAfterPolkit()
    {
        ServiceSettings s;
        s.stopTimeoutSec = 120;
        s.oomProtected = true;
        auto *client = HelperClient::setSettings(u"vms"_s, s, this);
        QVERIFY(wait(client));
        QVERIFY2(!client->isError(), qPrintable(client->errorString()));
        QCOMPARE(m_polkit.actions, QStringList { HelperProtocol::settingsAction() });
        QCOMPARE(m_polkit.subjects, QStringList { m_caller.baseService() });
        const QString dropIn = readText(units().dropInPath(u"vms"_s));
        QVERIFY2(dropIn.contains(u"TimeoutStopSec=120"_s), qPrintable(dropIn));
        QVERIFY2(dropIn.contains(u"OOMScoreAdjust=-1000"_s), qPrintable(dropIn));
        QCOMPARE(readText(units().unitPath(u"vms"_s)), kUnitText);
        QCOMPARE(m_fake->receivedCount(u"Reload"_s), 1);
    }

    void setSettingsLaysSomeKeysOverTheCurrentOnes()
    {
        const QDBusMessage reply
            = call(u"SetSettings"_s, { u"vms"_s, QVariantMap { { u"startTimeoutSec"_s, 45 } } });
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
        const QString dropIn = readText(units().dropInPath(u"vms"_s));
        QVERIFY2(dropIn.contains(u"TimeoutStartSec=45"_s), qPrintable(dropIn));
        QVERIFY2(dropIn.contains(u"TimeoutStopSec=300"_s), qPrintable(dropIn)); // kept
    }

    void setSettingsRefusedByPolkitWritesNothing()
    {
        m_polkit.allow = false;
        ServiceSettings s;
        s.stopTimeoutSec = 120;
        auto *client = HelperClient::setSettings(u"vms"_s, s, this);
        QVERIFY(wait(client));
        QVERIFY(client->isPermissionDenied());
        QVERIFY2(client->errorString().contains(u"service settings"_s)
                && client->errorString().contains(refusalGroup()),
            qPrintable(client->errorString()));
        QCOMPARE(readText(units().dropInPath(u"vms"_s)), kDropIn);
        QCOMPARE(m_fake->receivedCount(u"Reload"_s), 0);
    }

    void setSettingsRefusesBadInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QVariantMap>("settings");
        QTest::addColumn<QString>("expected");
        QTest::newRow("name with ..") << u"../vms"_s << QVariantMap() << u"invalid guest name"_s;
        QTest::newRow("name with /")
            << u"x/../../etc/passwd"_s << QVariantMap() << u"invalid guest name"_s;
        QTest::newRow("no such guest") << u"nosuch"_s << QVariantMap() << u"no guest named"_s;
        QTest::newRow("unknown key") << u"vms"_s << QVariantMap { { u"ExecStart"_s, u"/bin/sh"_s } }
                                     << u"unknown setting \"ExecStart\""_s;
        QTest::newRow("wrong type") << u"vms"_s << QVariantMap { { u"stopTimeoutSec"_s, u"120"_s } }
                                    << u"\"stopTimeoutSec\" must be a whole number"_s;
        QTest::newRow("out of range (validator)")
            << u"vms"_s << QVariantMap { { u"startTimeoutSec"_s, -5 } } << u"out of range"_s;
        QTest::newRow("pre-start with ..")
            << u"vms"_s << QVariantMap { { u"preStartScript"_s, u"/usr/bin/../bin/true"_s } }
            << u"must not contain \"..\""_s;
        QTest::newRow("pre-start a directory")
            << u"vms"_s << QVariantMap { { u"preStartScript"_s, u"/usr/bin"_s } }
            << u"is not a regular file"_s;
        QTest::newRow("pre-start relative")
            << u"vms"_s << QVariantMap { { u"preStartScript"_s, u"bin/true"_s } }
            << u"must be absolute"_s;
        QTest::newRow("ordering against an unknown guest")
            << u"vms"_s << QVariantMap { { u"after"_s, QStringList { u"ghost"_s } } }
            << u"no such guest"_s;
    }
    void setSettingsRefusesBadInput()
    {
        QFETCH(QString, name);
        QFETCH(QVariantMap, settings);
        QFETCH(QString, expected);
        const QDBusMessage reply = call(u"SetSettings"_s, { name, settings });
        QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
        QCOMPARE(reply.errorName(), HelperProtocol::invalidArgsError());
        QVERIFY2(reply.errorMessage().contains(expected), qPrintable(reply.errorMessage()));
        QCOMPARE(readText(units().dropInPath(u"vms"_s)), kDropIn);
        QCOMPARE(m_fake->receivedCount(u"Reload"_s), 0);
        QCOMPARE(m_polkit.actions, QStringList { HelperProtocol::settingsAction() });
    }

    void stopScriptWrittenReadAndKept()
    {
        auto *read = HelperClient::readStopScript(this);
        QVERIFY(wait(read));
        QVERIFY2(!read->isError(), qPrintable(read->errorString()));
        QVERIFY(!read->exists());
        QCOMPARE(m_polkit.actions, QStringList { HelperProtocol::stopScriptAction() });

        auto *write = HelperClient::writeStopScript(kScript, std::nullopt, false, this);
        QVERIFY(wait(write));
        QVERIFY2(!write->isError(), qPrintable(write->errorString()));
        QCOMPARE(readText(script()), kScript);
        // Owner, group and other bits (Qt's "User" bits are the caller's, left aside).
        QCOMPARE(QFile::permissions(script()) & 0x7077,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

        read = HelperClient::readStopScript(this);
        QVERIFY(wait(read));
        QVERIFY(read->exists());
        QCOMPARE(read->text(), kScript);

        // An edit of what was read replaces it and keeps the previous version as name~.
        const QString edited = QString(kScript).replace(u"echo stop"_s, u"echo halt"_s);
        write = HelperClient::writeStopScript(edited, kScript.toUtf8(), false, this);
        QVERIFY(wait(write));
        QVERIFY2(!write->isError(), qPrintable(write->errorString()));
        QCOMPARE(readText(script()), edited);
        QCOMPARE(readText(script() + u'~'), kScript);
    }

    void stopScriptStaleEditIsAConflict()
    {
        QVERIFY(writeText(script(), kScript));
        const QString mine = kScript + u"# mine\n"_s;
        auto *write = HelperClient::writeStopScript(mine, u"#!/bin/sh\n"_s.toUtf8(), false, this);
        QVERIFY(wait(write));
        QVERIFY(write->isConflict());
        QCOMPARE(readText(script()), kScript);
        write = HelperClient::writeStopScript(mine, std::nullopt, false, this);
        QVERIFY(wait(write));
        QVERIFY(write->isConflict()); // "there was none" is stale too
        write = HelperClient::writeStopScript(mine, u"#!/bin/sh\n"_s.toUtf8(), true, this);
        QVERIFY(wait(write));
        QVERIFY2(!write->isError(), qPrintable(write->errorString()));
        QCOMPARE(readText(script()), mine);
    }

    void stopScriptRefusals()
    {
        QVERIFY(writeText(script(), kScript));
        // bash -n refuses: nothing written.
        auto *write = HelperClient::writeStopScript(
            u"#!/bin/sh\ncase \"$1\" in\n/srv/vms.cfg)\n    ;;\n"_s, kScript.toUtf8(), false, this);
        QVERIFY(wait(write));
        QVERIFY(write->isInvalidRequest());
        QVERIFY2(write->errorString().contains(u"bash -n"_s), qPrintable(write->errorString()));
        QCOMPARE(readText(script()), kScript);
        // polkit says no: nothing read or written, the group named.
        m_polkit.allow = false;
        write = HelperClient::writeStopScript(kScript + u"#\n"_s, kScript.toUtf8(), false, this);
        QVERIFY(wait(write));
        QVERIFY(write->isPermissionDenied());
        QVERIFY2(write->errorString().contains(refusalGroup()), qPrintable(write->errorString()));
        auto *read = HelperClient::readStopScript(this);
        QVERIFY(wait(read));
        QVERIFY(read->isPermissionDenied());
        QVERIFY(read->text().isEmpty());
        QCOMPARE(readText(script()), kScript);
    }

    void stopScriptNeverFollowsALinkOrWritesADirectory()
    {
        const QString target = m_dir->path() + u"/shadow"_s;
        QVERIFY(writeText(target, u"root:x:0:0\n"_s));
        QVERIFY(QDir().mkpath(QFileInfo(script()).path()));
        QVERIFY(QFile::link(target, script()));
        auto *read = HelperClient::readStopScript(this);
        QVERIFY(wait(read));
        QVERIFY(read->isError());
        QVERIFY2(
            read->errorString().contains(u"not a regular file"_s), qPrintable(read->errorString()));
        QVERIFY(read->text().isEmpty());
        auto *write
            = HelperClient::writeStopScript(kScript, u"root:x:0:0\n"_s.toUtf8(), true, this);
        QVERIFY(wait(write));
        QVERIFY(write->isInvalidRequest());
        QCOMPARE(readText(target), u"root:x:0:0\n"_s);
        QVERIFY(QFile::remove(script()));
        QVERIFY(QDir().mkpath(script()));
        write = HelperClient::writeStopScript(kScript, std::nullopt, true, this);
        QVERIFY(wait(write));
        QVERIFY(write->isInvalidRequest());
        QVERIFY2(write->errorString().contains(u"not a regular file"_s),
            qPrintable(write->errorString()));
        QVERIFY(QFileInfo(script()).isDir());
    }

    void addAndRemoveRefuseBadNamesAndPaths()
    {
        QDBusMessage reply = call(u"RemoveGuest"_s, { u"../../etc/passwd"_s });
        QCOMPARE(reply.errorName(), HelperProtocol::invalidArgsError());
        QVERIFY2(reply.errorMessage().contains(u"invalid guest name"_s),
            qPrintable(reply.errorMessage()));
        reply = call(u"AddGuest"_s,
            { QVariantMap { { u"name"_s, u"x"_s }, { u"emulator"_s, u"/usr/bin/../bin/true"_s },
                { u"config"_s, units().unitPath(u"vms"_s) } } });
        QCOMPARE(reply.errorName(), HelperProtocol::invalidArgsError());
        QVERIFY2(
            reply.errorMessage().contains(u"must not contain"_s), qPrintable(reply.errorMessage()));
        reply = call(u"AddGuest"_s,
            { QVariantMap { { u"name"_s, u"x"_s }, { u"emulator"_s, u"/usr/bin/true"_s },
                { u"config"_s, m_dir->path() } } });
        QCOMPARE(reply.errorName(), HelperProtocol::invalidArgsError());
        QVERIFY2(reply.errorMessage().contains(u"not a regular file"_s),
            qPrintable(reply.errorMessage()));
        QVERIFY(!units().exists(u"x"_s));
        QCOMPARE(m_polkit.actions, QStringList(3, HelperProtocol::manageAction()));
    }
};

CHARON_TEST_GUILESS_MAIN(TestHelperService)
#include "tst_helperservice.moc"
