// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Opens the editors for a guest of the store: its configuration (with the other guests' console
// ports and the host's interfaces for the problem list), its stop-script branch, its OS-probe
// branch. One window per guest and file: asking again raises the open one.

#include "core/units/unitfile.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QDialog;
class QWidget;

namespace charon::core {
class GuestStore;
}

namespace charon::ui {

class GuestEditors : public QObject
{
    Q_OBJECT

public:
    GuestEditors(core::GuestStore *store, core::UnitScope scope, QWidget *window);

    QDialog *editConfig(const QString &name);
    QDialog *editStopScript(const QString &name);
    QDialog *editOsProbe(const QString &name);

private:
    QDialog *remember(const QString &key, QDialog *dialog);
    QDialog *raise(const QString &key);

    core::GuestStore *m_store;
    core::UnitScope m_scope;
    QWidget *m_window;
    QHash<QString, QPointer<QDialog>> m_open;
};

} // namespace charon::ui
