// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Guest units for the suite's private systemd manager: stand-in emulators (shell scripts in a
// temporary directory, invoked as `<script> -x <config>` like a detached Charon-PAR) and
// charon-guest-<name>.service files in charon::test::userUnitDir(). Everything written is
// stopped and deleted again by cleanup() (also run by the destructor), so test functions of one
// suite do not see each other's guests.

#include "tests/harness/testenv.h"

#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>

namespace charon::test {

class GuestUnitFixture
{
public:
    GuestUnitFixture() { QDir().mkpath(userUnitDir()); }
    ~GuestUnitFixture() { cleanup(); }

    QString dir() const { return m_temp.path(); }

    // An executable shell script in the temporary directory; returns its path.
    QString script(const QString &name, const QString &body)
    {
        const QString path = m_temp.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("#!/bin/sh\n" + body.toUtf8() + '\n');
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
        return path;
    }
    // An emulator that runs until stopped.
    QString sleeper()
    {
        return script(QStringLiteral("emu-sleep"), QStringLiteral("exec sleep 1000"));
    }
    // An emulator that crashes with SIGSEGV after one second.
    QString crasher()
    {
        return script(QStringLiteral("emu-crash"), QStringLiteral("sleep 1\nkill -SEGV $$"));
    }
    // A configuration file the emulator is given (the contents matter only to the parser).
    QString config(const QString &name, const QString &source = {})
    {
        const QString path = m_temp.filePath(name + QStringLiteral(".cfg"));
        if (!source.isEmpty())
            QFile::copy(source, path);
        else {
            QFile file(path);
            if (file.open(QIODevice::WriteOnly))
                file.write("# test configuration\n");
        }
        return path;
    }

    static QString unitName(const QString &guest)
    {
        return QStringLiteral("charon-guest-") + guest + QStringLiteral(".service");
    }
    static QString unitPath(const QString &guest) { return userUnitDir() + u'/' + unitName(guest); }

    // Writes the unit file of `guest`. `extra` lines go into [Service].
    void writeUnit(const QString &guest, const QString &emulator, const QString &configPath,
        const QStringList &extra = {}, const QString &flag = QStringLiteral("-x"))
    {
        QFile file(unitPath(guest));
        if (!file.open(QIODevice::WriteOnly))
            return;
        // Type=exec: a start job fails when the emulator cannot be executed at all.
        QString text = QStringLiteral("[Unit]\nDescription=Charon guest %1 (test)\n\n[Service]\n"
                                      "Type=exec\nExecStart=%2 %3 %4\nWorkingDirectory=%5\n"
                                      "TimeoutStopSec=5\nLimitCORE=0\n")
                           .arg(guest, emulator, flag, configPath, dir());
        for (const QString &line : extra)
            text += line + u'\n';
        text += QStringLiteral("\n[Install]\nWantedBy=default.target\n");
        file.write(text.toUtf8());
        if (!m_guests.contains(guest))
            m_guests.append(guest);
    }
    void removeUnit(const QString &guest)
    {
        systemctl({ QStringLiteral("stop"), unitName(guest) });
        QFile::remove(unitPath(guest));
    }
    static int daemonReload() { return systemctl({ QStringLiteral("daemon-reload") }); }

    void cleanup()
    {
        if (m_guests.isEmpty())
            return;
        QStringList units;
        for (const QString &guest : std::as_const(m_guests))
            units.append(unitName(guest));
        systemctl(QStringList { QStringLiteral("disable") } + units);
        systemctl(QStringList { QStringLiteral("stop") } + units);
        systemctl(QStringList { QStringLiteral("reset-failed") } + units);
        for (const QString &guest : std::as_const(m_guests))
            QFile::remove(unitPath(guest));
        m_guests.clear();
        daemonReload();
    }

private:
    QTemporaryDir m_temp;
    QStringList m_guests;
};

} // namespace charon::test
