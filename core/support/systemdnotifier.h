// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The sd_notify protocol without libsystemd: one datagram ("READY=1", "STOPPING=1", ...) to
// the unix socket named by $NOTIFY_SOCKET, which systemd sets for Type=notify services.
// With it a slow start shows as ACTIVATING until the console port really listens.

#include <QByteArray>

namespace charon::core {

class SystemdNotifier
{
public:
    // False when $NOTIFY_SOCKET is not set or the datagram could not be sent.
    static bool notify(const QByteArray &state);
};

} // namespace charon::core
