// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/privileged/helperrequest.h"

#include "core/domain/guest.h"
#include "core/editing/editablefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charon::core::HelperRequest", text);
}

} // namespace

QVariantMap HelperRequest::toMap(const GuestInstaller::Request &request)
{
    const auto absolute = [](const QString &path) {
        return path.isEmpty() ? path : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    };
    return {
        { u"name"_s, request.name },
        { u"emulator"_s, absolute(request.emulator) },
        { u"config"_s, absolute(request.configPath) },
        { u"workdir"_s, absolute(request.workDir) },
        { u"profile"_s, request.profileId },
        { u"os"_s, request.osId },
        { u"notify"_s, request.notify },
        { u"force"_s, request.acceptConfigErrors },
        { u"stopBranch"_s, request.addStopScriptBranch },
    };
}

QString HelperRequest::checkPath(const QString &what, const QString &path, bool directory)
{
    if (path.contains(QChar(0)))
        return tr("%1: the path contains a NUL character").arg(what);
    if (!QDir::isAbsolutePath(path))
        return tr("%1 \"%2\": the path must be absolute").arg(what, path);
    if (path.split(u'/').contains(u".."_s))
        return tr("%1 \"%2\": the path must not contain \"..\"").arg(what, path);
    const QFileInfo info(path);
    if (!info.exists())
        return tr("%1 \"%2\": no such file or directory").arg(what, path);
    if (directory ? !info.isDir() : !info.isFile())
        return directory ? tr("%1 \"%2\" is not a directory").arg(what, path)
                         : tr("%1 \"%2\" is not a regular file").arg(what, path);
    return {};
}

QString HelperRequest::checkScriptTarget(const QString &path)
{
    if (path.contains(QChar(0)))
        return tr("the stop script's path contains a NUL character");
    if (!QDir::isAbsolutePath(path) || path.split(u'/').contains(u".."_s))
        return tr("the stop script's path \"%1\" must be absolute, without \"..\"").arg(path);
    // lstat: a symbolic link is refused as such, never followed to whatever it names.
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return {}; // absent: it will be created
    if (!S_ISREG(st.st_mode))
        return tr("the stop script \"%1\" is not a regular file; nothing was read or written")
            .arg(path);
    return {};
}

QString HelperRequest::checkScriptText(const QByteArray &text)
{
    if (text.contains('\0'))
        return tr("the script contains a NUL character; nothing was written");
    if (text.size() >= EditableFile::MaxBytes)
        return tr("the script is larger than %1 MB; nothing was written")
            .arg(EditableFile::MaxBytes / (1024 * 1024));
    if (const QString binary = EditableFile::binaryReason(text); !binary.isEmpty())
        return tr("the script cannot be written: %1").arg(binary);
    return {};
}

std::optional<GuestInstaller::Request> HelperRequest::fromMap(
    const QVariantMap &map, QString *error)
{
    static const QStringList known { u"name"_s, u"emulator"_s, u"config"_s, u"workdir"_s,
        u"profile"_s, u"os"_s, u"notify"_s, u"force"_s, u"stopBranch"_s };
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!known.contains(it.key())) {
            *error = tr("unknown field \"%1\" in the request").arg(it.key());
            return std::nullopt;
        }
    }
    GuestInstaller::Request request;
    request.name = map.value(u"name"_s).toString();
    request.emulator = map.value(u"emulator"_s).toString();
    request.configPath = map.value(u"config"_s).toString();
    request.workDir = map.value(u"workdir"_s).toString();
    request.profileId = map.value(u"profile"_s).toString();
    request.osId = map.value(u"os"_s).toString();
    request.notify = map.value(u"notify"_s).toBool();
    request.acceptConfigErrors = map.value(u"force"_s).toBool();
    request.addStopScriptBranch = map.value(u"stopBranch"_s, true).toBool();
    if (!request.name.isEmpty() && !isValidGuestName(request.name)) {
        *error = tr("invalid guest name \"%1\"").arg(request.name);
        return std::nullopt;
    }
    for (const QString &id : { request.profileId, request.osId }) {
        if (!id.isEmpty() && !QRegularExpression(u"^[a-z0-9]{1,16}$"_s).match(id).hasMatch()) {
            *error = tr("invalid identifier \"%1\"").arg(id);
            return std::nullopt;
        }
    }
    QString problem = checkPath(tr("emulator"), request.emulator, false);
    if (problem.isEmpty())
        problem = checkPath(tr("configuration file"), request.configPath, false);
    if (problem.isEmpty() && !request.workDir.isEmpty())
        problem = checkPath(tr("working directory"), request.workDir, true);
    if (!problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return request;
}

} // namespace charon::core
