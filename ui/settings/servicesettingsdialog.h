// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Service Settings of one guest: a form of what our drop-in holds (description, timeouts,
// auto-boot, auto-restart with delay and start limit, OOM protection, pre-start script,
// ordering against the other guests). Every change is checked with ServiceSettingsValidator
// and its sentences shown under the form; Apply stays disabled while there is one, so nothing
// is written while a value is refused. Apply goes through ServiceSettingsApplier (drop-in,
// daemon-reload, previous drop-in back if the reload fails); then the "Applied by systemd"
// column shows what systemd read back over D-Bus, each value an admin's own drop-in decides
// marked "set by FILE". Not root, on the system scope, Apply asks the privileged helper
// (core::HelperClient, polkit) to do the same; a refusal is shown as its sentence.

#include "core/settings/appliedsettings.h"
#include "core/units/unitfile.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace charon::core {
class ServiceSettingsApplier;
class SystemdClient;
} // namespace charon::core

namespace charon::ui {

class ServiceSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // `otherGuests`: the guests Before=/After= can name. Loading starts at once.
    ServiceSettingsDialog(core::SystemdClient *client, const core::UnitFile &units,
        const QString &name, const QStringList &otherGuests, QWidget *parent = nullptr);

    QString guestName() const { return m_name; }
    // The settings as the form says now.
    core::ServiceSettings formSettings() const;
    // The validator's sentences for the form, "" when none.
    QString problemsText() const;
    QPushButton *applyButton() const { return m_apply; }
    const core::AppliedSettings &applied() const { return m_applied; }

public Q_SLOTS:
    void apply();

Q_SIGNALS:
    // After each load or apply: `error` "" on success.
    void settled(const QString &error);

private:
    void setForm(const core::ServiceSettings &s);
    void showApplied(const core::AppliedSettings &a);
    void validate();
    void onFinished(const QString &error, const core::AppliedSettings &result);
    QSpinBox *secondsBox(const QString &objectName, const QString &accessible, int min, int max);
    void editScript();
    void browseScript();

    QString m_name;
    QStringList m_others;
    core::ServiceSettingsApplier *m_applier;
    bool m_throughHelper; // system scope, not root: core::HelperClient writes
    bool m_helperBusy = false;
    core::AppliedSettings m_applied;
    bool m_loaded = false;

    QLineEdit *m_description;
    QSpinBox *m_startTimeout;
    QSpinBox *m_stopTimeout;
    QCheckBox *m_autoBoot;
    QCheckBox *m_autoRestart;
    QSpinBox *m_restartDelay;
    QSpinBox *m_burst;
    QSpinBox *m_interval;
    QCheckBox *m_oom;
    QLineEdit *m_preStart;
    QPushButton *m_editScript;
    QListWidget *m_before;
    QListWidget *m_after;
    QHash<QString, QLabel *> m_appliedLabels; // row key -> "applied" label
    QLabel *m_problems;
    QLabel *m_status;
    QPushButton *m_apply;
    QDialogButtonBox *m_buttons;
};

} // namespace charon::ui
