// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Guest > Add Guest…: the window's way to add a guest, on the same core code as
// `charon-vm add` (GuestInstaller, whose checks are GuestValidator's). Pages: the emulator
// (Charon executables found in /opt/charon/bin, or $CHARON_BIN_DIR, or browse; the product
// family detected from the executable name and the configuration), the configuration (an
// existing file, or a new copy of the family's template), the guest (name from the
// configuration file by default, working directory, auto-boot, OOM protection), and a summary
// with every finding BEFORE anything is written: problems block Finish, NIC notes are
// warnings. Finish writes the unit (and the template copy), reloads systemd (a failed reload
// takes the new files back out: the host stays as it was), turns auto-boot on when asked,
// then announces guestAdded() with the admin's "start now" / "open console" choices.

#include "core/guests/guestinstaller.h"
#include "core/units/unitfile.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace charon::core {
class SystemdClient;
class SystemdJob;
} // namespace charon::core

namespace charon::ui {

class AddGuestSummaryPage;

class AddGuestWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { EmulatorPage, ConfigPage, GuestPage, SummaryPage };

    // `others`: the installed guests with their parsed configurations (clash checks).
    AddGuestWizard(core::SystemdClient *client, core::UnitScope scope,
        const QList<core::Guest> &others, QWidget *parent = nullptr);

    // Where unit files live when not the scope's usual directory (tests).
    void setUnitDirectory(const QString &directory);
    void setStopScriptPath(const QString &path) { m_stopScriptPath = path; }
    // charon-vm, named in the unit's ExecStartPre=/ExecStop= (default: next to this program).
    void setHelperPath(const QString &path) { m_helperPath = path; }
    QString helperPath() const { return m_helperPath; }

    // The Charon executables in $CHARON_BIN_DIR (when set) or /opt/charon/bin, sorted.
    static QStringList findEmulators();
    // charon-vm next to this program, else on PATH ("" when nowhere).
    static QString defaultHelperPath();

    // What the pages say now, as a request to GuestInstaller.
    core::GuestInstaller::Request request() const;
    // The validation of request(), writing nothing (what the summary page shows).
    core::GuestInstaller::Result preview() const;

    // The controls, for tests and the screenshot script.
    QComboBox *emulatorBox() const { return m_emulator; }
    QComboBox *familyBox() const { return m_family; }
    QRadioButton *useExistingConfig() const { return m_useExisting; }
    QRadioButton *useTemplate() const { return m_useTemplate; }
    QLineEdit *configEdit() const { return m_config; }
    QLineEdit *newConfigEdit() const { return m_newConfig; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *workDirEdit() const { return m_workDir; }
    QCheckBox *autoBootBox() const { return m_autoBoot; }
    QCheckBox *oomProtectBox() const { return m_oomProtect; }
    AddGuestSummaryPage *summary() const { return m_summary; }

    void accept() override;

Q_SIGNALS:
    // The guest is installed and systemd knows it; the wizard closes.
    void guestAdded(const QString &name, bool startNow, bool openConsole);

protected:
    void initializePage(int id) override;

private:
    QWizardPage *buildEmulatorPage();
    QWizardPage *buildConfigPage();
    QWizardPage *buildGuestPage();
    void updateDetectedFamily();
    QString chosenFamily() const;
    void browse(QLineEdit *edit, bool directory, bool save, const QString &title);
    void reloaded(core::SystemdJob *job, const core::Guest &guest, bool wroteConfig);
    void finishAdding(const core::Guest &guest);
    void addThroughHelper(core::GuestInstaller::Request request);

    core::SystemdClient *m_client;
    core::UnitFile m_units;
    QList<core::Guest> m_others;
    QString m_stopScriptPath;
    QString m_helperPath;
    QComboBox *m_emulator;
    QComboBox *m_family;
    QLabel *m_detected;
    QRadioButton *m_useExisting;
    QRadioButton *m_useTemplate;
    QLineEdit *m_config;
    QLineEdit *m_newConfig;
    QLineEdit *m_name;
    QLineEdit *m_workDir;
    QCheckBox *m_autoBoot;
    QCheckBox *m_oomProtect;
    AddGuestSummaryPage *m_summary;
    bool m_nameEdited = false;
    bool m_workDirEdited = false;
};

} // namespace charon::ui
