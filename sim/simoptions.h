// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// How charon-guest-sim was asked to run: the command line of the real emulator (`-x CONFIG`
// for Charon-PAR, `-d CONFIG` for Charon-AXP/VAX) plus the test switches, each taken from the
// environment (CHARON_SIM_<KEY>) or from a directive comment in the configuration file
// (`# charon-guest-sim: key=value key=value`), the environment winning.

#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <csignal>
#include <optional>

namespace charon::sim {

struct SimOptions
{
    QString configPath;
    QString profileHint; // "par" for -x; "" for -d (AXP or VAX, guessed from the model)
    QString os; // persona; "" = the profile's default
    int crashAfterSeconds = -1;
    int crashSignal = SIGSEGV;
    int startDelaySeconds = 0;
    int stopDelaySeconds = 0;
    qint64 floodBytes = 0; // sent to every client on connect
    int pacePercent = 100; // boot and shutdown text pacing; 0 = instant
    int leakMegabytes = 0; // memory grown from start, up to this many MiB ("a leaking emulator")

    // Parses argv (without the program name). nullopt with *error set on a usage error;
    // nullopt with *error empty when --help was asked (usage printed by the caller).
    static std::optional<SimOptions> fromArguments(const QStringList &arguments, QString *error);
    // The directives found in the configuration file's comments (lower-case keys).
    static QHash<QString, QString> readDirectives(const QString &configPath, QStringList *warnings);
    // Applies directives, then the environment over them. False with *error on a bad value.
    bool applySwitches(const QHash<QString, QString> &directives,
        const QProcessEnvironment &environment, QString *error);

    static QStringList switchKeys();
    static QString environmentName(const QString &key); // "crash_after" -> CHARON_SIM_CRASH_AFTER
    static QString usage();
};

} // namespace charon::sim
