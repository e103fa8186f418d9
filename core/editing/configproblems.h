// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The problems of one Charon configuration as the config editor marks them, line by line: the
// parser's own messages (a key set twice, a line nobody understands, a console listening beyond
// localhost, a bad value...) plus what only the manager can tell: no console port at all, a
// console port another guest already uses, a NIC naming a host interface that does not exist.
// Sorted by line; line 0 concerns the whole file.

#include "core/domain/configsummary.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace charon::core {

class ConfigProblems
{
    Q_DECLARE_TR_FUNCTIONS(ConfigProblems)

public:
    struct Context
    {
        QHash<int, QString> otherGuestPorts; // console port -> the other guest's name
        std::optional<QStringList> hostInterfaces; // nullopt: not checked
    };

    // Parses `text` with the profile (empty = guessed) and adds the manager's checks.
    static QList<ConfigIssue> check(const QByteArray &text, const QString &fileName,
        const QString &profileId, const Context &context, ConfigSummary *summary = nullptr);
    // The 1-based line setting the console port (the last one, which wins); 0 when none.
    static int consolePortLine(
        const QByteArray &text, const QString &fileName, const QString &profileId);
};

} // namespace charon::core
