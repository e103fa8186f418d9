// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/units/servicesettingsvalidator.h"

#include "core/domain/guest.h"
#include "core/units/unitsyntax.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("charon::core::ServiceSettingsValidator", text);
}

QString checkTimeout(const char *text, int seconds)
{
    if (seconds < 0 || seconds > ServiceSettings::MaxTimeoutSec)
        return tr(text).arg(
            QString::number(seconds), QString::number(ServiceSettings::MaxTimeoutSec));
    return {};
}
} // namespace

QString ServiceSettingsValidator::checkDescription(const QString &description)
{
    for (const QChar c : description) {
        if (c.category() == QChar::Other_Control)
            return tr("the description cannot hold a line break or a control character: %1")
                .arg(description.simplified());
    }
    if (description.size() > 200)
        return tr("the description is %1 characters long: at most 200 fit in a unit file")
            .arg(description.size());
    return {};
}

QString ServiceSettingsValidator::checkStartTimeout(int seconds)
{
    return checkTimeout(QT_TRANSLATE_NOOP("charon::core::ServiceSettingsValidator",
                            "start timeout %1 s is out of range: use 0 (no limit) to %2 seconds"),
        seconds);
}

QString ServiceSettingsValidator::checkStopTimeout(int seconds)
{
    return checkTimeout(QT_TRANSLATE_NOOP("charon::core::ServiceSettingsValidator",
                            "stop timeout %1 s is out of range: use 0 (no limit) to %2 seconds"),
        seconds);
}

QString ServiceSettingsValidator::checkRestartDelay(int seconds)
{
    if (seconds < 1 || seconds > 3600)
        return tr("restart delay %1 s is out of range: use 1 to 3600 seconds")
            .arg(QString::number(seconds));
    return {};
}

QString ServiceSettingsValidator::checkStartLimitBurst(int count)
{
    if (count < 1 || count > 100)
        return tr("start limit %1 is out of range: allow 1 to 100 starts per interval")
            .arg(QString::number(count));
    return {};
}

QString ServiceSettingsValidator::checkStartLimitInterval(int seconds)
{
    if (seconds < 1 || seconds > ServiceSettings::MaxTimeoutSec)
        return tr("start limit interval %1 s is out of range: use 1 to %2 seconds")
            .arg(QString::number(seconds), QString::number(ServiceSettings::MaxTimeoutSec));
    return {};
}

QString ServiceSettingsValidator::checkPreStartScript(const QString &path)
{
    if (path.isEmpty())
        return {};
    if (!QDir::isAbsolutePath(path) || QDir::cleanPath(path) != path)
        return tr("the pre-start script path must be absolute and normalized: %1").arg(path);
    if (QString why; !isAcceptableExecutablePath(path, &why))
        return tr("the pre-start script path cannot be used: %1: %2").arg(why, path);
    const QFileInfo info(path);
    if (!info.exists())
        return tr("pre-start script not found: %1").arg(path);
    if (!info.isFile() || !info.isExecutable())
        return tr("pre-start script is not an executable file: %1").arg(path);
    return {};
}

QString ServiceSettingsValidator::checkOrdering(const QString &name, const QStringList &before,
    const QStringList &after, const QStringList &otherGuests)
{
    for (const QStringList *list : { &before, &after }) {
        for (const QString &other : *list) {
            if (other == name)
                return tr("guest \"%1\" cannot be ordered before or after itself").arg(name);
            if (!otherGuests.contains(other))
                return tr("cannot order %1 against \"%2\": there is no such guest")
                    .arg(name, other);
            if (list == &before && after.contains(other))
                return tr("guest \"%1\" cannot be both before and after %2").arg(other, name);
        }
    }
    return {};
}

QStringList ServiceSettingsValidator::problems(
    const QString &name, const ServiceSettings &s, const QStringList &otherGuests)
{
    QStringList out;
    if (!isValidGuestName(name))
        out << tr("invalid guest name \"%1\": use letters, digits, '-', '_' and '.' (at most 64)")
                   .arg(name);
    QStringList checks { checkDescription(s.description), checkStartTimeout(s.startTimeoutSec),
        checkStopTimeout(s.stopTimeoutSec), checkPreStartScript(s.preStartScript),
        checkOrdering(name, s.before, s.after, otherGuests) };
    if (s.autoRestart)
        checks << checkRestartDelay(s.restartDelaySec) << checkStartLimitBurst(s.startLimitBurst)
               << checkStartLimitInterval(s.startLimitIntervalSec);
    for (const QString &problem : std::as_const(checks)) {
        if (!problem.isEmpty())
            out << problem;
    }
    return out;
}

} // namespace charon::core
