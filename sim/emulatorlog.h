// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The emulator log a real Charon writes, in its product's style, so that the manager's log
// watcher can be tested on it: `YYYYMMDD:HHMMSS.uuuuuu:` timestamps, NIC lines
// (`Device EWA0 (eth1) : RX up`) and the license lines in each product's literal wording.
// PAR style: `<ts>:info:...`, `<ts>:err:Contact with license key lost ...`.
// AXP/VAX style (4.12): `<ts>:INFO :0:00000336:session(1201): ...`,
//   `<ts>:WARN :1:0000024D:licenseman(1988): Communication with the license key "N" lost.`
// The "restored" wordings are not confirmed by any documentation: see sim/README.md.

#include <QDateTime>
#include <QFile>
#include <QString>

namespace charon::sim {

class EmulatorLog
{
public:
    enum class Style { Par, AxpVax };
    enum class Level { Info, Warning, Error };

    EmulatorLog(const QString &path, Style style);

    // Opens (appending) the log file; true when no path was configured.
    bool open(QString *error);
    QString path() const { return m_path; }

    void write(Level level, const QString &message);
    void nicUp(const QString &nic, const QString &interface);
    void licenseLost(const QString &keyId);
    void licenseRestored(const QString &keyId);

    // Where the emulator logs when its configuration names no log: Charon-PAR writes
    // `charon-par.<date-time>-0000.log` in its working directory, a new file per start.
    // "" for AXP/VAX (no such default is documented).
    static QString defaultFileName(Style style, const QDateTime &startedAt);
    // 20241125:101530.123456
    static QString timestamp(const QDateTime &when, int microseconds);
    // The text after the timestamp and its colon, for a plain message.
    static QString formatMessage(Style style, Level level, const QString &message);
    static QString licenseLostText(Style style, const QString &keyId);
    static QString licenseRestoredText(Style style, const QString &keyId);

private:
    void writeLine(const QString &afterTimestamp);

    QString m_path;
    Style m_style;
    QFile m_file;
};

} // namespace charon::sim
