// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// `charon-vm list` against the suite's private systemd manager: every guest with the state
// systemd gives it (running, failed, stopped and in memory, never loaded), and the cost rule
// behind it: a guest systemd does not hold in memory is not asked about, so listing makes
// systemd load no unit files (watched through the manager's UnitNew signal).

#include "core/domain/guest.h"
#include "core/units/unitfile.h"
#include "tests/harness/clirunner.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testmain.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::test;

namespace {

// Records the units systemd loads (Manager.UnitNew), on a subscribed connection of its own.
class UnitNewWatcher : public QObject
{
    Q_OBJECT

public:
    bool start()
    {
        m_bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"unitnew-watcher"_s);
        const QString service = u"org.freedesktop.systemd1"_s;
        const QString path = u"/org/freedesktop/systemd1"_s;
        const QString iface = u"org.freedesktop.systemd1.Manager"_s;
        if (!m_bus.connect(service, path, iface, u"UnitNew"_s, this, SLOT(onUnitNew(QString))))
            return false;
        const QDBusMessage reply
            = m_bus.call(QDBusMessage::createMethodCall(service, path, iface, u"Subscribe"_s));
        return reply.type() == QDBusMessage::ReplyMessage;
    }
    // One round trip to systemd on the watcher's connection: the manager sends the signals of
    // what it did before it handles the ping, so they are in (and recorded) once its reply is.
    bool roundTrip()
    {
        const QDBusMessage ping = QDBusMessage::createMethodCall(u"org.freedesktop.systemd1"_s,
            u"/org/freedesktop/systemd1"_s, u"org.freedesktop.DBus.Peer"_s, u"Ping"_s);
        QDBusPendingCallWatcher call(m_bus.asyncCall(ping));
        QSignalSpy done(&call, &QDBusPendingCallWatcher::finished);
        return done.wait(5000) && !call.isError();
    }
    QStringList loaded;

private Q_SLOTS:
    void onUnitNew(const QString &unit) { loaded << unit; }

private:
    QDBusConnection m_bus { QString() };
};

using Result = CliResult;

Result vm(const QStringList &args)
{
    return runCli(args);
}

// A configuration for the simulator; `extra` may make it fail to start.
QString config(const QString &name, const QByteArray &extra = {})
{
    return simulatorConfig(name, freeTcpPort(), extra);
}

// The table line of a guest, with runs of spaces collapsed.
QString tableLine(const QString &table, const QString &name)
{
    for (QString line : table.split(u'\n')) {
        line = line.simplified();
        if (line.startsWith(name + u' '))
            return line;
    }
    return {};
}

} // namespace

class TestCliList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryStateWithoutLoadingUnits()
    {
        CHARON_REQUIRE_SYSTEMD();
        // Given a running guest, a failed one and one that was never started
        const QStringList add { u"add"_s, u"--emulator"_s, simulatorPath() };
        Result r = vm(add + QStringList { u"--name"_s, u"up"_s, u"--config"_s, config(u"up"_s) });
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = vm(add
            + QStringList { u"--name"_s, u"down"_s, u"--force"_s, u"--config"_s,
                config(u"down"_s, "set OPA0 port=notaport\n") });
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = vm(add + QStringList { u"--name"_s, u"idle"_s, u"--config"_s, config(u"idle"_s) });
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(vm({ u"start"_s, u"up"_s }).code, 0);
        QCOMPARE(vm({ u"start"_s, u"down"_s }).code, 5);
        const QString idleUnit = charon::core::unitNameForGuest(u"idle"_s);
        // (systemd drops an unreferenced inactive unit from memory soon after it loaded it)
        QTRY_VERIFY_WITH_TIMEOUT(!isUnitLoaded(idleUnit), 10000);
        UnitNewWatcher watcher;
        QVERIFY(watcher.start());

        // When the table and the JSON are listed
        const Result table = vm({ u"list"_s });
        const Result json = vm({ u"list"_s, u"--json"_s });

        // Then every guest has systemd's state
        QVERIFY2(table.code == 0, qPrintable(describe(table)));
        QVERIFY2(tableLine(table.out, u"up"_s).contains(u" ACTIVE "_s), qPrintable(table.out));
        QVERIFY2(tableLine(table.out, u"down"_s).contains(u" FAILED (FAILURE) "_s),
            qPrintable(table.out));
        QVERIFY2(tableLine(table.out, u"idle"_s).contains(u" INACTIVE (REQUESTED) "_s),
            qPrintable(table.out));
        QVERIFY2(json.code == 0, qPrintable(describe(json)));
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue &v : QJsonDocument::fromJson(json.out.toUtf8()).array())
            byName.insert(v.toObject().value(u"name"_s).toString(), v.toObject());
        QCOMPARE(byName.value(u"up"_s).value(u"subState"_s).toString(), u"running"_s);
        QVERIFY(!byName.value(u"up"_s).value(u"startedAt"_s).toString().isEmpty());
        QCOMPARE(byName.value(u"down"_s).value(u"result"_s).toString(), u"exit-code"_s);
        QCOMPARE(byName.value(u"idle"_s).value(u"state"_s).toString(), u"INACTIVE"_s);
        QCOMPARE(byName.value(u"idle"_s).value(u"subState"_s).toString(), u"dead"_s);
        QCOMPARE(byName.value(u"idle"_s).value(u"startedAt"_s).toString(), QString());
        // And systemd loaded no unit file for it
        QVERIFY(watcher.roundTrip()); // signals sent while the CLI ran are in by now
        QVERIFY2(watcher.loaded.isEmpty(), qPrintable(watcher.loaded.join(u", "_s)));

        // Control: looking the unit up does load it, and the watcher sees that
        QCOMPARE(systemctl({ u"show"_s, u"-p"_s, u"Id"_s, idleUnit }), 0);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.loaded.contains(idleUnit), 5000);

        // Given a setting changed in a drop-in systemd has not reloaded yet (it still runs the
        // old one: a listing shows systemd's, as status does)
        const QString dropIn
            = charon::core::UnitFile(charon::core::UnitScope::User).unitPath(u"up"_s)
            + u".d/60-test.conf"_s;
        QVERIFY(QDir().mkpath(QFileInfo(dropIn).path()));
        QFile file(dropIn);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[Service]\nTimeoutStartSec=77\nTimeoutStopSec=78\n");
        file.close();
        // When list --json (a Get per property shown) and status --json (GetAll) are compared
        const Result listed = vm({ u"list"_s, u"--json"_s });
        QVERIFY2(listed.code == 0, qPrintable(describe(listed)));
        const QJsonArray all = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(all.size(), 3);
        // Then every field of every guest is the same
        for (const QJsonValue &v : all) {
            const QJsonObject fromList = v.toObject();
            const QString name = fromList.value(u"name"_s).toString();
            const Result st = vm({ u"status"_s, u"--json"_s, name });
            QVERIFY2(st.code == 0, qPrintable(describe(st)));
            const QJsonObject fromStatus = QJsonDocument::fromJson(st.out.toUtf8()).object();
            for (auto it = fromList.constBegin(); it != fromList.constEnd(); ++it)
                QVERIFY2(fromStatus.value(it.key()) == it.value(),
                    qPrintable(name + u": "_s + it.key() + u" list "_s
                        + QString::fromUtf8(QJsonDocument(QJsonArray { it.value() }).toJson())
                        + u" status "_s
                        + QString::fromUtf8(
                            QJsonDocument(QJsonArray { fromStatus.value(it.key()) }).toJson())));
        }
        // And the timeout shown is the one systemd runs with, not the file's
        QVERIFY(byName.value(u"up"_s).value(u"startTimeoutSec"_s).toInt() != 77);
        for (const QJsonValue &v : all) {
            if (v.toObject().value(u"name"_s).toString() == u"up"_s)
                QCOMPARE(v.toObject().value(u"startTimeoutSec"_s),
                    byName.value(u"up"_s).value(u"startTimeoutSec"_s));
        }
    }
};

CHARON_TEST_GUILESS_MAIN(TestCliList)
#include "tst_cli_list.moc"
