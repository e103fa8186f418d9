// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The license situation of one guest, worked out from the emulator log lines the profile
// recognises (EmulatorProfile::matchLogLine): a key lost (since when, for how long the
// emulator keeps running), no valid license, an expiry warning, a shutdown announced, or the
// key back. No I/O: LicenseMonitor feeds it from the log tailer, tests feed it literal lines.
// Which wordings mean what lives in the profile data, never here.

#include "core/config/emulatorprofile.h"
#include "core/domain/guest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace charon::core {

class LicenseTracker
{
    Q_DECLARE_TR_FUNCTIONS(LicenseTracker)

public:
    enum class State {
        Unknown, // nothing about the license seen (yet)
        Ok, // the key came back
        Lost, // the key disappeared; the emulator runs on for a grace period
        Missing, // no valid license key
        Expiring, // the license expires in a few days
        ShutdownWarning, // the emulator announced it will stop
    };

    // Applies one match of a log line written at `when`. Returns false for kinds that are not
    // about the license (nic-up ...). A license check only updates lastCheck().
    bool apply(const EmulatorProfile::LogMatch &match, const QString &line, const QDateTime &when);
    void reset(); // a new emulator run: nothing known

    State state() const;
    // The state as the table's icon and the alerts grade it.
    LicenseHealth health() const;
    QDateTime since() const; // when the current state began; invalid for Unknown
    QString key() const { return m_key; } // the license key named by the last event, if any
    int graceHours() const { return m_graceHours; } // after a loss; -1 unknown
    QDateTime shutdownAt() const { return m_shutdownAt; } // announced stop; invalid if none
    int expiresInDays() const { return m_expiryDays; } // -1 when no expiry warning stands
    QDateTime lastCheck() const { return m_lastCheck; }
    QString lastEventKind() const { return m_lastKind; }
    QString lastEventLine() const { return m_lastLine; }
    QDateTime lastEventAt() const { return m_lastAt; }

    // One short sentence for people, "" while Unknown. Times on `now`'s day show as hh:mm:ss,
    // others with their date.
    QString statusText(const QDateTime &now = QDateTime::currentDateTime()) const;

    static bool isLicenseKind(const QString &kind);
    // The toolkit's expiry levels: INFORMATIONAL (>7 days), MINOR (4-7), MAJOR (2-3),
    // CRITICAL (<2), EXPIRED.
    static QString expiryLevel(int days);

private:
    enum class Problem { None, Lost, Missing };

    QString problemHead(const QDateTime &now) const;

    Problem m_problem = Problem::None;
    QDateTime m_problemSince;
    QString m_key;
    int m_graceHours = -1;
    QDateTime m_shutdownAt;
    QDateTime m_shutdownWarnedAt;
    int m_expiryDays = -1;
    QDateTime m_expirySeenAt;
    QDateTime m_restoredAt;
    QDateTime m_lastCheck;
    QString m_lastKind;
    QString m_lastLine;
    QDateTime m_lastAt;
};

} // namespace charon::core
