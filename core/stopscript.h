#pragma once
// The toolkit's common stop script: one shell script with a `case "$1" in` branch per guest
// configuration file, holding the admin's clean shutdown commands (ssh / rsh / expect on the
// console). This class reads it to tell, per configuration, the status the toolkit shows
// (Not found / To customize / Case not set / Using EXPECT|RSH|SSH / Customized), and adds a
// template branch for a new guest. Running a branch is StopScriptRunner's job.
// Location: $CHARON_STOP_SCRIPT, else /etc/charon-manager/stop-guest.sh (the toolkit's own
// path could not be confirmed, so it is not assumed).

#include "core/guest.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace charon::core {

enum class GuestOs { Unknown, HpUx, MpeIx, OpenVms, Tru64 };

class StopScript
{
public:
    explicit StopScript(const QString &path = defaultPath());
    static QString defaultPath();
    QString path() const { return m_path; }
    bool exists() const;

    StopScriptStatus statusFor(const QString &configPath) const;
    // The same on a script's text (tests, previews).
    static StopScriptStatus statusIn(const QString &scriptText, const QString &configPath);
    // Whether running the script for this config does anything the admin wrote or generated.
    static bool hasBranch(StopScriptStatus status)
    {
        return status != StopScriptStatus::NotFound && status != StopScriptStatus::CaseNotSet;
    }

    // A branch for `configPath` whose body says what to write (the OS's clean shutdown
    // command, commented out) and carries the "TO CUSTOMIZE" marker. Empty with *error when
    // the path cannot be written in the script (a newline in it).
    static QString branchTemplate(const QString &configPath, GuestOs os, QString *error = nullptr);
    // A whole new script holding just that branch.
    static QString scriptTemplate(const QString &branch);
    // Adds the template branch to the script (creating it, mode 0755), atomically with a .bak.
    // Refuses when the config already has a branch.
    bool addBranch(const QString &configPath, GuestOs os, QString *error);

    static QString statusName(StopScriptStatus status); // "Not found", "Using SSH", ...
    // The OS a guest of this profile and model most likely runs (for the template).
    static GuestOs guessOs(const QString &profileId, const QString &model);

    static QString customizeMarker() { return QStringLiteral("TO CUSTOMIZE"); }

private:
    QString m_path;
};

} // namespace charon::core
