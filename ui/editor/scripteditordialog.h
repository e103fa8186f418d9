// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The editor of one guest's branch in a shared `case "$1" in` script: the common stop script
// (templates: SSH or RSH to the guest, EXPECT on the console typing the guest OS's shutdown
// command; the guest's status as the toolkit names it, live as you type) or the guest OS probe
// script (its template). Only the guest's branch is edited; the rest of the script is kept as
// it is. Before saving, `bash -n` checks the whole script and a failure blocks the save naming
// the line. The script is saved owner-only (mode 0700: it may hold passwords) and the dialog
// says so; the previous version is kept as `name~`.

#include "core/config/emulatorprofile.h"
#include "ui/editor/texteditordialog.h"

class QComboBox;
class QLabel;

namespace charon::core {
class ScriptSyntaxCheck;
}

namespace charon::ui {

class CodeEdit;

class ScriptEditorDialog : public TextFileEditorDialog
{
    Q_OBJECT

public:
    enum class Kind { StopScript, OsProbe };
    struct Guest
    {
        QString name;
        QString configPath;
        QString profileId;
        QString model;
    };

    ScriptEditorDialog(
        Kind kind, const QString &scriptPath, const Guest &guest, QWidget *parent = nullptr);

    CodeEdit *editor() const { return m_edit; }
    QLabel *guestStatusLabel() const { return m_guestStatus; }
    QComboBox *templateChoice() const { return m_templates; }
    QString osId() const { return m_os.id; }
    void applyTemplate(int index); // replaces the branch with the template at that index

protected:
    QString composedText() const override;
    void showLoaded() override;
    void checkBeforeSave(std::function<void(bool)> done) override;
    QString savedSentence() const override;

private:
    QString header() const;
    void updateGuestStatus();
    int branchFirstLine() const; // 0-based line of the branch in the composed script

    Kind m_kind;
    Guest m_guest;
    core::EmulatorProfile::GuestOs m_os;
    QString m_consolePowerOff;
    CodeEdit *m_edit;
    QComboBox *m_templates;
    QLabel *m_guestStatus;
    core::ScriptSyntaxCheck *m_check;
};

} // namespace charon::ui
