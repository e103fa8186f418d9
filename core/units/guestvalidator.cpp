// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/units/guestvalidator.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("charon::core::GuestValidator", text);
}
} // namespace

QString GuestValidator::checkEmulator(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isAbsolute())
        return tr("the emulator path must be absolute: %1").arg(path);
    if (!info.exists())
        return tr("emulator not found: %1").arg(path);
    if (!info.isFile() || !info.isExecutable())
        return tr("emulator is not an executable file: %1").arg(path);
    return {};
}

QString GuestValidator::checkConfig(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isAbsolute())
        return tr("the configuration path must be absolute: %1").arg(path);
    if (!info.exists())
        return tr("configuration file not found: %1").arg(path);
    if (!info.isFile() || !info.isReadable())
        return tr("configuration file is not readable: %1").arg(path);
    return {};
}

QString GuestValidator::checkWorkDir(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isAbsolute())
        return tr("the working directory must be absolute: %1").arg(path);
    if (!info.isDir())
        return tr("working directory does not exist: %1").arg(path);
    return {};
}

QString GuestValidator::consolePortClash(const Guest &guest, const QList<Guest> &others)
{
    const int port = guest.config.consolePort;
    if (port <= 0)
        return {};
    for (const Guest &other : others) {
        if (other.name != guest.name && other.config.consolePort == port)
            return tr("console port %1 is already used by guest \"%2\"")
                .arg(QString::number(port), other.name);
    }
    return {};
}

QStringList GuestValidator::problems(const Guest &guest, const QList<Guest> &others)
{
    QStringList out;
    if (!isValidGuestName(guest.name))
        out << tr("invalid guest name \"%1\": use letters, digits, '-', '_' and '.' (at most 64)")
                   .arg(guest.name);
    for (const QString &problem : { checkEmulator(guest.emulator), checkConfig(guest.configPath),
             checkWorkDir(guest.workDir), consolePortClash(guest, others) }) {
        if (!problem.isEmpty())
            out << problem;
    }
    const QString canonicalConfig = QFileInfo(guest.configPath).canonicalFilePath();
    for (const Guest &other : others) {
        if (other.name == guest.name) {
            out << tr("a guest named \"%1\" already exists").arg(guest.name);
        } else if (!canonicalConfig.isEmpty()
            && QFileInfo(other.configPath).canonicalFilePath() == canonicalConfig) {
            out << tr("configuration file %1 is already used by guest \"%2\"")
                       .arg(guest.configPath, other.name);
        }
    }
    return out;
}

} // namespace charon::core
