// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Whether guest units are enabled, read from the symlinks systemd's enablement consists of,
// without asking systemd. Asking is what ListUnitFilesByPatterns does, and systemd answers it
// by scanning every unit directory for every file: 0.3 s for 200 guests, the largest part of
// `charon-vm list` (see docs/benchmarks.md). The symlinks of a few configuration directories
// say the same in a millisecond.
//
// The rules are systemd's (src/shared/install.c, for units with an [Install] section, which
// every guest unit has): a unit is "masked" ("masked-runtime" under /run) when the first
// configuration directory, in systemd's order of precedence (persistent before runtime), that
// holds an entry of its name holds a symlink to /dev/null there (a mask below the unit's own
// file is shadowed by it), "enabled" when a *.wants/, *.requires/ or
// *.upholds/ directory of the persistent configuration holds a link of its name, "enabled-runtime"
// when only the runtime configuration (/run) does, else "disabled". tst_unitenablement_systemd
// compares the answer with `systemctl is-enabled` on a real manager.
//
// Only for the local host: a remote host's directories are not ours to read.

#include "core/units/unitfile.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace charon::core {

class UnitEnablement
{
public:
    // The configuration directories of the scope, persistent ones first, then runtime ones.
    explicit UnitEnablement(UnitScope scope);
    UnitEnablement(const QStringList &persistentDirs, const QStringList &runtimeDirs);

    // Scans the directories once; then state() answers for any unit.
    void scan(const QString &unitPattern = QStringLiteral("charon-guest-*.service"));
    // enabled, enabled-runtime, masked, masked-runtime or disabled, as `systemctl is-enabled`
    // prints it for a unit that has a file with an [Install] section.
    QString state(const QString &unit) const;

    QStringList persistentDirs() const { return m_persistent; }
    QStringList runtimeDirs() const { return m_runtime; }

private:
    void scanMasks(
        const QString &dir, bool runtime, const QString &unitPattern, QSet<QString> *decided);
    void scanLinks(const QString &dir, bool runtime, const QString &unitPattern);

    QStringList m_persistent;
    QStringList m_runtime;
    QHash<QString, QString> m_states; // unit -> state other than "disabled"
};

} // namespace charon::core
