// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/editor/configeditordialog.h"

#include "core/config/profileregistry.h"
#include "ui/editor/codeedit.h"
#include "ui/editor/confighighlighter.h"

#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charon::ui {

ConfigEditorDialog::ConfigEditorDialog(const QString &guestName, const QString &configPath,
    const QString &profileId, const core::ConfigProblems::Context &context, QWidget *parent)
    : TextFileEditorDialog(configPath, parent)
    , m_profileId(profileId)
    , m_context(context)
    , m_edit(new CodeEdit(this))
    , m_problems(new QListWidget(this))
    , m_recheck(new QTimer(this))
{
    setWindowTitle(tr("Configuration of %1").arg(guestName));
    auto *intro = new QLabel(tr("<b>%1</b><br>Saving shows the changes first, then replaces "
                                "the file at once and keeps the previous version as %2.")
                                 .arg(configPath.toHtmlEscaped(),
                                     core::EditableFile::backupPathFor(configPath).toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body()->addWidget(intro);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_edit);
    auto *problemsBox = new QWidget(split);
    auto *problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    auto *problemsTitle = new QLabel(tr("&Problems:"), problemsBox);
    problemsTitle->setBuddy(m_problems);
    problemsLayout->addWidget(problemsTitle);
    problemsLayout->addWidget(m_problems);
    split->addWidget(problemsBox);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    body()->addWidget(split, 1);
    m_edit->setAccessibleName(tr("Configuration text"));
    m_problems->setAccessibleName(tr("Problems of the configuration"));

    if (const auto profile = core::ProfileRegistry::forId(profileId))
        m_highlighter = new ConfigHighlighter(m_edit->document(), *profile);
    m_recheck->setSingleShot(true);
    m_recheck->setInterval(300);
    connect(m_recheck, &QTimer::timeout, this, &ConfigEditorDialog::recheck);
    connect(m_edit, &QPlainTextEdit::textChanged, m_recheck, qOverload<>(&QTimer::start));
    const auto goTo = [this](QListWidgetItem *item) {
        if (const int line = item->data(Qt::UserRole).toInt(); line > 0)
            m_edit->goToLine(line);
    };
    connect(m_problems, &QListWidget::itemActivated, this, goTo);
    connect(m_problems, &QListWidget::itemClicked, this, goTo);

    if (openFile(false))
        showLoaded();
    else
        m_edit->setEnabled(false);
    resize(820, 640);
}

QString ConfigEditorDialog::composedText() const
{
    return m_edit->toPlainText();
}

void ConfigEditorDialog::showLoaded()
{
    m_edit->setPlainText(file().text());
    recheck();
}

void ConfigEditorDialog::recheck()
{
    m_recheck->stop();
    m_issues = core::ConfigProblems::check(
        m_edit->toPlainText().toUtf8(), path(), m_profileId, m_context);
    QHash<int, CodeEdit::Mark> marks;
    m_problems->clear();
    for (const core::ConfigIssue &issue : std::as_const(m_issues)) {
        const bool error = issue.severity == core::ConfigIssue::Severity::Error;
        const QString where = issue.line > 0 ? tr("Line %1").arg(issue.line) : tr("Whole file");
        auto *item = new QListWidgetItem(u"%1: %2"_s.arg(where, issue.message), m_problems);
        item->setData(Qt::UserRole, issue.line);
        item->setIcon(style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                : issue.severity == core::ConfigIssue::Severity::Warning
                ? QStyle::SP_MessageBoxWarning
                : QStyle::SP_MessageBoxInformation));
        if (issue.line > 0) {
            CodeEdit::Mark &mark = marks[issue.line];
            mark.message
                = mark.message.isEmpty() ? issue.message : mark.message + u'\n' + issue.message;
            mark.error = mark.error || error;
        }
    }
    if (m_issues.isEmpty())
        new QListWidgetItem(tr("No problem found."), m_problems);
    m_edit->setMarks(marks);
}

} // namespace charon::ui
