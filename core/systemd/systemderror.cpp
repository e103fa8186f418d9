// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/systemd/systemderror.h"

#include "core/support/admingroup.h"

#include <QCoreApplication>
#include <QDBusError>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("charon::core::SystemdError", text);
}
} // namespace

SystemdError::Category SystemdError::categorize(const QString &name)
{
    if (name.isEmpty())
        return Category::None;
    if (name == u"org.freedesktop.DBus.Error.AccessDenied"_s
        || name == u"org.freedesktop.DBus.Error.InteractiveAuthorizationRequired"_s
        || name == u"org.freedesktop.DBus.Error.AuthFailed"_s
        || name.startsWith(u"org.freedesktop.PolicyKit1.Error."_s))
        return Category::PermissionDenied;
    if (name == u"org.freedesktop.systemd1.NoSuchUnit"_s
        || name == u"org.freedesktop.DBus.Error.FileNotFound"_s
        || name == u"org.freedesktop.DBus.Error.UnknownObject"_s)
        return Category::NotFound;
    if (name == u"org.freedesktop.DBus.Error.Disconnected"_s
        || name == u"org.freedesktop.DBus.Error.ServiceUnknown"_s
        || name == u"org.freedesktop.DBus.Error.NameHasNoOwner"_s
        || name == u"org.freedesktop.DBus.Error.NoServer"_s)
        return Category::Disconnected;
    return Category::Other;
}

QString SystemdError::categoryText(Category category)
{
    switch (category) {
    case Category::None:
        return {};
    case Category::PermissionDenied:
        // polkit lets the admin group start and stop guests (packaging/polkit): say which.
        return tr("permission denied (guests are started and stopped by root or by members of "
                  "the group “%1”)")
            .arg(AdminGroup::name());
    case Category::NotFound:
        return tr("not found");
    case Category::JobFailed:
        return tr("the job failed");
    case Category::Disconnected:
        return tr("no connection to systemd");
    case Category::Other:
        break;
    }
    return tr("error");
}

SystemdError SystemdError::fromDBus(const QDBusError &error, const QString &what)
{
    const Category category = categorize(error.name());
    if (category == Category::None)
        return {};
    // For "other" errors systemd's own sentence is the most useful cause we have.
    QString cause = category == Category::Other ? error.message() : categoryText(category);
    if (error.type() == QDBusError::NoReply || error.type() == QDBusError::Timeout)
        cause = tr("systemd did not answer in time");
    if (cause.isEmpty())
        cause = error.name();
    return make(
        category, tr("%1: %2").arg(what, cause), error.message() + u" ("_s + error.name() + u")"_s);
}

SystemdError SystemdError::make(Category category, const QString &message, const QString &details)
{
    SystemdError e;
    e.category = category;
    e.message = message;
    e.details = details;
    return e;
}

} // namespace charon::core
