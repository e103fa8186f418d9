// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Before an emulator starts, every offload feature of the host NICs it uses is turned off,
// as the toolkit does: Charon exchanges raw Ethernet frames with a dedicated NIC, and segment
// or checksum offloads hand it frames no real network would carry. Asks `ethtool -k IFACE`
// which features are on and changeable, then runs one `ethtool -K IFACE f1 off f2 off ...`.
// Asynchronous (QProcess, argv only).

#include <QObject>
#include <QStringList>

#include <functional>

namespace charon::core {

class NicOffload : public QObject
{
    Q_OBJECT

public:
    explicit NicOffload(QObject *parent = nullptr);
    void setEthtool(const QString &program) { m_ethtool = program; }

    // Emits finished() once for this interface.
    void disable(const QString &interface);

    // From `ethtool -k` output: the top-level offload features that are on and not [fixed].
    static QStringList featuresToDisable(const QByteArray &ethtoolShowOutput);

Q_SIGNALS:
    // ok: everything that could be turned off is off; message says what happened or failed.
    void finished(const QString &interface, bool ok, const QString &message);

private:
    void run(const QString &interface, const QStringList &args,
        const std::function<void(bool, const QByteArray &, const QString &)> &then);
    QString m_ethtool = QStringLiteral("ethtool");
};

} // namespace charon::core
