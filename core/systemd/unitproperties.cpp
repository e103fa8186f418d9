// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/systemd/unitproperties.h"

#include "core/systemd/systemdconnection.h"

#include <QDBusArgument>
#include <QDBusObjectPath>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {
const QString kUnitPathPrefix = u"/org/freedesktop/systemd1/unit/"_s;

const QStringList &unitProperties()
{
    static const QStringList names { u"Id"_s, u"LoadState"_s, u"ActiveState"_s, u"SubState"_s,
        u"UnitFileState"_s, u"FragmentPath"_s, u"ActiveEnterTimestamp"_s,
        u"InactiveEnterTimestamp"_s, u"StateChangeTimestamp"_s, u"Job"_s, u"DropInPaths"_s,
        u"NeedDaemonReload"_s, u"InvocationID"_s };
    return names;
}

const QStringList &serviceProperties()
{
    static const QStringList names { u"ExecStart"_s, u"ExecStartPre"_s, u"WorkingDirectory"_s,
        u"TimeoutStartUSec"_s, u"TimeoutStopUSec"_s, u"OOMScoreAdjust"_s, u"Restart"_s,
        u"ExecMainCode"_s, u"ExecMainStatus"_s, u"MainPID"_s, u"Result"_s };
    return names;
}

bool isStaticCommand(const QString &property)
{
    return property == u"ExecStart"_s || property == u"ExecStartPre"_s;
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}
} // namespace

bool UnitPropertyCodec::isUsed(const QString &interface, const QString &property)
{
    if (interface == SystemdConnection::UnitInterface)
        return unitProperties().contains(property);
    if (interface == SystemdConnection::ServiceInterface)
        return serviceProperties().contains(property);
    return false;
}

QVariantMap UnitPropertyCodec::normalize(const QString &interface, const QVariantMap &raw)
{
    QVariantMap out;
    for (auto it = raw.cbegin(); it != raw.cend(); ++it) {
        if (!isUsed(interface, it.key()))
            continue;
        if (isStaticCommand(it.key()))
            out.insert(it.key(), QVariant::fromValue(execCommands(it.value())));
        else if (it.key() == u"Job"_s)
            out.insert(it.key(), QVariant::fromValue(jobRef(it.value())));
        else
            out.insert(it.key(), it.value());
    }
    return out;
}

bool UnitPropertyCodec::needsRefetch(const QString &interface, const QStringList &invalidated)
{
    for (const QString &property : invalidated) {
        if (isUsed(interface, property) && !isStaticCommand(property))
            return true;
    }
    return false;
}

namespace {
// a(sasbttttuii): path, argv, ignore-failure, 4 timestamps, pid, code, status. Appends the
// commands and/or the pid of each one's last run.
void decodeExec(const QVariant &value, QList<ExecCommand> *commands, QList<quint32> *pids)
{
    if (value.metaType() != QMetaType::fromType<QDBusArgument>())
        return;
    const QDBusArgument arg = value.value<QDBusArgument>();
    if (arg.currentSignature() != u"a(sasbttttuii)"_s)
        return;
    arg.beginArray();
    while (!arg.atEnd()) {
        ExecCommand command;
        bool ignoreFailure = false;
        quint64 t1 = 0, t2 = 0, t3 = 0, t4 = 0;
        quint32 pid = 0;
        qint32 code = 0, status = 0;
        arg.beginStructure();
        arg >> command.path >> command.argv >> ignoreFailure >> t1 >> t2 >> t3 >> t4 >> pid >> code
            >> status;
        arg.endStructure();
        if (commands)
            commands->append(command);
        if (pids && pid != 0)
            pids->append(pid);
    }
    arg.endArray();
}
} // namespace

QList<ExecCommand> UnitPropertyCodec::execCommands(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<QList<ExecCommand>>())
        return value.value<QList<ExecCommand>>();
    QList<ExecCommand> commands;
    decodeExec(value, &commands, nullptr);
    return commands;
}

QList<quint32> UnitPropertyCodec::lastRunPids(const QVariantMap &rawService)
{
    QList<quint32> pids;
    for (const QString &name : { u"ExecStartPre"_s, u"ExecStart"_s, u"ExecStartPost"_s,
             u"ExecStop"_s, u"ExecStopPost"_s })
        decodeExec(rawService.value(name), nullptr, &pids);
    const quint32 mainPid = rawService.value(u"ExecMainPID"_s).toUInt();
    if (mainPid != 0 && !pids.contains(mainPid))
        pids.append(mainPid);
    return pids;
}

JobRef UnitPropertyCodec::jobRef(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<JobRef>())
        return value.value<JobRef>();
    JobRef job;
    if (value.metaType() != QMetaType::fromType<QDBusArgument>())
        return job;
    const QDBusArgument arg = value.value<QDBusArgument>();
    if (arg.currentSignature() != u"(uo)"_s)
        return job;
    QDBusObjectPath path;
    arg.beginStructure();
    arg >> job.id >> path;
    arg.endStructure();
    job.path = path.path();
    return job;
}

QString UnitPropertyCodec::unitObjectPath(const QString &unit)
{
    QString path = kUnitPathPrefix;
    if (unit.isEmpty())
        return path + u'_';
    const QByteArray bytes = unit.toUtf8();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool digit = c >= '0' && c <= '9';
        if (alpha || (digit && i > 0))
            path += QLatin1Char(c);
        else
            path += u'_' + QString::number(uchar(c), 16).rightJustified(2, u'0');
    }
    return path;
}

QString UnitPropertyCodec::unitFromObjectPath(const QString &path)
{
    if (!path.startsWith(kUnitPathPrefix))
        return {};
    const QString encoded = path.mid(kUnitPathPrefix.size());
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const QChar c = encoded.at(i);
        if (c == u'_' && i + 2 < encoded.size() && isHexDigit(encoded.at(i + 1))
            && isHexDigit(encoded.at(i + 2))) {
            out.append(char(encoded.mid(i + 1, 2).toUInt(nullptr, 16)));
            i += 2;
        } else {
            out.append(char(c.toLatin1()));
        }
    }
    return QString::fromUtf8(out);
}

} // namespace charon::core
