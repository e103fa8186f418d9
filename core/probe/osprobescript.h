// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
//
// Where the guest OS probe script lives and which configurations have a branch in it. The script
// is executed directly with the guest's configuration path as its only argument (like the stop
// script, it selects its branch with `case "$1" in`), so it must be executable.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace charon::core {

class OsProbeScript
{
    Q_DECLARE_TR_FUNCTIONS(OsProbeScript)

public:
    // CHARON_OS_PROBE overrides; else /etc/charon-manager/os-probe.sh for the system manager
    // and ~/.config/charon-manager/os-probe.sh for a user manager.
    static QString defaultPath(bool systemScope);

    // Whether the script's text has a branch (not the catch-all `*)`) for this configuration.
    static bool hasBranch(const QString &scriptText, const QString &configPath);

    // A branch template for the editor and the docs: what a probe for this guest might run.
    static QString branchTemplate(const QString &configPath);
};

} // namespace charon::core
