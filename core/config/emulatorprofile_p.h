// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The data behind an EmulatorProfile, shared by the profile (accessors) and ProfileJsonReader
// (which fills it). Private to core.

#include "core/config/emulatorprofile.h"

namespace charon::core {

struct EmulatorProfile::Data
{
    struct DetectRule
    {
        QRegularExpression regex;
        int weight = 1;
    };

    QString origin;
    QString id;
    QString displayName;
    QString description;
    QString note;
    QString detachedFlag;
    bool caseInsensitive = true;
    QList<Executable> executables;
    QList<GuestOs> guestOs;
    ConsolePowerOff consolePowerOff;
    QStringList defaultLogFiles;

    QList<SettingRule> settings;
    QList<QRegularExpression> known;
    QRegularExpression keyPattern; // empty pattern: no key syntax
    QList<QRegularExpression> requireEquals;
    QList<QRegularExpression> forbidEquals;
    QList<QRegularExpression> repeatable;

    QRegularExpression consoleListenPattern;
    QString bareConsoleListen;
    QStringList disabledConsoleValues;
    QRegularExpression memoryValuePattern;
    QString memoryDefaultUnit = QStringLiteral("MB");

    int maxNics = 0;
    QString defaultNicMappingMode;
    QStringList nicMappingModes;
    QString implicitNicLink; // template, "{name}" = the adapter name

    QList<DetectRule> detect;
    QList<LogPattern> logPatterns;
};

} // namespace charon::core
