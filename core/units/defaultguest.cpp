// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/units/defaultguest.h"

#include "core/support/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace charon::core {

DefaultGuest::DefaultGuest(UnitScope scope, const QString &path)
    : m_path(path.isEmpty() ? defaultPath(scope) : path)
{ }

QString DefaultGuest::defaultPath(UnitScope scope)
{
    if (scope == UnitScope::System)
        return u"/etc/charon-manager/default-guest"_s;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + u"/charon-manager/default-guest"_s;
}

QString DefaultGuest::name() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString name = QString::fromUtf8(file.readLine(256)).trimmed();
    return isValidGuestName(name) ? name : QString();
}

bool DefaultGuest::setName(const QString &name, QString *error)
{
    if (name.isEmpty()) {
        if (!QFile::exists(m_path) || QFile::remove(m_path))
            return true;
        if (error)
            *error = QCoreApplication::translate("charon::core::DefaultGuest", "cannot remove %1")
                         .arg(m_path);
        return false;
    }
    if (!isValidGuestName(name)) {
        if (error)
            *error = QCoreApplication::translate(
                "charon::core::DefaultGuest", "invalid guest name \"%1\"")
                         .arg(name);
        return false;
    }
    return writeFileAtomically(m_path, name.toUtf8() + '\n', error, false);
}

} // namespace charon::core
