// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// One Charon product family (PAR, AXP, VAX) described as data: how its configuration files
// write each setting (regular expressions), which keys need or refuse '=', how the emulator is
// started detached, its executables, the guest operating systems with their clean-shutdown
// commands, and the emulator log lines about licenses and NICs. Read from JSON
// (resources/profiles/*.json, overridable on disk, see DataPaths) so that an administrator
// corrects an unconfirmed pattern without a rebuild. A value type: copies share their data.

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace charon::core {

class EmulatorProfile
{
public:
    // What a settings rule fills in a ConfigSummary.
    enum class Field {
        Model,
        Memory,
        ConsolePort,
        LogPath,
        BreakOn,
        StopOn,
        ConfigurationName,
        LicenseKeyId,
        NicAdapter, // AXP/VAX `load DE500BA/dec21x4x EWA`: value = adapter type
        NicInterface, // the host interface of a NIC or packet port
        NicMappingMode, // PAR EWxn.mapping_mode
        NicLink, // AXP/VAX `set EWA interface=EWA0`: adapter -> packet port
    };

    struct SettingRule
    {
        Field field = Field::Model;
        QRegularExpression regex; // named groups: "value"; "nic" for the Nic* fields
        bool repeatable = false; // e.g. license ids: no duplicate warning
        bool confirmed = false;
        QString note;
    };
    struct Executable
    {
        QString name;
        bool confirmed = false;
        QString note;
    };
    struct GuestOs
    {
        QString id; // "hpux", "mpeix", "openvms", "tru64"
        QString displayName;
        QString shutdownCommand;
        QString consolePrefix; // sent on the console before the command (MPE/iX: Ctrl-A)
        QStringList alternatives;
        QString note;
    };
    struct ConsolePowerOff
    {
        QString command; // what to send on the console to end the emulator ("" unknown)
        QString note;
    };
    struct LogPattern
    {
        QString kind; // license-lost, license-restored, license-missing, shutdown-warning,
                      // license-expiring, license-check, nic-up, nic-down
        QRegularExpression regex;
        bool confirmed = false;
        int graceHours = -1; // license-lost: how long the guest keeps running; -1 unknown
        QString example;
        QString note;
    };
    struct LogMatch
    {
        QString kind;
        bool confirmed = false;
        QHash<QString, QString> captures; // named groups: key, minutes, days, nic, iface ...
        int graceHours = -1; // from the pattern
    };

    EmulatorProfile(); // an invalid profile
    bool isValid() const;

    // Reads one profile. On failure returns an invalid profile and sets *error to
    // "origin: where: what".
    static EmulatorProfile fromJson(
        const QByteArray &json, const QString &origin, QString *error = nullptr);
    // Every profile, read now: the built-in ones, each replaced by a file of the same name found
    // later in DataPaths::searchDirs("profiles", "CHARON_PROFILE_DIR"). A broken file is
    // reported in *errors and the earlier version stays in use. Sorted by id.
    // ProfileRegistry keeps the result cached.
    static QList<EmulatorProfile> loadAll(QStringList *errors = nullptr);

    QString id() const;
    QString displayName() const;
    QString description() const;
    QString note() const;
    QString origin() const; // the file it was read from
    QString detachedFlag() const;
    QList<Executable> executables() const;
    QStringList executableNames() const;
    QList<GuestOs> guestOsChoices() const;
    std::optional<GuestOs> guestOs(const QString &osId) const;
    QString shutdownCommand(const QString &osId) const; // "" for an unknown OS
    ConsolePowerOff consolePowerOff() const;
    // File name globs of the emulator log in the working directory when none is configured.
    QStringList defaultLogFiles() const;

    QList<LogPattern> logPatterns() const;
    // Every log pattern the line matches, in profile order (a line may mean two things, e.g.
    // a license loss that also announces a shutdown).
    QList<LogMatch> matchLogLine(const QString &line) const;

    // Configuration syntax, for ConfigParser.
    QList<SettingRule> settings() const;
    bool isKnownLine(const QString &line) const; // understood syntax that no setting covers
    bool hasKeySyntax() const; // PAR: `key [=] value` with '=' rules
    QRegularExpression keyPattern() const; // groups "key" and "eq"
    bool keyRequiresEquals(const QString &key) const;
    bool keyForbidsEquals(const QString &key) const;
    bool keyIsRepeatable(const QString &key) const;
    QRegularExpression consoleListenPattern() const; // groups "port" and optional "where"
    QString bareConsoleListen() const; // where a bare port number listens ("" = unknown/local)
    bool isDisabledConsoleValue(const QString &value) const; // break_on="none"
    QRegularExpression memoryValuePattern() const; // groups "number", "unit"
    QString memoryDefaultUnit() const;
    int maxNics() const; // 0: no limit known
    QString defaultNicMappingMode() const;
    QStringList nicMappingModes() const; // empty: anything goes
    QString implicitNicLink(const QString &adapter) const; // "" when the family has none
    // How strongly these (comment-free) lines look like this family; 0 = not at all.
    int detectScore(const QStringList &lines) const;

    struct Data;

private:
    explicit EmulatorProfile(std::shared_ptr<const Data> data);
    std::shared_ptr<const Data> d;
};

} // namespace charon::core
