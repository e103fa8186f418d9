// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
//
// The system tray icon. Its picture and tooltip follow the host summary (recomputed only when a
// guest's state or license changes); its menu is built when it is about to show, so an idle
// tray does no work. Requests go out as signals: the window session routes them.
#pragma once

#include "core/events/desktopnotification.h"
#include "core/guests/gueststore.h"
#include "ui/style/icons.h"

#include <QObject>
#include <QPointer>

class QMenu;
class QSystemTrayIcon;

namespace charon::ui {

class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(core::GuestStore *store, QObject *parent = nullptr);
    ~TrayIcon() override;

    static bool isAvailable(); // a tray host runs on this desktop
    bool isVisible() const;
    void show();

    // The fallback when no notification service answers.
    void showBalloon(const core::DesktopNotification &notification);
    Icons::HostHealth health() const { return m_health; }
    QString toolTip() const;
    QMenu *menu() const { return m_menu; }
    // Fills the menu now (it is filled on aboutToShow otherwise); tests and screenshots.
    void rebuildMenu();

Q_SIGNALS:
    void showWindowRequested();
    void startRequested(const QString &guest);
    void stopRequested(const QString &guest);
    void consoleRequested(const QString &guest);
    void showGuestRequested(const QString &guest);
    void settingsRequested();
    void quitRequested();

private:
    void refresh();

    core::GuestStore *m_store;
    QSystemTrayIcon *m_tray;
    QMenu *m_menu; // owned here: QSystemTrayIcon does not take ownership
    Icons::HostHealth m_health = Icons::HostHealth::Fine;
    QString m_lastBalloonGuest;
};

} // namespace charon::ui
