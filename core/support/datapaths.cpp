// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/support/datapaths.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

QString joined(const QString &dir, const QString &sub)
{
    return sub.isEmpty() ? dir : dir + u'/' + sub;
}

QString userConfigDir()
{
    const QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (!xdg.isEmpty())
        return xdg;
    return QDir::homePath() + u"/.config"_s;
}

} // namespace

QString DataPaths::builtinDir(const QString &sub)
{
    return joined(u":/charon"_s, sub);
}

QStringList DataPaths::searchDirs(const QString &sub, const char *extraEnv)
{
    QStringList dirs {
        builtinDir(sub),
        joined(QStringLiteral(CHARON_DATADIR), sub),
        joined(u"/etc/charon-manager"_s, sub),
        joined(userConfigDir() + u"/charon-manager"_s, sub),
    };
    if (extraEnv) {
        const QString extra = qEnvironmentVariable(extraEnv);
        if (!extra.isEmpty())
            dirs.append(extra);
    }
    dirs.removeDuplicates();
    return dirs;
}

} // namespace charon::core
