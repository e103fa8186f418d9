// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What must hold on the host before a guest is added (or its launch changed), in ONE place:
// the wizard, the dialogs and `charon-vm add` all ask this class, so the window and the
// command line refuse the same things with the same sentences. It checks:
//  - the name follows the guest-name rule and no other guest has it;
//  - the emulator exists and is executable;
//  - the configuration file is readable, parses without errors (guest.config, read by the
//    caller with ConfigParser: this folder sits below core/config), sets a console port,
//    and no other guest uses that file;
//  - the console port is unique among the guests and free on this host (we try to bind it);
//  - the working directory exists and is writable;
//  - the NICs (warnings only): each host interface exists, has no IP address, and no other
//    guest uses it (QNetworkInterface, the real interfaces of this host).
// Each finding is one translated sentence naming the file or thing at fault and the cause.
// To add a validator (service settings, config text), add a Check value and a static
// check function returning "" or the sentence, and call it from validate() or from your own
// entry point that fills a Report: callers only look at Report.

#include "core/domain/guest.h"

#include <QList>
#include <QStringList>

namespace charon::core {

class GuestValidator
{
public:
    // What a finding is about, for callers that treat some specially (e.g. `add --force`
    // accepts ConfigSyntax) and for the wizard to show it next to the right page.
    enum class Check {
        Name,
        Emulator,
        Config,
        ConfigSyntax,
        ConsolePort,
        WorkDir,
        Nic,
        Family,
        Unit,
    };
    struct Finding
    {
        enum class Severity { Problem, Warning };
        Severity severity = Severity::Problem;
        Check check = Check::Name;
        QString text; // one sentence naming the file or thing and the cause
        friend bool operator==(const Finding &, const Finding &) = default;
    };
    struct Report
    {
        QList<Finding> findings;
        bool ok() const { return problems().isEmpty(); } // warnings do not block
        QStringList problems() const;
        QStringList warnings() const;
        void addProblem(Check check, const QString &text);
        void addWarning(Check check, const QString &text);
        // Drops the findings of one check (e.g. ConfigSyntax with `--force`).
        void remove(Check check);
    };
    struct Options
    {
        bool checkHostPort
            = true; // try binding the console port (off: re-checking a running guest)
    };

    // Every finding about `guest` (with its parsed config in guest.config) next to `others`,
    // the installed guests (a guest of the same name in `others` is a clash).
    static Report validate(const Guest &guest, const QList<Guest> &others, Options options);
    static Report validate(const Guest &guest, const QList<Guest> &others)
    {
        return validate(guest, others, Options {});
    }
    // The problems of validate(), without the host port check (kept for existing callers).
    static QStringList problems(const Guest &guest, const QList<Guest> &others);

    // Each returns "" when fine, else the sentence.
    static QString checkName(const QString &name);
    static QString checkNameUnused(const QString &name, const QList<Guest> &others);
    static QString checkEmulator(const QString &path);
    static QString checkConfig(const QString &path);
    static QString checkConsolePortSet(const ConfigSummary &config);
    static QString checkWorkDir(const QString &path);
    // "" or the sentence naming the other guest using the same console port.
    static QString consolePortClash(const Guest &guest, const QList<Guest> &others);
    // "" when a TCP server can listen on `port` on this host now (and is closed again).
    static QString checkPortFree(int port);
    // The config's errors, one sentence each ("configuration has errors: file:line: what").
    static QStringList configErrors(const ConfigSummary &config);
    // Warnings about the NICs of `guest`: missing interface, one with an IP address, one
    // also used by another guest.
    static QStringList nicWarnings(const Guest &guest, const QList<Guest> &others);
};

} // namespace charon::core
