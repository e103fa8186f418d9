// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The last page of the Add Guest wizard: what will be written (name, emulator, family,
// configuration, working directory, auto-boot, OOM protection) and GuestValidator's findings,
// problems first (each blocks Finish), NIC notes as warnings (they do not). Nothing is written
// while it is shown; "Start now" and "Open its console" say what happens after adding.

#include "core/units/guestvalidator.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QListWidget;

namespace charon::ui {

class AddGuestSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AddGuestSummaryPage(QWidget *parent = nullptr);

    // `plan`: the lines saying what will be written ({}: keep the previous ones).
    void setFindings(const QStringList &plan, const core::GuestValidator::Report &report);
    // An error met while adding (e.g. systemd did not reload): shown as a problem.
    void showError(const QString &error);
    // While adding: Finish stays disabled.
    void setBusy(bool busy);

    bool isComplete() const override;

    QStringList problems() const { return m_problems; }
    QStringList warnings() const { return m_warnings; }
    QListWidget *findingsList() const { return m_findings; }
    QCheckBox *startNow() const { return m_startNow; }
    QCheckBox *openConsole() const { return m_openConsole; }

private:
    QLabel *m_plan;
    QLabel *m_verdict;
    QListWidget *m_findings;
    QCheckBox *m_startNow;
    QCheckBox *m_openConsole;
    QStringList m_problems;
    QStringList m_warnings;
    bool m_busy = false;
};

} // namespace charon::ui
