// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/systemd/systemdconnection.h"

#include <QDBusArgument>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusServiceWatcher>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace charon::core {

const QString SystemdConnection::Service = u"org.freedesktop.systemd1"_s;
const QString SystemdConnection::ManagerPath = u"/org/freedesktop/systemd1"_s;
const QString SystemdConnection::ManagerInterface = u"org.freedesktop.systemd1.Manager"_s;
const QString SystemdConnection::UnitInterface = u"org.freedesktop.systemd1.Unit"_s;
const QString SystemdConnection::ServiceInterface = u"org.freedesktop.systemd1.Service"_s;
const QString SystemdConnection::JobInterface = u"org.freedesktop.systemd1.Job"_s;

namespace {
constexpr int kMaxReopenDelayMs = 30000;
const QString kDBusService = u"org.freedesktop.DBus"_s;
const QString kDBusPath = u"/org/freedesktop/DBus"_s;
const QString kPropertiesInterface = u"org.freedesktop.DBus.Properties"_s;

// A value inside a D-Bus address: bytes outside [-0-9A-Za-z_/.\\*] as %XX.
QString escapeAddressValue(const QString &value)
{
    QString out;
    for (const char c : value.toUtf8()) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
            || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '/' || c == '.' || c == '\\'
            || c == '*';
        if (plain)
            out += QLatin1Char(c);
        else
            out += u'%' + QString::number(uchar(c), 16).rightJustified(2, u'0');
    }
    return out;
}
} // namespace

SystemdConnection::SystemdConnection(Scope scope, QObject *parent)
    : QObject(parent)
    , m_kind(scope == Scope::System ? Kind::System : Kind::User)
    , m_bus(QString())
{
    m_reopenTimer.setSingleShot(true);
    connect(&m_reopenTimer, &QTimer::timeout, this, &SystemdConnection::openBus);
    openBus();
}

SystemdConnection::SystemdConnection(const QString &address, QObject *parent)
    : QObject(parent)
    , m_kind(Kind::Address)
    , m_address(address)
    , m_bus(QString())
    , m_local(!address.startsWith(u"unixexec:"_s) && !address.startsWith(u"tcp:"_s))
{
    m_reopenTimer.setSingleShot(true);
    connect(&m_reopenTimer, &QTimer::timeout, this, &SystemdConnection::openBus);
    openBus();
}

SystemdConnection::SystemdConnection(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_kind(Kind::Given)
    , m_bus(bus)
{
    m_down = !m_bus.isConnected();
    if (!m_down)
        attach();
    else
        m_busError = m_bus.lastError().message();
}

SystemdConnection::~SystemdConnection()
{
    delete m_watcher;
    m_watcher = nullptr;
    if (m_kind != Kind::Given && !m_connectionName.isEmpty()) {
        m_bus = QDBusConnection(QString());
        QDBusConnection::disconnectFromBus(m_connectionName);
    }
}

std::optional<SystemdConnection::Scope> SystemdConnection::localScope() const
{
    if (m_kind == Kind::System)
        return Scope::System;
    if (m_kind == Kind::User)
        return Scope::User;
    return std::nullopt;
}

QString SystemdConnection::description() const
{
    switch (m_kind) {
    case Kind::System:
        return tr("system bus");
    case Kind::User:
        return tr("user bus");
    case Kind::Address:
        return m_address;
    case Kind::Given:
        break;
    }
    return m_bus.name();
}

void SystemdConnection::openBus()
{
    if (m_kind == Kind::Given)
        return;
    if (!m_connectionName.isEmpty()) {
        m_bus = QDBusConnection(QString());
        QDBusConnection::disconnectFromBus(m_connectionName);
    }
    // A fresh name each time: Qt keeps a dead connection under its old name until released.
    m_connectionName = u"charon-systemd-%1-%2"_s.arg(quintptr(this), 0, 16).arg(++m_openCount);
    // Connecting is the one step libdbus does synchronously (socket connect + Hello): fast for
    // local buses, and it fails at once when the socket is gone.
    switch (m_kind) {
    case Kind::System:
        m_bus = QDBusConnection::connectToBus(QDBusConnection::SystemBus, m_connectionName);
        break;
    case Kind::User: {
        // Like systemctl --user: without a session bus address (su, ssh, cron), the user
        // manager's bus is still at $XDG_RUNTIME_DIR/bus.
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") && !runtime.isEmpty()
            && QFileInfo::exists(runtime + u"/bus"_s))
            m_bus = QDBusConnection::connectToBus(
                u"unix:path="_s + escapeAddressValue(runtime + u"/bus"_s), m_connectionName);
        else
            m_bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_connectionName);
        break;
    }
    case Kind::Address:
        m_bus = QDBusConnection::connectToBus(m_address, m_connectionName);
        break;
    case Kind::Given:
        return;
    }
    if (!m_bus.isConnected()) {
        m_down = true;
        m_busError = m_bus.lastError().message();
        if (m_busError.isEmpty())
            m_busError = tr("no bus at this address");
        scheduleReopen();
        return;
    }
    m_down = false;
    m_busError.clear();
    m_reopenDelayMs = 250;
    attach();
    Q_EMIT busConnected();
}

void SystemdConnection::scheduleReopen()
{
    if (m_kind == Kind::Given || m_reopenTimer.isActive())
        return;
    m_reopenTimer.start(m_reopenDelayMs);
    const int delay = m_reopenDelayMs;
    m_reopenDelayMs = qMin(m_reopenDelayMs * 2, kMaxReopenDelayMs);
    // Queued: the constructor's first attempt must reach whoever connects right after it.
    QMetaObject::invokeMethod(
        this, [this, delay] { Q_EMIT reopenScheduled(delay, m_busError); }, Qt::QueuedConnection);
}

void SystemdConnection::attach()
{
    m_bus.connect(QString(), u"/org/freedesktop/DBus/Local"_s, u"org.freedesktop.DBus.Local"_s,
        u"Disconnected"_s, this, SLOT(onLocalDisconnected()));
    // An empty member name: every signal of the Manager interface, one match rule.
    m_bus.connect(Service, ManagerPath, ManagerInterface, QString(), this,
        SLOT(onManagerSignal(QDBusMessage)));
    // An empty path: every unit. One match rule instead of one per guest; the monitor keeps
    // the paths it knows.
    m_bus.connect(Service, QString(), kPropertiesInterface, u"PropertiesChanged"_s, this,
        SLOT(onPropertiesChanged(QDBusMessage)));

    if (!m_watcher) {
        m_watcher = new QDBusServiceWatcher(
            Service, m_bus, QDBusServiceWatcher::WatchForOwnerChange, this);
        connect(m_watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
            &SystemdConnection::onOwnerChanged);
    } else {
        m_watcher->setConnection(m_bus);
    }

    QDBusMessage ask
        = QDBusMessage::createMethodCall(kDBusService, kDBusPath, kDBusService, u"GetNameOwner"_s);
    ask.setArguments({ Service });
    auto *watcher = new QDBusPendingCallWatcher(asyncCall(ask), this);
    const QDBusConnection asked = m_bus;
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
        [this, asked](QDBusPendingCallWatcher *w) {
            w->deleteLater();
            if (asked.name() != m_bus.name())
                return; // answer from a connection we have since replaced
            const QDBusMessage reply = w->reply();
            if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty())
                setManagerOwner(reply.arguments().constFirst().toString(), {});
            // NameHasNoOwner: the manager registers later; the watcher will tell.
        });
}

QDBusPendingCall SystemdConnection::asyncCall(QDBusMessage message, int timeoutMs)
{
    message.setInteractiveAuthorizationAllowed(true);
    if (m_bus.isConnected())
        ++m_sent;
    return m_bus.asyncCall(message, timeoutMs);
}

QDBusMessage SystemdConnection::managerCall(const QString &method, const QVariantList &args)
{
    QDBusMessage m = QDBusMessage::createMethodCall(Service, ManagerPath, ManagerInterface, method);
    m.setArguments(args);
    return m;
}

QDBusMessage SystemdConnection::propertiesGetAll(const QString &path, const QString &interface)
{
    QDBusMessage m
        = QDBusMessage::createMethodCall(Service, path, kPropertiesInterface, u"GetAll"_s);
    m.setArguments({ interface });
    return m;
}

QDBusMessage SystemdConnection::propertyGet(
    const QString &path, const QString &interface, const QString &property)
{
    QDBusMessage m = QDBusMessage::createMethodCall(Service, path, kPropertiesInterface, u"Get"_s);
    m.setArguments({ interface, property });
    return m;
}

void SystemdConnection::onOwnerChanged(const QString &, const QString &, const QString &newOwner)
{
    // The bus tells when a new manager registers (NameOwnerChanged): no retry loop is needed.
    setManagerOwner(newOwner,
        tr("the systemd manager left the %1 (it has exited or is restarting); waiting for it to "
           "come back")
            .arg(description()));
}

void SystemdConnection::setManagerOwner(const QString &owner, const QString &reason)
{
    if (owner == m_managerOwner)
        return;
    const bool wasPresent = !m_managerOwner.isEmpty();
    if (wasPresent && !owner.isEmpty())
        setManagerOwner(QString(), reason);
    m_managerOwner = owner;
    if (owner.isEmpty())
        Q_EMIT managerVanished(reason);
    else
        Q_EMIT managerAppeared();
}

void SystemdConnection::onLocalDisconnected()
{
    if (m_down)
        return;
    m_down = true;
    const QString reason = tr("lost the connection to the %1").arg(description());
    m_busError = reason;
    if (!m_managerOwner.isEmpty()) {
        m_managerOwner.clear();
        Q_EMIT managerVanished(reason);
    }
    Q_EMIT busDisconnected(reason);
    scheduleReopen();
}

void SystemdConnection::onManagerSignal(const QDBusMessage &message)
{
    const QVariantList a = message.arguments();
    const QString member = message.member();
    auto path = [&a](int i) { return a.value(i).value<QDBusObjectPath>().path(); };
    if (member == u"UnitNew"_s && a.size() >= 2)
        Q_EMIT unitNew(a.at(0).toString(), path(1));
    else if (member == u"UnitRemoved"_s && a.size() >= 2)
        Q_EMIT unitRemoved(a.at(0).toString(), path(1));
    else if (member == u"JobNew"_s && a.size() >= 3)
        Q_EMIT jobNew(a.at(0).toUInt(), path(1), a.at(2).toString());
    else if (member == u"JobRemoved"_s && a.size() >= 4)
        Q_EMIT jobRemoved(a.at(0).toUInt(), path(1), a.at(2).toString(), a.at(3).toString());
    else if (member == u"Reloading"_s && a.size() >= 1)
        Q_EMIT reloading(a.at(0).toBool());
    else if (member == u"UnitFilesChanged"_s)
        Q_EMIT unitFilesChanged();
}

void SystemdConnection::onPropertiesChanged(const QDBusMessage &message)
{
    const QVariantList a = message.arguments();
    if (a.size() < 3)
        return;
    Q_EMIT propertiesChanged(message.path(), a.at(0).toString(), qdbus_cast<QVariantMap>(a.at(1)),
        a.at(2).toStringList());
}

} // namespace charon::core
