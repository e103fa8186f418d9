// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What went wrong with a request to systemd, in a form each consumer can use: a category the
// CLI turns into an exit code and the UI into an icon, a translated sentence naming the guest
// and the cause, and the raw D-Bus error for "details". The one place D-Bus error names are
// interpreted.

#include <QString>

class QDBusError;

namespace charon::core {

struct SystemdError
{
    enum class Category {
        None, // success
        PermissionDenied, // D-Bus AccessDenied, polkit refused or needs a password we lack
        NotFound, // no such unit / unit file
        JobFailed, // systemd ran the job and it ended other than "done"
        Disconnected, // no bus or no manager to talk to
        Other,
    };

    Category category = Category::None;
    QString message; // "Starting hpux-prod failed: permission denied"
    QString details; // systemd's own text and the D-Bus error name, for "details"

    bool isError() const { return category != Category::None; }

    static Category categorize(const QString &dbusErrorName);
    // `what` names the request, e.g. "Starting hpux-prod failed"; the cause follows it.
    static SystemdError fromDBus(const QDBusError &error, const QString &what);
    static SystemdError make(
        Category category, const QString &message, const QString &details = {});
    // Short translated name of a category ("permission denied"), also used as the cause.
    static QString categoryText(Category category);
};

} // namespace charon::core
