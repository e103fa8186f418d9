// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Enable or disable guest unit files (auto-boot on/off), then Manager.Reload: systemd does not
// refresh UnitFileState and friends by itself after an enablement change. Ends after the
// reload has finished, so properties read afterwards are current.

#include "core/systemd/systemdjob.h"

#include <QStringList>

namespace charon::core {

class UnitFilesJob : public SystemdJob
{
    Q_OBJECT

public:
    enum class Operation { Enable, Disable };
    struct Change
    {
        QString type; // symlink, unlink
        QString file;
        QString destination;
    };

    UnitFilesJob(SystemdConnection *connection, Operation operation, const QStringList &units,
        QObject *parent);

    Operation operation() const { return m_operation; }
    QStringList units() const { return m_units; }
    QList<Change> changes() const { return m_changes; }

private:
    void readChanges(const QVariant &value);
    void reload();

    Operation m_operation;
    QStringList m_units;
    QString m_lead;
    QList<Change> m_changes;
};

} // namespace charon::core
