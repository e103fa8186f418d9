// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/support/admingroup.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace charon::core {

bool AdminGroup::isValidName(const QString &name)
{
    // The rule the polkit rules apply too: a plain POSIX group name.
    static const QRegularExpression pattern(u"^[a-z_][a-z0-9_-]{0,31}$"_s);
    return pattern.match(name).hasMatch();
}

QString AdminGroup::name(const QString &file)
{
    QFile config(file);
    if (config.open(QIODevice::ReadOnly)) {
        const QString configured = QString::fromUtf8(config.readLine(256)).trimmed();
        if (isValidName(configured))
            return configured;
    }
    return u"charon"_s;
}

} // namespace charon::core
