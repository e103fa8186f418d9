// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/tray/watchsettingsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using K = charon::core::GuestEvent::Kind;

namespace charon::ui {

QString WatchSettingsDialog::kindLabel(K kind)
{
    switch (kind) {
    case K::Started:
        return tr("A guest started");
    case K::Stopped:
        return tr("A guest stopped on request");
    case K::Failed:
        return tr("A guest stopped with FAILURE");
    case K::Restarting:
        return tr("systemd restarts a failed guest");
    case K::JobFailed:
        return tr("A start, stop or restart did not succeed");
    case K::ManagerLost:
        return tr("The host's systemd cannot be reached");
    case K::ManagerBack:
        return tr("The host's systemd can be reached again");
    case K::LicenseFound:
        return tr("License key found");
    case K::LicenseLost:
        return tr("License key lost");
    case K::LicenseRestored:
        return tr("License key restored");
    case K::LicenseMissing:
        return tr("No valid license");
    case K::LicenseExpiring:
        return tr("License expiring");
    case K::LicenseExpired:
        return tr("License expired");
    case K::ShutdownWarning:
        return tr("The emulator announces a shutdown");
    case K::OsAnswers:
        return tr("The guest OS answers");
    case K::OsNoAnswer:
        return tr("The guest OS does not answer");
    case K::OsProbeError:
        return tr("The guest OS probe fails");
    }
    return {};
}

WatchSettingsDialog::WatchSettingsDialog(const core::WatchPreferences &preferences,
    const QString &probeScript, bool trayAvailable, QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
    , m_trayAvailable(trayAvailable)
{
    setWindowTitle(tr("Notifications and Watching"));
    setObjectName(u"watchSettingsDialog"_s);
    auto *layout = new QVBoxLayout(this);

    const QList<QPair<QString, QList<K>>> groups {
        { tr("Guests"), { K::Failed, K::Restarting, K::JobFailed, K::Started, K::Stopped } },
        { tr("License"),
            { K::LicenseLost, K::LicenseMissing, K::ShutdownWarning, K::LicenseExpired,
                K::LicenseExpiring, K::LicenseRestored, K::LicenseFound } },
        { tr("Guest OS"), { K::OsNoAnswer, K::OsProbeError, K::OsAnswers } },
        { tr("Host"), { K::ManagerLost, K::ManagerBack } },
    };
    auto *notify = new QLabel(tr("Show a desktop notification when:"), this);
    layout->addWidget(notify);
    auto *columns = new QHBoxLayout;
    for (const auto &[title, kinds] : groups) {
        auto *box = new QGroupBox(title, this);
        auto *boxLayout = new QVBoxLayout(box);
        for (const K kind : kinds) {
            auto *check = new QCheckBox(kindLabel(kind), box);
            check->setObjectName(u"notify-"_s + core::GuestEvent::kindName(kind));
            check->setChecked(m_preferences.notifies(kind));
            boxLayout->addWidget(check);
            m_boxes.insert(kind, check);
        }
        boxLayout->addStretch();
        columns->addWidget(box);
    }
    layout->addLayout(columns);

    auto *probe = new QGroupBox(tr("Guest OS probe"), this);
    auto *form = new QFormLayout(probe);
    auto *script = new QLabel(probeScript.isEmpty() ? tr("none") : probeScript, probe);
    script->setTextInteractionFlags(Qt::TextSelectableByMouse);
    script->setWordWrap(true);
    form->addRow(tr("Script:"), script);
    m_interval = new QSpinBox(probe);
    m_interval->setRange(10, 86400);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(m_preferences.osProbeIntervalSec());
    m_interval->setAccessibleName(tr("Probe interval in seconds"));
    form->addRow(tr("Probe every:"), m_interval);
    m_timeout = new QSpinBox(probe);
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(m_preferences.osProbeTimeoutSec());
    m_timeout->setAccessibleName(tr("Probe timeout in seconds"));
    form->addRow(tr("Give up after:"), m_timeout);
    layout->addWidget(probe);

    m_keepWatching = new QCheckBox(tr("Closing the window keeps watching from the tray"), this);
    m_keepWatching->setChecked(m_preferences.keepWatchingInTray(trayAvailable));
    m_keepWatching->setEnabled(trayAvailable);
    if (!trayAvailable)
        m_keepWatching->setToolTip(tr("This desktop has no system tray to come back from."));
    layout->addWidget(m_keepWatching);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void WatchSettingsDialog::save()
{
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        m_preferences.setNotifies(it.key(), it.value()->isChecked());
    m_preferences.setOsProbeIntervalSec(m_interval->value());
    m_preferences.setOsProbeTimeoutSec(m_timeout->value());
    if (m_trayAvailable)
        m_preferences.setKeepWatchingInTray(m_keepWatching->isChecked());
}

} // namespace charon::ui
