#include "tests/harness/fakesystemdmanager.h"

#include "core/systemd/systemdconnection.h"
#include "core/systemd/unitproperties.h"

#include <QDBusArgument>
#include <QDBusConnectionInterface>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusVariant>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using charon::core::SystemdConnection;
using charon::core::UnitPropertyCodec;

namespace {
// The wire types of the replies and properties the product reads.
struct FakeJobRef // (uo): Unit.Job
{
    quint32 id = 0;
    QDBusObjectPath path;
};
struct FakeFileRow // (ss): ListUnitFilesByPatterns
{
    QString path, state;
};
struct FakeUnitRow // (ssssssouso): ListUnitsByPatterns
{
    QString name, description, load, active, sub, following;
    QDBusObjectPath path;
    quint32 jobId = 0;
    QString jobType;
    QDBusObjectPath jobPath;
};

QDBusArgument &operator<<(QDBusArgument &a, const FakeJobRef &j)
{
    a.beginStructure();
    a << j.id << j.path;
    a.endStructure();
    return a;
}
const QDBusArgument &operator>>(const QDBusArgument &a, FakeJobRef &j)
{
    a.beginStructure();
    a >> j.id >> j.path;
    a.endStructure();
    return a;
}
QDBusArgument &operator<<(QDBusArgument &a, const FakeFileRow &r)
{
    a.beginStructure();
    a << r.path << r.state;
    a.endStructure();
    return a;
}
const QDBusArgument &operator>>(const QDBusArgument &a, FakeFileRow &r)
{
    a.beginStructure();
    a >> r.path >> r.state;
    a.endStructure();
    return a;
}
QDBusArgument &operator<<(QDBusArgument &a, const FakeUnitRow &r)
{
    a.beginStructure();
    a << r.name << r.description << r.load << r.active << r.sub << r.following << r.path << r.jobId
      << r.jobType << r.jobPath;
    a.endStructure();
    return a;
}
const QDBusArgument &operator>>(const QDBusArgument &a, FakeUnitRow &r)
{
    a.beginStructure();
    a >> r.name >> r.description >> r.load >> r.active >> r.sub >> r.following >> r.path >> r.jobId
        >> r.jobType >> r.jobPath;
    a.endStructure();
    return a;
}
} // namespace

Q_DECLARE_METATYPE(FakeJobRef)
Q_DECLARE_METATYPE(FakeFileRow)
Q_DECLARE_METATYPE(FakeUnitRow)

namespace charon::test {

namespace {
const QString kPropertiesInterface = u"org.freedesktop.DBus.Properties"_s;
const QString kMarkerInterface = u"org.charon.test.FakeManager"_s;

void registerTypes()
{
    static const bool done = [] {
        qDBusRegisterMetaType<FakeJobRef>();
        qDBusRegisterMetaType<FakeFileRow>();
        qDBusRegisterMetaType<QList<FakeFileRow>>();
        qDBusRegisterMetaType<FakeUnitRow>();
        qDBusRegisterMetaType<QList<FakeUnitRow>>();
        return true;
    }();
    Q_UNUSED(done);
}

bool matchesPatterns(const QString &name, const QStringList &patterns)
{
    if (patterns.isEmpty())
        return true;
    for (const QString &pattern : patterns) {
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern));
        if (re.match(name).hasMatch())
            return true;
    }
    return false;
}
} // namespace

FakeSystemdManager::FakeSystemdManager(const QDBusConnection &bus)
    : m_bus(bus)
{
    registerTypes();
}

FakeSystemdManager::~FakeSystemdManager()
{
    if (m_registered && m_bus.isConnected()) {
        if (m_present)
            m_bus.unregisterService(SystemdConnection::Service);
        m_bus.unregisterObject(SystemdConnection::ManagerPath, QDBusConnection::UnregisterTree);
    }
}

bool FakeSystemdManager::appear()
{
    if (!m_registered) {
        m_registered = m_bus.registerVirtualObject(
            SystemdConnection::ManagerPath, this, QDBusConnection::SubPath);
        if (!m_registered)
            return false;
    }
    // A synchronous call to the bus daemon (RequestName): fine in a test.
    m_present = m_bus.registerService(SystemdConnection::Service);
    return m_present;
}

bool FakeSystemdManager::leave()
{
    if (!m_present)
        return true;
    m_present = !m_bus.unregisterService(SystemdConnection::Service);
    return !m_present;
}

void FakeSystemdManager::setUnit(const FakeUnit &unit)
{
    m_units.insert(unit.name, unit);
}

void FakeSystemdManager::removeUnit(const QString &name)
{
    m_units.remove(name);
}

FakeUnit *FakeSystemdManager::unit(const QString &name)
{
    const auto it = m_units.find(name);
    return it == m_units.end() ? nullptr : &it.value();
}

void FakeSystemdManager::hold(const QString &member, const QString &arg0, const QString &unit)
{
    m_holds.append({ member, arg0, unit });
}

void FakeSystemdManager::stopHolding()
{
    m_holds.clear();
}

bool FakeSystemdManager::matches(
    const QDBusMessage &call, const QString &member, const QString &arg0) const
{
    return call.member() == member
        && (arg0.isEmpty() || call.arguments().value(0).toString() == arg0);
}

qsizetype FakeSystemdManager::findHeld(const QString &member, const QString &arg0) const
{
    for (qsizetype i = 0; i < m_held.size(); ++i) {
        if (matches(m_held.at(i), member, arg0))
            return i;
    }
    return -1;
}

qsizetype FakeSystemdManager::heldCount(const QString &member, const QString &arg0) const
{
    return std::count_if(m_held.cbegin(), m_held.cend(),
        [&](const QDBusMessage &call) { return matches(call, member, arg0); });
}

bool FakeSystemdManager::waitForHeld(
    const QString &member, const QString &arg0, qsizetype count, int timeoutMs) const
{
    return QTest::qWaitFor([&] { return heldCount(member, arg0) >= count; }, timeoutMs);
}

bool FakeSystemdManager::release(const QString &member, const QString &arg0)
{
    const qsizetype i = findHeld(member, arg0);
    if (i < 0)
        return false;
    send(answer(m_held.takeAt(i)));
    return true;
}

QDBusMessage FakeSystemdManager::answerHeld(const QString &member, const QString &arg0)
{
    const qsizetype i = findHeld(member, arg0);
    return i < 0 ? QDBusMessage() : answer(m_held.takeAt(i));
}

void FakeSystemdManager::send(const QDBusMessage &message)
{
    m_bus.send(message);
}

void FakeSystemdManager::dropHeld()
{
    m_held.clear();
}

qsizetype FakeSystemdManager::receivedCount(const QString &member) const
{
    const QString prefix = member + u' ';
    return std::count_if(m_received.cbegin(), m_received.cend(),
        [&](const QString &line) { return line == member || line.startsWith(prefix); });
}

bool FakeSystemdManager::roundTrip(const QDBusConnection &client, int timeoutMs)
{
    QDBusMessage marker = QDBusMessage::createMethodCall(
        m_bus.baseService(), SystemdConnection::ManagerPath, kMarkerInterface, u"Marker"_s);
    marker.setArguments({ ++m_markers });
    // Waiting for the watcher (not isFinished()): its signal is queued behind whatever the
    // client received before the reply, so those messages have been handled too.
    QDBusPendingCallWatcher watcher(client.asyncCall(marker, timeoutMs));
    bool done = false;
    QObject::connect(&watcher, &QDBusPendingCallWatcher::finished, [&done] { done = true; });
    return QTest::qWaitFor([&done] { return done; }, timeoutMs) && !watcher.isError();
}

QString FakeSystemdManager::jobPath(quint32 id)
{
    return u"/org/freedesktop/systemd1/job/%1"_s.arg(id);
}

void FakeSystemdManager::forgetJobs()
{
    m_jobs.clear();
    for (FakeUnit &u : m_units)
        u.jobId = 0;
}

void FakeSystemdManager::emitUnitNew(const QString &unit)
{
    QDBusMessage m = QDBusMessage::createSignal(
        SystemdConnection::ManagerPath, SystemdConnection::ManagerInterface, u"UnitNew"_s);
    m.setArguments(
        { unit, QVariant::fromValue(QDBusObjectPath(UnitPropertyCodec::unitObjectPath(unit))) });
    send(m);
}

void FakeSystemdManager::emitUnitRemoved(const QString &unit)
{
    QDBusMessage m = QDBusMessage::createSignal(
        SystemdConnection::ManagerPath, SystemdConnection::ManagerInterface, u"UnitRemoved"_s);
    m.setArguments(
        { unit, QVariant::fromValue(QDBusObjectPath(UnitPropertyCodec::unitObjectPath(unit))) });
    send(m);
}

void FakeSystemdManager::emitJobNew(quint32 id, const QString &unit)
{
    QDBusMessage m = QDBusMessage::createSignal(
        SystemdConnection::ManagerPath, SystemdConnection::ManagerInterface, u"JobNew"_s);
    m.setArguments({ id, QVariant::fromValue(QDBusObjectPath(jobPath(id))), unit });
    send(m);
}

void FakeSystemdManager::emitJobRemoved(quint32 id, const QString &unit, const QString &result)
{
    m_jobs.remove(id);
    QDBusMessage m = QDBusMessage::createSignal(
        SystemdConnection::ManagerPath, SystemdConnection::ManagerInterface, u"JobRemoved"_s);
    m.setArguments({ id, QVariant::fromValue(QDBusObjectPath(jobPath(id))), unit, result });
    send(m);
}

void FakeSystemdManager::emitReloading(bool active)
{
    QDBusMessage m = QDBusMessage::createSignal(
        SystemdConnection::ManagerPath, SystemdConnection::ManagerInterface, u"Reloading"_s);
    m.setArguments({ active });
    send(m);
}

void FakeSystemdManager::emitPropertiesChanged(const QString &unit, const QString &interface,
    const QVariantMap &changed, const QStringList &invalidated)
{
    QDBusMessage m = QDBusMessage::createSignal(
        UnitPropertyCodec::unitObjectPath(unit), kPropertiesInterface, u"PropertiesChanged"_s);
    m.setArguments({ interface, changed, invalidated });
    send(m);
}

void FakeSystemdManager::emitUnitStateChanged(const QString &unit)
{
    QVariantMap changed = unitProperties(unit);
    changed.remove(u"Id"_s);
    changed.remove(u"FragmentPath"_s);
    changed.remove(u"UnitFileState"_s);
    emitPropertiesChanged(unit, SystemdConnection::UnitInterface, changed);
}

QString FakeSystemdManager::introspect(const QString &) const
{
    return {}; // nothing asks
}

bool FakeSystemdManager::handleMessage(const QDBusMessage &message, const QDBusConnection &)
{
    const QString arg0 = message.arguments().value(0).toString();
    m_received.append(arg0.isEmpty() ? message.member() : message.member() + u' ' + arg0);
    if (message.interface() == kMarkerInterface) {
        send(message.createReply());
        return true;
    }
    const QString unit = UnitPropertyCodec::unitFromObjectPath(message.path());
    for (const Hold &hold : std::as_const(m_holds)) {
        if (matches(message, hold.member, hold.arg0)
            && (hold.unit.isEmpty() || hold.unit == unit)) {
            m_held.append(message);
            return true; // answered when the test releases it
        }
    }
    send(answer(message));
    return true;
}

QDBusMessage FakeSystemdManager::answer(const QDBusMessage &call)
{
    if (call.interface() == kPropertiesInterface)
        return answerProperties(call);
    if (call.interface() == SystemdConnection::ManagerInterface
        && call.path() == SystemdConnection::ManagerPath)
        return answerManager(call);
    return call.createErrorReply(u"org.freedesktop.DBus.Error.UnknownMethod"_s,
        u"the fake manager does not know %1.%2"_s.arg(call.interface(), call.member()));
}

QDBusMessage FakeSystemdManager::answerManager(const QDBusMessage &call)
{
    const QString member = call.member();
    const QVariantList args = call.arguments();
    if (member == u"Subscribe"_s || member == u"Unsubscribe"_s)
        return call.createReply();
    if (member == u"ListUnitFilesByPatterns"_s) {
        const QStringList patterns = args.value(1).toStringList();
        QList<FakeFileRow> rows;
        for (const FakeUnit &u : std::as_const(m_units)) {
            if (!u.fragmentPath.isEmpty() && matchesPatterns(u.name, patterns))
                rows.append({ u.fragmentPath, u.unitFileState });
        }
        return call.createReply(QVariant::fromValue(rows));
    }
    if (member == u"ListUnitsByPatterns"_s) {
        const QStringList patterns = args.value(1).toStringList();
        QList<FakeUnitRow> rows;
        for (const FakeUnit &u : std::as_const(m_units)) {
            if (!u.loaded || !matchesPatterns(u.name, patterns))
                continue;
            FakeUnitRow row;
            row.name = u.name;
            row.load = u.loadState;
            row.active = u.activeState;
            row.sub = u.subState;
            row.path = QDBusObjectPath(UnitPropertyCodec::unitObjectPath(u.name));
            row.jobId = u.jobId;
            row.jobType = u.jobId ? m_jobs.value(u.jobId).type : QString();
            row.jobPath = QDBusObjectPath(u.jobId ? jobPath(u.jobId) : u"/"_s);
            rows.append(row);
        }
        return call.createReply(QVariant::fromValue(rows));
    }
    if (member == u"GetUnitFileState"_s) {
        const auto it = m_units.constFind(args.value(0).toString());
        if (it == m_units.cend() || it->fragmentPath.isEmpty())
            return call.createErrorReply(
                u"org.freedesktop.DBus.Error.FileNotFound"_s, u"No such file or directory"_s);
        return call.createReply(it->unitFileState);
    }
    if (member == u"StartUnit"_s || member == u"StopUnit"_s || member == u"RestartUnit"_s) {
        const QString name = args.value(0).toString();
        const quint32 id = m_nextJobId++;
        const QString type = member.chopped(4).toLower(); // "start", "stop", "restart"
        m_jobs.insert(id, { id, name, type });
        return call.createReply(QVariant::fromValue(QDBusObjectPath(jobPath(id))));
    }
    if (member == u"KillUnit"_s)
        return call.createReply();
    if (member == u"Reload"_s) {
        emitReloading(true);
        emitReloading(false);
        return call.createReply();
    }
    return call.createErrorReply(u"org.freedesktop.DBus.Error.UnknownMethod"_s,
        u"the fake manager does not implement %1"_s.arg(member));
}

QDBusMessage FakeSystemdManager::answerProperties(const QDBusMessage &call) const
{
    const QString interface = call.arguments().value(0).toString();
    if (call.path().startsWith(u"/org/freedesktop/systemd1/job/"_s)) {
        const quint32 id = call.path().section(u'/', -1).toUInt();
        const auto job = m_jobs.constFind(id);
        if (job == m_jobs.cend())
            return call.createErrorReply(u"org.freedesktop.DBus.Error.UnknownObject"_s,
                u"Unknown object '%1'."_s.arg(call.path()));
        const QVariantMap props { { u"Id"_s, job->id }, { u"Unit"_s, job->unit },
            { u"JobType"_s, job->type }, { u"State"_s, u"running"_s } };
        if (call.member() == u"Get"_s)
            return call.createReply(QVariant::fromValue(
                QDBusVariant(props.value(call.arguments().value(1).toString()))));
        return call.createReply(props);
    }
    const QString unit = UnitPropertyCodec::unitFromObjectPath(call.path());
    if (unit.isEmpty())
        return call.createErrorReply(u"org.freedesktop.DBus.Error.UnknownObject"_s,
            u"Unknown object '%1'."_s.arg(call.path()));
    QVariantMap props;
    if (interface == SystemdConnection::UnitInterface)
        props = unitProperties(unit);
    else if (interface == SystemdConnection::ServiceInterface)
        props = serviceProperties(unit);
    if (call.member() == u"Get"_s)
        return call.createReply(
            QVariant::fromValue(QDBusVariant(props.value(call.arguments().value(1).toString()))));
    return call.createReply(props);
}

QVariantMap FakeSystemdManager::unitProperties(const QString &name) const
{
    // Like systemd, an object path of a unit it does not know answers for a "not-found" stub.
    FakeUnit u;
    u.name = name;
    u.loadState = u"not-found"_s;
    u.unitFileState.clear();
    u = m_units.value(name, u);
    FakeJobRef job;
    job.id = u.jobId;
    job.path = QDBusObjectPath(u.jobId ? jobPath(u.jobId) : u"/"_s);
    return { { u"Id"_s, u.name }, { u"LoadState"_s, u.loadState },
        { u"ActiveState"_s, u.activeState }, { u"SubState"_s, u.subState },
        { u"UnitFileState"_s, u.unitFileState }, { u"FragmentPath"_s, u.fragmentPath },
        { u"Job"_s, QVariant::fromValue(job) } };
}

QVariantMap FakeSystemdManager::serviceProperties(const QString &name) const
{
    const FakeUnit u = m_units.value(name);
    return { { u"Result"_s, u.result.isEmpty() ? u"success"_s : u.result },
        { u"MainPID"_s, quint32(u.activeState == u"active"_s ? 4242 : 0) },
        { u"ExecMainCode"_s, 0 }, { u"ExecMainStatus"_s, 0 } };
}

} // namespace charon::test
