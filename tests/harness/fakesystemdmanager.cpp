// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "tests/harness/fakesystemdmanager.h"

#include "core/systemd/systemdconnection.h"
#include "core/systemd/unitproperties.h"

#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QTest>

using namespace Qt::StringLiterals;
using charon::core::SystemdConnection;
using charon::core::UnitPropertyCodec;

namespace charon::test {

namespace {
const QString kPropertiesInterface = u"org.freedesktop.DBus.Properties"_s;
const QString kMarkerInterface = u"org.charon.test.FakeManager"_s;
} // namespace

FakeSystemdManager::FakeSystemdManager(const QDBusConnection &bus)
    : m_bus(bus)
{ }

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
    m_state.jobEnded(id);
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
    QVariantMap changed = m_state.unitProperties(unit);
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
    // The one call whose answer includes signals: systemd announces a reload around it.
    if (call.interface() == SystemdConnection::ManagerInterface && call.member() == u"Reload"_s) {
        emitReloading(true);
        emitReloading(false);
        return call.createReply();
    }
    return m_state.answer(call);
}

} // namespace charon::test
