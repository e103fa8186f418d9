// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The "star": the guest the command-line tools (vmlist, vmstart, vmstop, vmconsole, vmcfg) act
// on when none is named. One line in $XDG_CONFIG_HOME/charon-manager/default-guest (user scope)
// or /etc/charon-manager/default-guest (system scope); written atomically. Read on every call:
// the GUI and the CLI share it and either may change it.

#include "core/units/unitfile.h"

#include <QString>

namespace charon::core {

class DefaultGuest
{
public:
    explicit DefaultGuest(UnitScope scope, const QString &path = {});
    static QString defaultPath(UnitScope scope);
    QString path() const { return m_path; }

    // "" when no default is set (or the file holds no valid name).
    QString name() const;
    // Sets the default; "" clears it. Refuses an invalid name.
    bool setName(const QString &name, QString *error);

private:
    QString m_path;
};

} // namespace charon::core
