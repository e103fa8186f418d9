// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/domain/guestfacts.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

QString tr(const char *text)
{
    // lupdate files tr() calls made in free functions under the namespace's name.
    return QCoreApplication::translate("charon::core", text);
}

} // namespace

QString eventTimeText(const QDateTime &when, const QDateTime &now)
{
    return when.toString(when.date() == now.date() ? u"HH:mm:ss"_s : u"yyyy-MM-dd HH:mm:ss"_s);
}

QString licenseHealthName(LicenseHealth health)
{
    switch (health) {
    case LicenseHealth::Unknown:
        return u"unknown"_s;
    case LicenseHealth::Ok:
        return u"ok"_s;
    case LicenseHealth::Warning:
        return u"warning"_s;
    case LicenseHealth::Critical:
        return u"critical"_s;
    }
    return {};
}

QString osVerdictName(OsAnswer::Verdict verdict)
{
    using V = OsAnswer::Verdict;
    switch (verdict) {
    case V::NotProbed:
        return u"not-probed"_s;
    case V::Waiting:
        return u"waiting"_s;
    case V::Answers:
        return u"answers"_s;
    case V::NoAnswer:
        return u"no-answer"_s;
    case V::Error:
        return u"error"_s;
    }
    return {};
}

QString osAnswerText(const OsAnswer &a, const QDateTime &now)
{
    using V = OsAnswer::Verdict;
    const QString last = a.answeredAt.isValid()
        ? tr("last answer %1").arg(eventTimeText(a.answeredAt, now))
        : tr("never answered");
    switch (a.verdict) {
    case V::NotProbed:
        return {};
    case V::Waiting:
        return tr("waiting for the first answer");
    case V::Answers:
        return tr("answers (checked %1)").arg(eventTimeText(a.checkedAt, now));
    case V::NoAnswer:
        return tr("not booted or unreachable (%1)").arg(last);
    case V::Error:
        return tr("probe error: %1 (%2)").arg(a.detail, last);
    }
    return {};
}

QString guestDateTime(const QDateTime &when)
{
    if (!when.isValid())
        return u"-"_s;
    return QLocale().toString(when.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
}

bool restartNeeded(const Guest &g)
{
    const bool running
        = g.derived.state == GuestState::Active || g.derived.state == GuestState::Activating;
    return running && g.startedAt.isValid() && g.config.modifiedAt.isValid()
        && g.config.modifiedAt > g.startedAt;
}

QString restartNeededReason(const Guest &g)
{
    if (!restartNeeded(g))
        return {};
    return QCoreApplication::translate(
        "charon::core::GuestFacts", "the configuration changed at %1, after the start")
        .arg(guestDateTime(g.config.modifiedAt));
}

QString restartNeededText(const Guest &g)
{
    if (!restartNeeded(g))
        return {};
    return QCoreApplication::translate("charon::core::GuestFacts", "restart needed: %1")
        .arg(restartNeededReason(g));
}

} // namespace charon::core
