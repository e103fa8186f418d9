// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The editor of a guest's Charon configuration: the text highlighted from the emulator
// profile's patterns, its problems (core's ConfigProblems, re-checked as you type) marked on
// their lines and listed below; a click on one goes to its line. Saving is
// TextFileEditorDialog's: a diff first, `name.cfg~` kept.

#include "core/editing/configproblems.h"
#include "ui/editor/texteditordialog.h"

class QListWidget;
class QTimer;

namespace charon::ui {

class CodeEdit;
class ConfigHighlighter;

class ConfigEditorDialog : public TextFileEditorDialog
{
    Q_OBJECT

public:
    ConfigEditorDialog(const QString &guestName, const QString &configPath,
        const QString &profileId, const core::ConfigProblems::Context &context,
        QWidget *parent = nullptr);

    CodeEdit *editor() const { return m_edit; }
    QListWidget *problemList() const { return m_problems; }
    QList<core::ConfigIssue> problems() const { return m_issues; }
    void recheck(); // now, instead of after the typing pause

protected:
    QString composedText() const override;
    void showLoaded() override;

private:
    QString m_profileId;
    core::ConfigProblems::Context m_context;
    CodeEdit *m_edit;
    ConfigHighlighter *m_highlighter = nullptr;
    QListWidget *m_problems;
    QTimer *m_recheck;
    QList<core::ConfigIssue> m_issues;
};

} // namespace charon::ui
