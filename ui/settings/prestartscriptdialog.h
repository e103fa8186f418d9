// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A plain editor for a guest's pre-start script: loads the file (a missing one starts as
// "#!/bin/sh"), saves it atomically keeping the previous version as <file>.bak, and keeps it
// executable (a new file becomes rwxr-xr-x). A file that cannot be read, a binary one or one
// over 1 MiB is refused with the reason.

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace charon::ui {

class PreStartScriptDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreStartScriptDialog(const QString &path, QWidget *parent = nullptr);

    // "" when the file was loaded (or is new), else why it cannot be edited.
    QString loadError() const { return m_loadError; }
    // Writes the text; false with the reason shown in the dialog.
    bool save();
    QPlainTextEdit *editor() const { return m_editor; }

private:
    QString m_path;
    QString m_loadError;
    QPlainTextEdit *m_editor;
    QLabel *m_status;
};

} // namespace charon::ui
