// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/tray/trayicon.h"

#include "ui/style/statestyle.h"
#include "ui/tray/hostsummary.h"

#include <QMenu>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;
using charon::core::Guest;

namespace charon::ui {

TrayIcon::TrayIcon(core::GuestStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
{
    m_menu->setObjectName(u"trayMenu"_s);
    m_menu->setAccessibleName(tr("Charon Manager tray menu"));
    m_tray->setContextMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, &TrayIcon::rebuildMenu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick)
            Q_EMIT showWindowRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_lastBalloonGuest.isEmpty())
            Q_EMIT showWindowRequested();
        else
            Q_EMIT showGuestRequested(m_lastBalloonGuest);
    });
    connect(store, &core::GuestStore::guestChanged, this,
        [this](int, const QString &, Guest::Fields fields) {
            if (fields & (Guest::Field::State | Guest::Field::License))
                refresh();
        });
    connect(store, &core::GuestStore::guestAdded, this, &TrayIcon::refresh);
    connect(store, &core::GuestStore::guestRemoved, this, &TrayIcon::refresh);
    connect(store, &core::GuestStore::connectionChanged, this, &TrayIcon::refresh);
    m_health = Icons::HostHealth::Disconnected; // differs from any first summary: set at once
    refresh();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool TrayIcon::isVisible() const
{
    return m_tray->isVisible();
}

void TrayIcon::show()
{
    m_tray->show();
}

QString TrayIcon::toolTip() const
{
    return m_tray->toolTip();
}

void TrayIcon::refresh()
{
    const HostSummary summary = HostSummary::of(*m_store);
    const QString tip = summary.text();
    if (tip != m_tray->toolTip())
        m_tray->setToolTip(tip);
    const Icons::HostHealth health = summary.health();
    if (health != m_health || m_tray->icon().isNull()) {
        m_health = health;
        m_tray->setIcon(Icons::host(health));
    }
}

void TrayIcon::rebuildMenu()
{
    m_menu->clear();
    QAction *show = m_menu->addAction(tr("Show Window"), this, &TrayIcon::showWindowRequested);
    QFont bold = show->font();
    bold.setBold(true);
    show->setFont(bold);
    m_menu->addSeparator();
    if (!m_store->isConnected()) {
        m_menu->addAction(tr("systemd cannot be reached"))->setEnabled(false);
    } else if (m_store->count() == 0) {
        m_menu->addAction(tr("No guests"))->setEnabled(false);
    }
    for (const Guest &g : m_store->guests()) {
        // "hpux-prod — ACTIVE": state in words as well as the icon's colour and shape.
        QMenu *sub = m_menu->addMenu(
            StateStyle::icon(g.derived.state), tr("%1 — %2").arg(g.name, StateStyle::text(g)));
        sub->setObjectName(u"trayGuest-"_s + g.name);
        const QString name = g.name;
        const bool running = g.derived.state == core::GuestState::Active
            || g.derived.state == core::GuestState::Activating;
        QAction *start = sub->addAction(Icons::action(Icons::Action::Start), tr("Start"), this,
            [this, name] { Q_EMIT startRequested(name); });
        start->setEnabled(!running);
        QAction *stop = sub->addAction(Icons::action(Icons::Action::Stop), tr("Stop"), this,
            [this, name] { Q_EMIT stopRequested(name); });
        stop->setEnabled(running);
        sub->addAction(Icons::action(Icons::Action::Console), tr("Open Console"), this,
            [this, name] { Q_EMIT consoleRequested(name); });
        sub->addAction(
            tr("Show in Window"), this, [this, name] { Q_EMIT showGuestRequested(name); });
        if (g.licenseHealth == core::LicenseHealth::Critical
            || g.licenseHealth == core::LicenseHealth::Warning) {
            sub->addSeparator();
            sub->addAction(Icons::license(g.licenseHealth), g.licenseStatus)->setEnabled(false);
        }
    }
    m_menu->addSeparator();
    m_menu->addAction(tr("Notifications and Watching…"), this, &TrayIcon::settingsRequested);
    m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
}

void TrayIcon::showBalloon(const core::DesktopNotification &n)
{
    m_lastBalloonGuest = n.guests.size() == 1 ? n.guests.first() : QString();
    const QSystemTrayIcon::MessageIcon icon = n.severity == core::GuestEvent::Severity::Critical
        ? QSystemTrayIcon::Critical
        : n.severity == core::GuestEvent::Severity::Warning ? QSystemTrayIcon::Warning
                                                            : QSystemTrayIcon::Information;
    m_tray->showMessage(n.title, n.body, icon, 10000);
}

} // namespace charon::ui
