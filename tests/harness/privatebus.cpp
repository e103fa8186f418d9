// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "tests/harness/privatebus.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace charon::test {

namespace {
constexpr int kStartTimeoutMs = 10000;

// A session-type bus on a socket in `dir`: anyone may own any name and talk to anyone, and no
// service is activated (no <servicedir>), so only what the test puts on the bus is there.
QByteArray configFor(const QString &dir)
{
    return R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=)"
        + dir.toUtf8() + R"(</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)";
}
} // namespace

PrivateBus::PrivateBus() = default;

PrivateBus::~PrivateBus()
{
    for (const QString &name : std::as_const(m_connections))
        QDBusConnection::disconnectFromBus(name);
    if (m_daemon && m_daemon->state() != QProcess::NotRunning) {
        m_daemon->terminate();
        if (!m_daemon->waitForFinished(5000))
            m_daemon->kill();
        m_daemon->waitForFinished(5000);
    }
}

bool PrivateBus::start()
{
    if (isRunning())
        return true;
    const QString program = QStandardPaths::findExecutable(u"dbus-daemon"_s);
    if (program.isEmpty()) {
        m_skipReason = u"dbus-daemon is not installed (package dbus)"_s;
        return false;
    }
    if (!m_dir.isValid()) {
        m_skipReason = u"no temporary directory: %1"_s.arg(m_dir.errorString());
        return false;
    }
    const QString config = m_dir.filePath(u"bus.conf"_s);
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) || file.write(configFor(m_dir.path())) < 0) {
        m_skipReason = u"cannot write %1: %2"_s.arg(config, file.errorString());
        return false;
    }
    file.close();

    m_daemon = std::make_unique<QProcess>();
    m_daemon->setProcessChannelMode(QProcess::SeparateChannels);
    m_daemon->start(program, { u"--config-file="_s + config, u"--nofork"_s, u"--print-address"_s });
    if (!m_daemon->waitForStarted(kStartTimeoutMs)) {
        m_skipReason = u"dbus-daemon did not start: %1"_s.arg(m_daemon->errorString());
        return false;
    }
    // The daemon prints its address once it listens: that line is the readiness marker.
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (!m_daemon->canReadLine() && m_daemon->state() == QProcess::Running
        && !deadline.hasExpired())
        m_daemon->waitForReadyRead(int(deadline.remainingTime()));
    m_address = QString::fromUtf8(m_daemon->readLine()).trimmed();
    if (m_address.isEmpty()) {
        m_skipReason = u"dbus-daemon printed no address: %1"_s.arg(
            QString::fromUtf8(m_daemon->readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

bool PrivateBus::isRunning() const
{
    return m_daemon && m_daemon->state() == QProcess::Running && !m_address.isEmpty();
}

QDBusConnection PrivateBus::connect(const QString &label)
{
    const QString name = u"%1-%2-%3"_s.arg(label).arg(quintptr(this), 0, 16).arg(++m_count);
    m_connections.append(name);
    return QDBusConnection::connectToBus(m_address, name);
}

void PrivateBus::disconnect(const QDBusConnection &connection)
{
    const QString name = connection.name();
    m_connections.removeAll(name);
    QDBusConnection::disconnectFromBus(name);
}

} // namespace charon::test
