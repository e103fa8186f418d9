// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/domain/jobkind.h"

#include <QCoreApplication>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

QString tr(const char *text)
{
    // lupdate files tr() calls made in free functions under the namespace's name.
    return QCoreApplication::translate("charon::core", text);
}

// Every kind but None and Other, with systemd's word for it.
constexpr std::array<std::pair<JobKind, const char16_t *>, 9> kNames { {
    { JobKind::Start, u"start" },
    { JobKind::VerifyActive, u"verify-active" },
    { JobKind::Stop, u"stop" },
    { JobKind::Reload, u"reload" },
    { JobKind::ReloadOrStart, u"reload-or-start" },
    { JobKind::Restart, u"restart" },
    { JobKind::TryRestart, u"try-restart" },
    { JobKind::TryReload, u"try-reload" },
    { JobKind::Nop, u"nop" },
} };

} // namespace

JobKind jobKindFromSystemd(const QString &jobType)
{
    if (jobType.isEmpty())
        return JobKind::None;
    for (const auto &[kind, name] : kNames) {
        if (jobType == QStringView(name))
            return kind;
    }
    return JobKind::Other;
}

QString jobKindName(JobKind kind)
{
    if (kind == JobKind::None)
        return {};
    for (const auto &[k, name] : kNames) {
        if (k == kind)
            return QString::fromUtf16(name);
    }
    return u"other"_s;
}

QString jobKindText(JobKind kind)
{
    switch (kind) {
    case JobKind::None:
        return {};
    case JobKind::Start:
        return tr("starting…");
    case JobKind::VerifyActive:
        return tr("checking it runs…");
    case JobKind::Stop:
        return tr("stopping…");
    case JobKind::Reload:
    case JobKind::TryReload:
        return tr("reloading…");
    case JobKind::ReloadOrStart:
        return tr("reloading or starting…");
    case JobKind::Restart:
    case JobKind::TryRestart:
        return tr("restarting…");
    case JobKind::Nop:
    case JobKind::Other:
        break;
    }
    return tr("busy…");
}

} // namespace charon::core
