// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "sim/emulatorlog.h"

#include <QCoreApplication>

#include <chrono>

using namespace Qt::StringLiterals;

namespace charon::sim {

EmulatorLog::EmulatorLog(const QString &path, Style style)
    : m_path(path)
    , m_style(style)
    , m_file(path)
{ }

bool EmulatorLog::open(QString *error)
{
    if (m_path.isEmpty())
        return true;
    if (m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return true;
    if (error) {
        *error = QCoreApplication::translate("EmulatorLog", "cannot open the log file %1: %2")
                     .arg(m_path, m_file.errorString());
    }
    return false;
}

QString EmulatorLog::defaultFileName(Style style, const QDateTime &startedAt)
{
    if (style != Style::Par)
        return {};
    return u"charon-par."_s + startedAt.toString(u"yyyyMMdd-HHmmss"_s) + u"-0000.log"_s;
}

QString EmulatorLog::timestamp(const QDateTime &when, int microseconds)
{
    return when.toString(u"yyyyMMdd:HHmmss"_s) + u'.'
        + QString::number(microseconds).rightJustified(6, u'0');
}

QString EmulatorLog::formatMessage(Style style, Level level, const QString &message)
{
    if (style == Style::Par) {
        const QString tag = level == Level::Info ? u"info"_s
            : level == Level::Warning            ? u"warn"_s
                                                 : u"err"_s;
        return tag + u':' + message;
    }
    const QString tag = level == Level::Info ? u"INFO :0:00000336"_s
        : level == Level::Warning            ? u"WARN :1:00000337"_s
                                             : u"ERROR:2:00000338"_s;
    return tag + u":session(1201): "_s + message;
}

QString EmulatorLog::licenseLostText(Style style, const QString &keyId)
{
    if (style == Style::Par)
        return u"err:Contact with license key lost ..."_s;
    return u"WARN :1:0000024D:licenseman(1988): Communication with the license key \"%1\" lost."_s
        .arg(keyId);
}

QString EmulatorLog::licenseRestoredText(Style style, const QString &keyId)
{
    // Unconfirmed wording (no public source shows it): the counterpart of the "lost" line.
    if (style == Style::Par)
        return u"info:Contact with license key restored ..."_s;
    return u"INFO :0:0000024E:licenseman(1994): Communication with the license key \"%1\" restored."_s
        .arg(keyId);
}

void EmulatorLog::write(Level level, const QString &message)
{
    writeLine(formatMessage(m_style, level, message));
}

void EmulatorLog::nicUp(const QString &nic, const QString &interface)
{
    writeLine(u"Device %1 (%2) : RX up"_s.arg(nic, interface));
}

void EmulatorLog::licenseLost(const QString &keyId)
{
    writeLine(licenseLostText(m_style, keyId));
}

void EmulatorLog::licenseRestored(const QString &keyId)
{
    writeLine(licenseRestoredText(m_style, keyId));
}

void EmulatorLog::writeLine(const QString &afterTimestamp)
{
    if (!m_file.isOpen())
        return;
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    const qint64 micros = std::chrono::duration_cast<std::chrono::microseconds>(now).count();
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(micros / 1000);
    m_file.write((timestamp(when, int(micros % 1000000)) + u':' + afterTimestamp + u'\n').toUtf8());
    m_file.flush(); // the manager tails this file: every line must be visible at once
}

} // namespace charon::sim
