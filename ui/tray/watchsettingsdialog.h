// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
//
// Which events pop up a notification, how often the guest OS is probed (and how long a probe
// may take), and whether closing the window keeps watching from the tray. Saved in
// WatchPreferences when the dialog is accepted.
#pragma once

#include "core/domain/guestevent.h"
#include "core/events/watchpreferences.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QSpinBox;

namespace charon::ui {

class WatchSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    WatchSettingsDialog(const core::WatchPreferences &preferences, const QString &probeScript,
        bool trayAvailable, QWidget *parent = nullptr);

    static QString kindLabel(core::GuestEvent::Kind kind);
    QCheckBox *checkBox(core::GuestEvent::Kind kind) const { return m_boxes.value(kind); }
    QSpinBox *intervalBox() const { return m_interval; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    QCheckBox *keepWatchingBox() const { return m_keepWatching; }

    // Writes the choices (called on accept).
    void save();

private:
    core::WatchPreferences m_preferences;
    QHash<core::GuestEvent::Kind, QCheckBox *> m_boxes;
    QSpinBox *m_interval;
    QSpinBox *m_timeout;
    QCheckBox *m_keepWatching;
    bool m_trayAvailable;
};

} // namespace charon::ui
