// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/manage/addguestsummarypage.h"

#include "ui/style/icons.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charon::ui {

AddGuestSummaryPage::AddGuestSummaryPage(QWidget *parent)
    : QWizardPage(parent)
    , m_plan(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_findings(new QListWidget(this))
    , m_startNow(new QCheckBox(tr("&Start the guest now"), this))
    , m_openConsole(new QCheckBox(tr("Open its &console"), this))
{
    setTitle(tr("Summary"));
    setSubTitle(tr("Nothing has been written yet. Check what will be added."));
    m_plan->setObjectName(u"addGuestPlan"_s);
    m_plan->setTextFormat(Qt::PlainText);
    m_plan->setWordWrap(true);
    m_plan->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setObjectName(u"addGuestVerdict"_s);
    m_verdict->setWordWrap(true);
    m_findings->setObjectName(u"addGuestFindings"_s);
    m_findings->setAccessibleName(tr("Checks before adding"));
    m_findings->setWordWrap(true);
    m_findings->setTextElideMode(Qt::ElideNone);
    m_startNow->setAccessibleName(tr("Start the guest now"));
    m_openConsole->setAccessibleName(tr("Open its console"));
    m_openConsole->setToolTip(tr("Starts the guest, then opens its console"));
    connect(m_openConsole, &QCheckBox::toggled, m_startNow, [this](bool on) {
        if (on)
            m_startNow->setChecked(true);
        m_startNow->setEnabled(!on);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_plan);
    layout->addWidget(m_verdict);
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_startNow);
    layout->addWidget(m_openConsole);
}

void AddGuestSummaryPage::setFindings(
    const QStringList &plan, const core::GuestValidator::Report &report)
{
    if (!plan.isEmpty()) // empty: the same plan, checked again
        m_plan->setText(plan.join(u'\n'));
    m_problems = report.problems();
    m_warnings = report.warnings();
    m_findings->clear();
    for (const QString &problem : std::as_const(m_problems))
        new QListWidgetItem(Icons::level(Icons::Level::Error), problem, m_findings);
    for (const QString &warning : std::as_const(m_warnings))
        new QListWidgetItem(Icons::level(Icons::Level::Warning), warning, m_findings);
    if (!m_problems.isEmpty())
        m_verdict->setText(tr("%n problem(s) must be fixed before the guest can be added (go "
                              "Back to change a choice).",
            nullptr, int(m_problems.size())));
    else if (!m_warnings.isEmpty())
        m_verdict->setText(
            tr("Ready to add. %n note(s) to look at; they do not prevent adding the guest.",
                nullptr, int(m_warnings.size())));
    else
        m_verdict->setText(tr("Ready to add: every check passed."));
    m_findings->setVisible(m_findings->count() > 0);
    Q_EMIT completeChanged();
}

void AddGuestSummaryPage::showError(const QString &error)
{
    m_problems << error;
    new QListWidgetItem(Icons::level(Icons::Level::Error), error, m_findings);
    m_findings->setVisible(true);
    m_verdict->setText(tr("The guest was not added."));
    Q_EMIT completeChanged();
}

void AddGuestSummaryPage::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        m_verdict->setText(tr("Adding the guest…"));
    Q_EMIT completeChanged();
}

bool AddGuestSummaryPage::isComplete() const
{
    return !m_busy && m_problems.isEmpty();
}

} // namespace charon::ui
