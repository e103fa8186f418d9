// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The D-Bus link to one host's systemd manager: the system bus (default), the session bus of
// the user's own manager (`--user`), a bus address (a remote host through `unixexec:` and
// systemd-stdio-bridge), or a connection made by someone else (tests). All scopes go through
// the same code: one bus connection, the manager's signals re-emitted as typed Qt signals, and
// every method call sent through asyncCall(), which allows interactive authorization (polkit)
// and counts messages so a test can prove the product is silent while idle.
//
// Loss and return. Two things can go away independently:
//  - the manager (restart, `daemon-reexec`): the bus reports the owner of
//    org.freedesktop.systemd1 changing (QDBusServiceWatcher, i.e. NameOwnerChanged); we emit
//    managerVanished() then managerAppeared() when a new owner registers;
//  - the bus itself (dbus-daemon killed, remote bridge gone): libdbus delivers the local
//    Disconnected signal; we emit busDisconnected() (and managerVanished()) and reopen the
//    connection with exponential backoff (0.25 s doubling to 30 s). The backoff timer runs only
//    while the bus is down, so an idle, healthy connection sends nothing at all.
// A connection handed in by the caller cannot be reopened (we do not know how it was made):
// after it dies the object stays down.

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QObject>
#include <QTimer>
#include <QVariantMap>

#include <optional>

class QDBusServiceWatcher;

namespace charon::core {

class SystemdConnection : public QObject
{
    Q_OBJECT

public:
    enum class Scope { System, User };

    explicit SystemdConnection(Scope scope = Scope::System, QObject *parent = nullptr);
    // A bus at a D-Bus address, e.g.
    // "unixexec:path=/usr/bin/ssh,argv1=-xT,argv2=host,argv3=systemd-stdio-bridge".
    explicit SystemdConnection(const QString &address, QObject *parent = nullptr);
    // An open connection made by the caller; never reopened.
    explicit SystemdConnection(const QDBusConnection &bus, QObject *parent = nullptr);
    ~SystemdConnection() override;

    QDBusConnection bus() const { return m_bus; }
    bool isBusConnected() const { return m_bus.isConnected(); }
    bool isManagerPresent() const { return !m_managerOwner.isEmpty(); }
    // Whether the manager's files (configs, scripts) are on this machine's file system.
    bool isLocal() const { return m_local; }
    // Which of this machine's own managers this is (the system's or the user's), for reading
    // its files directly; nullopt for a bus address or a connection handed in.
    std::optional<Scope> localScope() const;
    // "system bus", "user bus", or the address: for messages.
    QString description() const;
    // Why the bus could not be opened (libdbus's sentence), "" while connected.
    QString busError() const { return m_busError; }

    // The one way product code talks to systemd. Never blocks.
    QDBusPendingCall asyncCall(QDBusMessage message, int timeoutMs = -1);
    // Messages sent through asyncCall() since construction (tests: idle means zero).
    quint64 sentMessageCount() const { return m_sent; }

    static QDBusMessage managerCall(const QString &method, const QVariantList &args = {});
    static QDBusMessage propertiesGetAll(const QString &path, const QString &interface);
    static QDBusMessage propertyGet(
        const QString &path, const QString &interface, const QString &property);

    static const QString Service; // org.freedesktop.systemd1
    static const QString ManagerPath;
    static const QString ManagerInterface;
    static const QString UnitInterface;
    static const QString ServiceInterface;
    static const QString JobInterface;

Q_SIGNALS:
    void busConnected();
    void busDisconnected(const QString &reason);
    void managerAppeared();
    void managerVanished(const QString &reason);
    // The bus could not be (re)opened: `why` (busError()), and the next attempt in `delayMs`.
    void reopenScheduled(int delayMs, const QString &why);

    // The manager's signals (Subscribe() is needed for most of them).
    void unitNew(const QString &unit, const QString &path);
    void unitRemoved(const QString &unit, const QString &path);
    void jobNew(quint32 id, const QString &jobPath, const QString &unit);
    void jobRemoved(quint32 id, const QString &jobPath, const QString &unit, const QString &result);
    void reloading(bool active);
    void unitFilesChanged();
    // org.freedesktop.DBus.Properties.PropertiesChanged on any systemd object.
    void propertiesChanged(const QString &path, const QString &interface,
        const QVariantMap &changed, const QStringList &invalidated);

private Q_SLOTS:
    // QDBusConnection::connect needs slots by name; each takes the whole message so that the
    // argument types are checked here rather than by a signature match that can fail silently.
    void onManagerSignal(const QDBusMessage &message);
    void onPropertiesChanged(const QDBusMessage &message);
    void onLocalDisconnected();

private:
    void attach(); // hooks and watcher on m_bus, then asks who owns the manager's name
    void openBus();
    void scheduleReopen();
    void onOwnerChanged(const QString &service, const QString &oldOwner, const QString &newOwner);
    void setManagerOwner(const QString &owner, const QString &reason);

    enum class Kind { System, User, Address, Given };
    Kind m_kind;
    QString m_address;
    QString m_connectionName;
    QDBusConnection m_bus;
    QDBusServiceWatcher *m_watcher = nullptr;
    QString m_managerOwner;
    QTimer m_reopenTimer;
    int m_reopenDelayMs = 250;
    int m_openCount = 0;
    quint64 m_sent = 0;
    bool m_local = true;
    bool m_down = false; // the bus connection died and is not reopened yet
    QString m_busError;
};

} // namespace charon::core
