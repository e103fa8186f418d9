// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/privileged/settingsrequest.h"

#include "core/privileged/helperrequest.h"

#include <QCoreApplication>

#include <limits>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charon::core::SettingsRequest", text);
}

const QList<std::pair<QString, int ServiceSettings::*>> &intKeys()
{
    static const QList<std::pair<QString, int ServiceSettings::*>> keys {
        { u"startTimeoutSec"_s, &ServiceSettings::startTimeoutSec },
        { u"stopTimeoutSec"_s, &ServiceSettings::stopTimeoutSec },
        { u"restartDelaySec"_s, &ServiceSettings::restartDelaySec },
        { u"startLimitBurst"_s, &ServiceSettings::startLimitBurst },
        { u"startLimitIntervalSec"_s, &ServiceSettings::startLimitIntervalSec },
    };
    return keys;
}

const QList<std::pair<QString, bool ServiceSettings::*>> &boolKeys()
{
    static const QList<std::pair<QString, bool ServiceSettings::*>> keys {
        { u"autoBoot"_s, &ServiceSettings::autoBoot },
        { u"autoRestart"_s, &ServiceSettings::autoRestart },
        { u"oomProtected"_s, &ServiceSettings::oomProtected },
    };
    return keys;
}

const QList<std::pair<QString, QString ServiceSettings::*>> &stringKeys()
{
    static const QList<std::pair<QString, QString ServiceSettings::*>> keys {
        { u"description"_s, &ServiceSettings::description },
        { u"preStartScript"_s, &ServiceSettings::preStartScript },
    };
    return keys;
}

const QList<std::pair<QString, QStringList ServiceSettings::*>> &listKeys()
{
    static const QList<std::pair<QString, QStringList ServiceSettings::*>> keys {
        { u"before"_s, &ServiceSettings::before },
        { u"after"_s, &ServiceSettings::after },
    };
    return keys;
}

template<typename T> auto find(const QList<std::pair<QString, T>> &keys, const QString &key)
{
    return std::find_if(
        keys.cbegin(), keys.cend(), [&key](const auto &k) { return k.first == key; });
}

QString typeError(const QString &key, const char *type)
{
    // Spelled out: lupdate files a tr() whose argument holds another tr() under the namespace.
    return QCoreApplication::translate("charon::core::SettingsRequest", "\"%1\" must be %2")
        .arg(key, tr(type));
}

} // namespace

QVariantMap SettingsRequest::toMap(const ServiceSettings &settings)
{
    QVariantMap map;
    for (const auto &[key, field] : intKeys())
        map.insert(key, settings.*field);
    for (const auto &[key, field] : boolKeys())
        map.insert(key, settings.*field);
    for (const auto &[key, field] : stringKeys())
        map.insert(key, settings.*field);
    for (const auto &[key, field] : listKeys())
        map.insert(key, settings.*field);
    return map;
}

std::optional<ServiceSettings> SettingsRequest::apply(
    const ServiceSettings &base, const QVariantMap &map, QString *error)
{
    ServiceSettings s = base;
    const auto noNul = [error](const QString &key, const QString &text) {
        if (!text.contains(QChar(0)))
            return true;
        *error = tr("\"%1\" contains a NUL character").arg(key);
        return false;
    };
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString &key = it.key();
        const QVariant &value = it.value();
        const int type = value.typeId();
        if (const auto i = find(intKeys(), key); i != intKeys().cend()) {
            if (type != QMetaType::Int && type != QMetaType::UInt && type != QMetaType::LongLong
                && type != QMetaType::ULongLong) {
                *error = typeError(key,
                    QT_TRANSLATE_NOOP(
                        "charon::core::SettingsRequest", "a whole number (D-Bus type i)"));
                return std::nullopt;
            }
            bool ok = false;
            const qlonglong number = value.toLongLong(&ok);
            if (!ok || number < std::numeric_limits<int>::min()
                || number > std::numeric_limits<int>::max()) {
                *error = tr("\"%1\" is out of range").arg(key);
                return std::nullopt;
            }
            s.*(i->second) = int(number);
        } else if (const auto b = find(boolKeys(), key); b != boolKeys().cend()) {
            if (type != QMetaType::Bool) {
                *error = typeError(key,
                    QT_TRANSLATE_NOOP(
                        "charon::core::SettingsRequest", "true or false (D-Bus type b)"));
                return std::nullopt;
            }
            s.*(b->second) = value.toBool();
        } else if (const auto t = find(stringKeys(), key); t != stringKeys().cend()) {
            if (type != QMetaType::QString) {
                *error = typeError(key,
                    QT_TRANSLATE_NOOP("charon::core::SettingsRequest", "a string (D-Bus type s)"));
                return std::nullopt;
            }
            if (!noNul(key, value.toString()))
                return std::nullopt;
            s.*(t->second) = value.toString();
        } else if (const auto l = find(listKeys(), key); l != listKeys().cend()) {
            if (type != QMetaType::QStringList) {
                *error = typeError(key,
                    QT_TRANSLATE_NOOP(
                        "charon::core::SettingsRequest", "a list of guest names (D-Bus type as)"));
                return std::nullopt;
            }
            for (const QString &name : value.toStringList()) {
                if (!noNul(key, name))
                    return std::nullopt;
            }
            s.*(l->second) = value.toStringList();
        } else {
            *error = tr("unknown setting \"%1\" in the request").arg(key);
            return std::nullopt;
        }
    }
    if (!s.preStartScript.isEmpty()) {
        if (const QString problem
            = HelperRequest::checkPath(tr("pre-start script"), s.preStartScript, false);
            !problem.isEmpty()) {
            *error = problem;
            return std::nullopt;
        }
    }
    return s;
}

} // namespace charon::core
