// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/console/consolelogfile.h"

using namespace Qt::StringLiterals;

namespace charon::core {

QString ConsoleLogFile::defaultFileName(const QString &guest, const QDateTime &when)
{
    return u"%1-%2.log"_s.arg(guest, when.toString(u"yyyyMMdd-HHmmss"_s));
}

bool ConsoleLogFile::open(const QString &path)
{
    close();
    m_error.clear();
    m_written = 0;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        m_error = m_file.errorString();
        return false;
    }
    return true;
}

bool ConsoleLogFile::write(const QByteArray &bytes)
{
    if (!m_file.isOpen())
        return false;
    if (m_file.write(bytes) != bytes.size()) {
        m_error = m_file.errorString();
        m_file.close();
        return false;
    }
    m_written += bytes.size();
    return true;
}

void ConsoleLogFile::close()
{
    if (m_file.isOpen())
        m_file.close();
}

} // namespace charon::core
