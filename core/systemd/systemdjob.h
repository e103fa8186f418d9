// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Base of every request to systemd: a small object that sends its D-Bus calls at once,
// asynchronously, and ends in exactly one finished() carrying either success (with the
// subclass's result) or a SystemdError. It deletes itself after finished(): read the result in
// the slot, do not keep the pointer. finished() is never emitted before the function that
// created the job has returned, so connecting right after creation is always in time.

#include "core/systemd/systemderror.h"

#include <QDBusMessage>
#include <QObject>

#include <functional>

namespace charon::core {

class SystemdConnection;

class SystemdJob : public QObject
{
    Q_OBJECT

public:
    bool isFinished() const { return m_finished; }
    bool isError() const { return m_error.isError(); }
    const SystemdError &error() const { return m_error; }
    QString errorString() const { return m_error.message; }

Q_SIGNALS:
    void finished(charon::core::SystemdJob *job);

protected:
    SystemdJob(SystemdConnection *connection, QObject *parent);

    SystemdConnection *connection() const { return m_connection; }
    // Sends `message`; `onReply` runs with the reply. A D-Bus error fails the job with the
    // error mapped under `what` ("Starting hpux-prod failed"), unless `onError` is given and
    // returns true (it handled the error).
    void send(const QDBusMessage &message, const QString &what,
        std::function<void(const QDBusMessage &)> onReply,
        std::function<bool(const QDBusMessage &)> onError = {}, int timeoutMs = -1);
    void succeed();
    void fail(const SystemdError &error);

    // Requests that may wait for a polkit password dialog get minutes, not D-Bus's 25 s.
    static constexpr int InteractiveTimeoutMs = 5 * 60 * 1000;

private:
    void finish();

    SystemdConnection *m_connection;
    SystemdError m_error;
    bool m_finished = false;
};

} // namespace charon::core
