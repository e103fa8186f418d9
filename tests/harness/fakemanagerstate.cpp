// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "tests/harness/fakemanagerstate.h"

#include "core/systemd/systemdconnection.h"
#include "core/systemd/unitproperties.h"

#include <QDBusArgument>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QRegularExpression>

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

FakeManagerState::FakeManagerState()
{
    static const bool registered = [] {
        qDBusRegisterMetaType<FakeJobRef>();
        qDBusRegisterMetaType<FakeFileRow>();
        qDBusRegisterMetaType<QList<FakeFileRow>>();
        qDBusRegisterMetaType<FakeUnitRow>();
        qDBusRegisterMetaType<QList<FakeUnitRow>>();
        return true;
    }();
    Q_UNUSED(registered);
}

void FakeManagerState::setUnit(const FakeUnit &unit)
{
    m_units.insert(unit.name, unit);
}

void FakeManagerState::removeUnit(const QString &name)
{
    m_units.remove(name);
}

FakeUnit *FakeManagerState::unit(const QString &name)
{
    const auto it = m_units.find(name);
    return it == m_units.end() ? nullptr : &it.value();
}

void FakeManagerState::forgetJobs()
{
    m_jobs.clear();
    for (FakeUnit &u : m_units)
        u.jobId = 0;
}

void FakeManagerState::jobEnded(quint32 id)
{
    m_jobs.remove(id);
    for (FakeUnit &u : m_units) {
        if (u.jobId == id)
            u.jobId = 0;
    }
}

QString FakeManagerState::jobPath(quint32 id)
{
    return u"/org/freedesktop/systemd1/job/%1"_s.arg(id);
}

QDBusMessage FakeManagerState::answer(const QDBusMessage &call)
{
    if (call.interface() == kPropertiesInterface)
        return answerProperties(call);
    if (call.interface() == SystemdConnection::ManagerInterface
        && call.path() == SystemdConnection::ManagerPath)
        return answerManager(call);
    return call.createErrorReply(u"org.freedesktop.DBus.Error.UnknownMethod"_s,
        u"the fake manager does not know %1.%2"_s.arg(call.interface(), call.member()));
}

QDBusMessage FakeManagerState::answerManager(const QDBusMessage &call)
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
    return call.createErrorReply(u"org.freedesktop.DBus.Error.UnknownMethod"_s,
        u"the fake manager does not implement %1"_s.arg(member));
}

QDBusMessage FakeManagerState::answerProperties(const QDBusMessage &call) const
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

QVariantMap FakeManagerState::unitProperties(const QString &name) const
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

QVariantMap FakeManagerState::serviceProperties(const QString &name) const
{
    const FakeUnit u = m_units.value(name);
    return { { u"Result"_s, u.result.isEmpty() ? u"success"_s : u.result },
        { u"MainPID"_s, quint32(u.activeState == u"active"_s ? 4242 : 0) },
        { u"ExecMainCode"_s, 0 }, { u"ExecMainStatus"_s, 0 } };
}

} // namespace charon::test
