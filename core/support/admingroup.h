// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The group whose members may start and stop guests of the system manager without being root:
// "charon", or the name written in /etc/charon-manager/admin-group. The shipped polkit rules
// (packaging/polkit) read the same file, so a refusal names the group that would have helped.

#include <QString>

namespace charon::core {

class AdminGroup
{
public:
    static QString name(const QString &file = defaultFile());
    static QString defaultFile() { return QStringLiteral("/etc/charon-manager/admin-group"); }
    static bool isValidName(const QString &name);
};

} // namespace charon::core
