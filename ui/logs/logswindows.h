// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The logs windows of the main window, one per guest: open() makes a guest's LogsWindow from
// what the store knows (its unit, the manager it lives in, its emulator log as the config and
// profile place it, LicenseMonitor::logSourceFor) or raises the open one.

#include "core/guests/gueststore.h"
#include "core/journal/journalfeed.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace charon::ui {

class LogsWindow;

class LogsWindows : public QObject
{
    Q_OBJECT

public:
    // Windows are children of `parent` (they close with it).
    LogsWindows(core::GuestStore *store, QWidget *parent);

    void setScope(core::JournalFeed::Scope scope) { m_scope = scope; }
    core::JournalFeed::Scope scope() const { return m_scope; }

    // nullptr when the store has no such guest.
    LogsWindow *open(const QString &guest);
    LogsWindow *window(const QString &guest) const;

private:
    core::GuestStore *m_store;
    QWidget *m_parent;
    core::JournalFeed::Scope m_scope = core::JournalFeed::Scope::System;
    QHash<QString, QPointer<LogsWindow>> m_windows;
};

} // namespace charon::ui
