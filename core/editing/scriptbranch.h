// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// One guest's branch of a shared `case "$1" in` script (the stop script, the OS probe script):
// found by the guest's configuration path, cut out as text (the label line to its `;;`) for the
// editor, and put back, or added before the block's `esac` (and before a catch-all `*)`, so it
// stays reachable) when the guest had none. The rest of the script is never touched.

#include <QString>

namespace charon::core {

class ScriptBranch
{
public:
    struct Found
    {
        bool found = false;
        int firstLine = 0; // 0-based label line
        int lastLine = 0; // 0-based line of the `;;`
        QString text; // those lines, joined with '\n', with a final '\n'
    };
    static Found find(const QString &script, const QString &configPath);

    // The script with the guest's branch replaced by `branch` (label through `;;`), or added.
    // `header` starts a script that is empty (a new file): "#!/bin/sh\n# ...\n".
    static QString replace(const QString &script, const QString &configPath, const QString &branch,
        const QString &header);
};

} // namespace charon::core
