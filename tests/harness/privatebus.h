// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A private D-Bus message bus for one test: a `dbus-daemon` of our own, listening on a socket in
// a temporary directory, with a policy that lets every connection own any name. Tests put a
// scripted peer on it (FakeSystemdManager) and point the product at a second connection, so the
// messages between them go through a real bus daemon with real ordering, and nothing else is on
// the bus. The daemon and every connection made here end with the object.
//
// Starting is synchronous (a few milliseconds): fine in tests, never in the product. When the
// daemon cannot start, skipReason() says why and the test QSKIPs with it.

#include <QDBusConnection>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace charon::test {

class PrivateBus
{
public:
    PrivateBus();
    ~PrivateBus();
    PrivateBus(const PrivateBus &) = delete;
    PrivateBus &operator=(const PrivateBus &) = delete;

    // Starts the daemon; false (with skipReason()) when it cannot run here.
    bool start();
    bool isRunning() const;
    QString skipReason() const { return m_skipReason; }
    QString address() const { return m_address; }

    // A new connection to the bus, named `<label>-<n>` in QtDBus; closed by the destructor
    // unless closed before with disconnect().
    QDBusConnection connect(const QString &label);
    void disconnect(const QDBusConnection &connection);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_daemon;
    QString m_address;
    QString m_skipReason;
    QStringList m_connections;
    int m_count = 0;
};

} // namespace charon::test

// Inside a test function: start `bus` or skip the test with the reason. The words match the
// SKIP_REGULAR_EXPRESSION of tests/CMakeLists.txt, so CTest reports the suite as skipped: the
// scripted manager cannot run without its bus.
#define CHARON_REQUIRE_PRIVATE_BUS(bus)                                                            \
    do {                                                                                           \
        if (!(bus).start())                                                                        \
            QSKIP(qPrintable(                                                                      \
                QStringLiteral("harness: cannot run a systemd manager here: no private D-Bus "     \
                               "daemon: ")                                                         \
                + (bus).skipReason()));                                                            \
    } while (false)
