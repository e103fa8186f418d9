// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/probe/osprobescript.h"

#include "core/support/shellcase.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace charon::core {

QString OsProbeScript::defaultPath(bool systemScope)
{
    const QString env = qEnvironmentVariable("CHARON_OS_PROBE");
    if (!env.isEmpty())
        return env;
    if (systemScope)
        return u"/etc/charon-manager/os-probe.sh"_s;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + u"/charon-manager/os-probe.sh"_s;
}

bool OsProbeScript::hasBranch(const QString &scriptText, const QString &configPath)
{
    for (const ShellCaseBranch &branch : parseShellCaseBranches(scriptText)) {
        if (!branch.catchAll && branch.matches(configPath))
            return true;
    }
    return false;
}

QString OsProbeScript::branchTemplate(const QString &configPath)
{
    // exit 255 is also what ssh itself returns when it cannot connect: the toolkit's convention.
    return u"%1)\n"
           "    # Exit 0 when the guest OS answers, 255 when it is not booted or unreachable.\n"
           "    exec ssh -o BatchMode=yes -o ConnectTimeout=5 root@GUEST-HOST true\n"
           "    ;;\n"_s.arg(quoteShellWord(configPath));
}

} // namespace charon::core
