// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
//
// What one desktop notification says, made from a burst of events of one kind: the title and
// body people read, the urgency (critical for a FAILURE, a lost or missing license, a shutdown
// warning, the manager lost), and the actions offered ("Open console", "Show guest" for one
// guest; "Show guests" for several). Action keys carry the guest: "console:NAME", "show:NAME".
#pragma once

#include "core/domain/guestevent.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace charon::core {

struct DesktopNotification
{
    Q_DECLARE_TR_FUNCTIONS(DesktopNotification)

public:
    enum class Urgency { Low = 0, Normal = 1, Critical = 2 }; // the spec's byte values

    QString title;
    QString body;
    Urgency urgency = Urgency::Normal;
    GuestEvent::Severity severity = GuestEvent::Severity::Info;
    QList<QPair<QString, QString>> actions; // key, label
    QStringList guests; // the guests it names, in order

    static DesktopNotification fromBatch(const QList<GuestEvent> &events);
    // Splits an action key into its verb ("console", "show") and guest.
    static bool parseActionKey(const QString &key, QString *verb, QString *guest);
};

} // namespace charon::core
