// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A guest's service settings (ServiceSettings) in OUR drop-in,
// <unit>.d/50-charon-manager.conf, and nowhere else: the unit's own lines and an admin's other
// drop-ins are never written. Writes are atomic and keep the previous drop-in as <file>.bak;
// write() also hands the previous text back so a caller whose daemon-reload fails can put it
// back with restore(). Reading the values systemd applies is D-Bus business (core/settings);
// here is what the files say, and which file decides each key (keySources) so the dialog and
// `charon-vm set` can say when an admin's own drop-in overrides one of ours.

#include "core/units/servicesettings.h"
#include "core/units/unitfile.h"

#include <QByteArray>
#include <QHash>

#include <optional>

namespace charon::core {

class SettingsDropIn
{
public:
    explicit SettingsDropIn(const UnitFile &units);

    // The settings as the unit file and our drop-in say (an admin's other drop-ins are
    // overrides, reported by keySources(), not our settings). autoBoot is not a file matter
    // and stays false. nullopt with *error when the unit is missing or unreadable.
    std::optional<ServiceSettings> read(const QString &name, QString *error = nullptr) const;

    // The previous state of our drop-in, for restore().
    struct Previous
    {
        bool existed = false;
        QByteArray text;
    };
    // Writes `settings` for guest `name` into our drop-in (only if its text changes), keeping
    // the old file as .bak and its content in *previous. The unit file must exist.
    bool write(const QString &name, const ServiceSettings &settings, Previous *previous,
        QString *error) const;
    // Puts the drop-in back as it was before write() (removes it when there was none).
    bool restore(const QString &name, const Previous &previous, QString *error) const;

    // The text of our drop-in for `settings`, starting from its `existing` text (other keys and
    // comments kept) and the unit file's text `unitText` (whose ExecStartPre= list is
    // re-stated only when the pre-start script changes, and whose Description= is not copied).
    static QString render(
        const ServiceSettings &settings, const QString &existing, const QString &unitText);

    // The keys our drop-in manages, each with its section ("Unit" or "Service").
    static QList<std::pair<QString, QString>> managedKeys();
    // For each managed key, the file among `files` (the unit file first, then its drop-ins in
    // systemd's order, e.g. FragmentPath + DropInPaths) that decides its value: the last one
    // assigning it (for the lists Before=/After=/ExecStartPre=, the last one resetting it, else
    // the first one adding to it). Keys no file sets are absent.
    static QHash<QString, QString> keySources(const QStringList &files);
    // The keys our drop-in at `ourPath` sets whose value a later file in `files` decides
    // instead, with that file: "TimeoutStopSec" -> "/etc/.../override.conf".
    static QHash<QString, QString> overrides(const QString &ourPath, const QStringList &files);

private:
    UnitFile m_units;
};

} // namespace charon::core
