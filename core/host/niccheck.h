// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The toolkit's four checks on the host NICs a guest's configuration uses: (1) the interface
// does not exist (/sys/class/net), (2) it is still managed by the network configuration tool
// (NetworkManager, asked with `nmcli -t -f DEVICE,STATE device` when installed, and/or an
// ifupdown `iface` stanza whose method is not `manual`) while a dedicated NIC should be left
// alone, (3) another guest's configuration uses it too, (4) it has an IP address.
// nmcli runs asynchronously (QProcess, argv only); everything else is a cheap file read.
// The roots are constructor arguments so tests can point at a fake sysfs and interfaces file.

#include "core/domain/guest.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

class QProcess;

namespace charon::core {

class NicChecker : public QObject
{
    Q_OBJECT

public:
    struct Roots
    {
        QString sysClassNet = QStringLiteral("/sys/class/net");
        QString interfacesFile = QStringLiteral("/etc/network/interfaces");
        QString nmcli = QStringLiteral("nmcli"); // "" to skip NetworkManager
    };

    explicit NicChecker(QObject *parent = nullptr);
    NicChecker(const Roots &roots, QObject *parent = nullptr);

    // Starts checking `guest` (its NICs come from guest.config.nics) against `allGuests`;
    // finished() follows, also when nmcli is missing or fails (check (2) then relies on
    // ifupdown alone). Several checks may run at once.
    void check(const Guest &guest, const QList<Guest> &allGuests);
    // The same for several guests at once, with one nmcli run: one finished() per guest.
    void check(const QList<Guest> &guests, const QList<Guest> &allGuests);

    // The checks themselves, given the devices NetworkManager manages.
    QList<NicCheck> evaluate(const Guest &guest, const QList<Guest> &allGuests,
        const QSet<QString> &networkManagerManaged) const;
    // The same with the ifupdown-managed set already read (one read serves a whole batch).
    QList<NicCheck> evaluate(const Guest &guest, const QList<Guest> &allGuests,
        const QSet<QString> &networkManagerManaged, const QSet<QString> &ifupdown) const;
    // Interfaces with a non-manual `iface` stanza in the interfaces file (and files it sources).
    QSet<QString> ifupdownManaged() const;
    // From `nmcli -t -f DEVICE,STATE device` output: devices whose state is not "unmanaged".
    static QSet<QString> parseNmcliDevices(const QByteArray &output);

Q_SIGNALS:
    void finished(const QString &guestName, const QList<charon::core::NicCheck> &checks);

private:
    Roots m_roots;
};

} // namespace charon::core
