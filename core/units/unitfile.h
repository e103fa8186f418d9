// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Reads and writes the systemd units that ARE the guests: charon-guest-<name>.service in the
// system (/etc/systemd/system) or user ($XDG_CONFIG_HOME/systemd/user) unit directory, plus
// the drop-in <unit>.d/50-charon-manager.conf holding the settings the GUI manages. Rewriting
// keeps every line the manager does not own (an admin's Before=/After=, comments, other keys);
// other drop-ins are never touched. Writes are atomic and keep the previous file as <file>.bak.
// This class checks what the unit file can express; GuestValidator checks the filesystem.

#include "core/domain/guest.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace charon::core {

class UnitDocument;

enum class UnitScope { System, User };

// How a guest's emulator is launched: what the unit needs beyond the Guest value.
struct LaunchOptions
{
    QString family; // shown in Description=, e.g. "Charon-PAR"
    QString detachedFlag; // "-x" (PAR) or "-d" (AXP/VAX); "" to pass none
    // Type=notify when the emulator tells systemd it is ready (sd_notify), else Type=exec.
    bool notify = false;
    QString helperPath; // absolute path of charon-vm (ExecStartPre= prestart, ExecStop=)
    friend bool operator==(const LaunchOptions &, const LaunchOptions &) = default;
};

// One guest as read back from its unit: identity and settings in `guest`, launch in `launch`.
struct GuestUnit
{
    Guest guest;
    LaunchOptions launch;
    QStringList extraArguments; // ExecStart words between the emulator and the config file
    QString description;
};

class UnitFile
{
public:
    static constexpr int DefaultStartTimeoutSec = 90;
    static constexpr int DefaultStopTimeoutSec = 300;

    // `directory` overrides where units live (tests); by default the scope's directory.
    explicit UnitFile(UnitScope scope, const QString &directory = {});

    static QString defaultDirectory(UnitScope scope);
    UnitScope scope() const { return m_scope; }
    QString directory() const { return m_directory; }
    QString unitPath(const QString &name) const;
    QString dropInPath(const QString &name) const;
    static QString dropInFileName() { return QStringLiteral("50-charon-manager.conf"); }

    // Names of the guests whose unit files are in the directory, sorted.
    QStringList guestNames() const;
    bool exists(const QString &name) const;

    // The guest as its unit file and drop-ins say; nullopt with *error when missing or broken.
    std::optional<GuestUnit> read(const QString &name, QString *error = nullptr) const;

    enum class Mode { Create, Update };
    // Writes the unit for `guest` (Create refuses an existing unit, Update a missing one),
    // then the drop-in. Nothing is written when a value cannot be expressed.
    bool write(const Guest &guest, const LaunchOptions &launch, Mode mode, QString *error);
    // Only the drop-in: timeouts, OOM protection, auto-restart.
    bool writeSettings(const Guest &guest, QString *error);
    // Removes the unit and our drop-in (their .bak copies stay). Configs and disks are not ours.
    bool remove(const QString &name, QString *error);

    // Text of a unit / drop-in for `guest`, starting from `existing` (for tests and previews).
    QString renderUnit(
        const Guest &guest, const LaunchOptions &launch, const QString &existing) const;
    static QString renderDropIn(const Guest &guest, const QString &existing);

    // Checks paths and names can be written to a unit exactly; "" when fine, else the reason.
    static QString checkExpressible(const Guest &guest, const LaunchOptions &launch);

private:
    QString m_directory;
    UnitScope m_scope;
};

} // namespace charon::core
