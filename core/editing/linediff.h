// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A unified diff ("diff -u" form) of two texts, line by line: what the editors show before a
// save. Common head and tail lines are skipped first; the rest is compared with a longest common
// subsequence, or shown as replaced whole when it is too long for that.

#include <QString>

namespace charon::core {

class LineDiff
{
public:
    // "" when the texts are equal.
    static QString unified(const QString &before, const QString &after, const QString &beforeName,
        const QString &afterName, int context = 3);
};

} // namespace charon::core
