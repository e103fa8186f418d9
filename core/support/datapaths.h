// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Where the manager's data files (emulator profiles, the model catalogue) are read from, in
// order: the copy compiled in as a Qt resource, the installed copy, the administrator's and the
// user's overrides, then one directory named by an environment variable (tests). A later file
// wins over an earlier one, so a pattern or a model is corrected without a rebuild.

#include <QString>
#include <QStringList>

namespace charon::core {

class DataPaths
{
public:
    // `sub` is a folder inside each data directory ("profiles"), or empty for the top level.
    // `extraEnv` names an environment variable holding one more directory, searched last as is.
    // Directories that do not exist are listed too: callers skip them quietly.
    static QStringList searchDirs(const QString &sub, const char *extraEnv);

    static QString builtinDir(const QString &sub); // ":/charon[/sub]"
};

} // namespace charon::core
