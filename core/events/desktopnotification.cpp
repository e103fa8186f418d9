// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/events/desktopnotification.h"

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

bool isCriticalKind(GuestEvent::Kind kind)
{
    using K = GuestEvent::Kind;
    return kind == K::Failed || kind == K::LicenseLost || kind == K::LicenseMissing
        || kind == K::LicenseExpired || kind == K::ShutdownWarning || kind == K::ManagerLost;
}

// The title for several guests sharing one kind of event.
QString groupTitle(GuestEvent::Kind kind, int n)
{
    using K = GuestEvent::Kind;
    switch (kind) {
    case K::Started:
        return DesktopNotification::tr("%1 guests started").arg(n);
    case K::Stopped:
        return DesktopNotification::tr("%1 guests stopped").arg(n);
    case K::Failed:
        return DesktopNotification::tr("%1 guests stopped with FAILURE").arg(n);
    case K::Restarting:
        return DesktopNotification::tr("%1 guests being restarted by systemd").arg(n);
    case K::JobFailed:
        return DesktopNotification::tr("%1 jobs did not succeed").arg(n);
    case K::LicenseFound:
    case K::LicenseRestored:
        return DesktopNotification::tr("License back for %1 guests").arg(n);
    case K::LicenseLost:
        return DesktopNotification::tr("License lost by %1 guests").arg(n);
    case K::LicenseMissing:
        return DesktopNotification::tr("No valid license for %1 guests").arg(n);
    case K::LicenseExpiring:
        return DesktopNotification::tr("License expiring for %1 guests").arg(n);
    case K::LicenseExpired:
        return DesktopNotification::tr("License expired for %1 guests").arg(n);
    case K::ShutdownWarning:
        return DesktopNotification::tr("%1 emulators announced a shutdown").arg(n);
    case K::OsAnswers:
        return DesktopNotification::tr("The OS of %1 guests answers").arg(n);
    case K::OsNoAnswer:
        return DesktopNotification::tr("The OS of %1 guests does not answer").arg(n);
    case K::OsProbeError:
        return DesktopNotification::tr("The OS probe failed for %1 guests").arg(n);
    case K::ManagerLost:
        return DesktopNotification::tr("The host's systemd cannot be reached");
    case K::ManagerBack:
        return DesktopNotification::tr("The host's systemd can be reached again");
    }
    return {};
}

} // namespace

DesktopNotification DesktopNotification::fromBatch(const QList<GuestEvent> &events)
{
    DesktopNotification n;
    if (events.isEmpty())
        return n;
    const GuestEvent::Kind kind = events.first().kind;
    for (const GuestEvent &e : events) {
        if (!e.guest.isEmpty() && !n.guests.contains(e.guest))
            n.guests.append(e.guest);
        if (int(e.severity) > int(n.severity))
            n.severity = e.severity;
    }
    n.urgency = isCriticalKind(kind)               ? Urgency::Critical
        : n.severity == GuestEvent::Severity::Info ? Urgency::Low
                                                   : Urgency::Normal;
    if (events.size() == 1 || n.guests.size() == 1) {
        // One guest (maybe twice in the burst): its name is the title, its latest news the body.
        const GuestEvent &e = events.last();
        n.title = e.guest.isEmpty() ? groupTitle(kind, 1) : e.guest;
        n.body = e.text;
    } else {
        n.title = groupTitle(kind, int(n.guests.isEmpty() ? events.size() : n.guests.size()));
        QStringList lines;
        for (const GuestEvent &e : events)
            lines << e.text;
        // A notification is a glance: the first lines and how many more.
        constexpr int shown = 8;
        n.body = lines.mid(0, shown).join(u'\n');
        if (lines.size() > shown)
            n.body += u'\n' + tr("… and %1 more").arg(lines.size() - shown);
    }
    if (n.guests.size() == 1) {
        const QString &guest = n.guests.first();
        n.actions.append({ u"console:"_s + guest, tr("Open console") });
        n.actions.append({ u"show:"_s + guest, tr("Show guest") });
    } else if (n.guests.size() > 1) {
        n.actions.append({ u"show:"_s + n.guests.first(), tr("Show guests") });
    }
    return n;
}

bool DesktopNotification::parseActionKey(const QString &key, QString *verb, QString *guest)
{
    const qsizetype colon = key.indexOf(u':');
    if (colon <= 0)
        return false;
    *verb = key.left(colon);
    *guest = key.mid(colon + 1);
    return !guest->isEmpty();
}

} // namespace charon::core
