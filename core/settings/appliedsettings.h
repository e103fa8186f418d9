// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A guest's service settings twice: as its files say (`configured`, what the dialog edits) and
// as systemd applies them after the last daemon-reload (`applied`, from the D-Bus properties
// TimeoutStartUSec, TimeoutStopUSec, Restart, RestartUSec, StartLimitBurst,
// StartLimitIntervalUSec, OOMScoreAdjust, Description, Before, After, ExecStartPre,
// UnitFileState), plus, per unit-file key, the file that decides it and the keys of our drop-in
// that a later (admin's) drop-in overrides.

#include "core/units/servicesettings.h"

#include <QHash>
#include <QMetaType>
#include <QStringList>
#include <QVariantMap>

namespace charon::core {

struct AppliedSettings
{
    ServiceSettings configured;
    ServiceSettings applied;
    QString dropInPath; // our drop-in
    QStringList files; // FragmentPath then DropInPaths, in systemd's order
    QHash<QString, QString> sources; // unit-file key -> the file deciding it
    QHash<QString, QString> overriddenBy; // key our drop-in sets -> the later file setting it

    // `applied` from the GetAll maps of org.freedesktop.systemd1.Unit and .Service.
    static ServiceSettings fromProperties(const QVariantMap &unit, const QVariantMap &service);
    // The file paths systemd read the unit from (FragmentPath, DropInPaths).
    static QStringList filesFromProperties(const QVariantMap &unit);
};

} // namespace charon::core

Q_DECLARE_METATYPE(charon::core::AppliedSettings)
