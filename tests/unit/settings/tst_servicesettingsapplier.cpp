// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// ServiceSettingsApplier against a scripted manager (FakeSystemdManager) on a private bus, for
// what the real systemd will not do on demand: a daemon-reload that fails. Then the previous
// drop-in is put back byte for byte and the error says so; a refused value writes nothing and
// sends nothing. The real-systemd read-back is tests/integration/tst_servicesettings_systemd.

#include "core/settings/servicesettingsapplier.h"
#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdconnection.h"
#include "tests/harness/fakesystemdmanager.h"
#include "tests/harness/privatebus.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"

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

// The fake manager, with a Reload that fails while `failReload` is set.
class FailingReloadManager : public FakeSystemdManager
{
public:
    using FakeSystemdManager::FakeSystemdManager;
    bool failReload = false;
    int reloads = 0;
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        if (message.member() == u"Reload"_s) {
            ++reloads;
            if (failReload) {
                send(message.createErrorReply(
                    u"org.freedesktop.DBus.Error.AccessDenied"_s, u"Access denied"_s));
                return true;
            }
        }
        return FakeSystemdManager::handleMessage(message, connection);
    }
};

const QString kUnitText = u"[Unit]\nDescription=Charon guest vms (test)\n\n[Service]\n"
                          "ExecStart=/opt/charon/bin/as4100 -d /srv/vms.cfg\n"_s;

} // namespace

class TestServiceSettingsApplier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PrivateBus> m_bus;
    std::unique_ptr<FailingReloadManager> m_fake;
    std::unique_ptr<SystemdConnection> m_connection;
    std::unique_ptr<SystemdClient> m_client;

    UnitFile units() const { return UnitFile(UnitScope::User, m_dir.path()); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_bus = std::make_unique<PrivateBus>();
        if (!m_bus->start())
            QSKIP(qPrintable(m_bus->skipReason()));
        m_fake = std::make_unique<FailingReloadManager>(m_bus->connect(u"manager"_s));
        FakeUnit u;
        u.name = u"charon-guest-vms.service"_s;
        u.fragmentPath = units().unitPath(u"vms"_s);
        m_fake->setUnit(u);
        QVERIFY(m_fake->appear());
        m_connection = std::make_unique<SystemdConnection>(m_bus->connect(u"client"_s));
        m_client = std::make_unique<SystemdClient>(m_connection.get());
        QVERIFY(QTest::qWaitFor([this] { return m_connection->isManagerPresent(); }, 5000));
        QVERIFY(writeText(units().unitPath(u"vms"_s), kUnitText));
        QVERIFY(writeText(units().dropInPath(u"vms"_s), u"[Service]\nTimeoutStopSec=300\n"_s));
    }
    void cleanup()
    {
        m_client.reset();
        m_connection.reset();
        m_fake.reset();
        m_bus.reset();
    }

    void failedReloadPutsThePreviousDropInBack()
    {
        const QByteArray before = readFile(units().dropInPath(u"vms"_s));
        m_fake->failReload = true;
        ServiceSettingsApplier applier(m_client.get(), units());
        QSignalSpy finished(&applier, &ServiceSettingsApplier::finished);
        ServiceSettings s;
        s.stopTimeoutSec = 120;
        applier.apply(u"vms"_s, s, {});
        QVERIFY(finished.wait(5000));
        const QString error = finished.first().at(0).toString();
        QVERIFY2(error.contains(u"the previous settings of vms were put back in "_s
                     + units().dropInPath(u"vms"_s)),
            qPrintable(error));
        QCOMPARE(m_fake->reloads, 1);
        QCOMPARE(readFile(units().dropInPath(u"vms"_s)), before);
        QCOMPARE(readText(units().unitPath(u"vms"_s)), kUnitText);
    }

    void failedReloadRemovesANewDropIn()
    {
        QVERIFY(QFile::remove(units().dropInPath(u"vms"_s)));
        m_fake->failReload = true;
        ServiceSettingsApplier applier(m_client.get(), units());
        QSignalSpy finished(&applier, &ServiceSettingsApplier::finished);
        applier.apply(u"vms"_s, ServiceSettings(), {});
        QVERIFY(finished.wait(5000));
        QVERIFY(!finished.first().at(0).toString().isEmpty());
        QVERIFY(!QFile::exists(units().dropInPath(u"vms"_s)));
    }

    void successfulReloadKeepsTheNewDropIn()
    {
        ServiceSettingsApplier applier(m_client.get(), units());
        QSignalSpy finished(&applier, &ServiceSettingsApplier::finished);
        ServiceSettings s;
        s.stopTimeoutSec = 120;
        applier.apply(u"vms"_s, s, {});
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toString(), QString());
        QCOMPARE(m_fake->reloads, 1);
        QVERIFY(readText(units().dropInPath(u"vms"_s)).contains(u"TimeoutStopSec=120"_s));
        QVERIFY(!applier.isBusy());
    }

    void refusedValueWritesAndSendsNothing()
    {
        const QByteArray before = readFile(units().dropInPath(u"vms"_s));
        ServiceSettingsApplier applier(m_client.get(), units());
        QSignalSpy finished(&applier, &ServiceSettingsApplier::finished);
        ServiceSettings s;
        s.startTimeoutSec = -5;
        applier.apply(u"vms"_s, s, {});
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toString(),
            u"start timeout -5 s is out of range: use 0 (no limit) to 86400 seconds"_s);
        QCOMPARE(readFile(units().dropInPath(u"vms"_s)), before);
        QCOMPARE(m_fake->reloads, 0);
    }
};

CHARON_TEST_GUILESS_MAIN(TestServiceSettingsApplier)
#include "tst_servicesettingsapplier.moc"
