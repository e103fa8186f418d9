// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The typed result of reading one Charon configuration file: what the manager needs to know
// about a guest (model, CPUs, memory, console, NICs, log) plus every problem found, each with
// file and line. Produced by ConfigParser from an EmulatorProfile; consumed by the guest model,
// the details pane, the CLI and the guest simulator. It is a value type: no QObject, no I/O.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace charon::core {

struct ConfigIssue
{
    enum class Severity { Info, Warning, Error };
    Severity severity = Severity::Warning;
    QString file;
    int line = 0; // 1-based; 0 when the issue concerns the whole file
    QString message;

    // "file:line: message", the form editors and compilers use.
    QString toString() const;
    friend bool operator==(const ConfigIssue &, const ConfigIssue &) = default;
};

struct NicConfig
{
    QString name; // EWA0, EWB0, EWA ...
    QString interface; // host interface, e.g. enp6s0 ("" when not set)
    QString mappingMode; // PAR: RAW (default) / TAP / MACVTAP; AXP/VAX: the adapter type
    int line = 0;
    friend bool operator==(const NicConfig &, const NicConfig &) = default;
};

struct ConfigSummary
{
    QString filePath;
    QDateTime modifiedAt; // the file's modification time when it was read (invalid: not read)
    QString profileId; // "par", "axp", "vax": the EmulatorProfile used
    QString configurationName; // AXP/VAX `set session configuration_name`, "" otherwise
    QString model; // hardware model as written, "" when not set
    int cpus = -1; // from the model catalogue; -1 when unknown
    int memoryMB = -1; // -1 when not set in the config
    int consolePort = -1; // -1 when the config has no console port
    QString consoleListenAddress; // "" or "lo" or "localhost": loopback only
    bool consoleExposed = false; // true when the console listens beyond localhost
    QString logPath; // emulator log, "" when not configured
    QString breakOn; // value of break_on ("" when not set or disabled)
    QString stopOn; // value of stop_on ("" when not set or disabled)
    QStringList licenseKeyIds; // PAR license_key_id / license_id, in priority order
    QList<NicConfig> nics;
    QList<ConfigIssue> issues;

    bool hasErrors() const;
    // True when Ctrl-P / Break on the console would halt the guest.
    bool consoleCanHaltGuest() const { return !breakOn.isEmpty() || !stopOn.isEmpty(); }
    friend bool operator==(const ConfigSummary &, const ConfigSummary &) = default;
};

} // namespace charon::core
