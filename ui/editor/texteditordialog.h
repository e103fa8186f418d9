// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What the config and script editors share: one file opened through core's EditableFile and
// saved safely. Save runs the subclass's check (bash -n for a script), then shows the diff
// against the file on disk and asks; the save keeps the previous version as `name~` and says
// so. A change made on disk by someone else (QFileSystemWatcher, confirmed by size, time and
// content hash) shows a bar offering Reload or Compare; a save never overwrites it silently.
// A failed save (a full disk, no permission) leaves the file intact and says why, naming it.
// The common stop script of the system scope, edited by a non-root admin, is read and written
// through the privileged helper instead (core::HelperClient, polkit): then the helper notices a
// change made by someone else (a conflict) and a refusal is shown as its sentence.

#include "core/editing/editablefile.h"

#include <QDialog>

#include <functional>

class QFileSystemWatcher;
class QFrame;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace charon::ui {

class TextFileEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // Answers the "save these changes?" question; tests set it, otherwise a dialog asks.
    using Confirm = std::function<bool(const QString &title, const QString &diff)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    QString path() const { return m_file.path(); }
    QString loadError() const { return m_loadError; }
    QString lastDiff() const { return m_lastDiff; }
    QLabel *statusLabel() const { return m_status; }
    QFrame *conflictBar() const { return m_conflictBar; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *compareButton() const { return m_compare; }

    void save(); // the Save button
    void reload(); // the Reload button: drops the edits, reads the file again
    void compare(); // the Compare button: disk version against the edits

Q_SIGNALS:
    void saved();
    void changedOnDisk();

protected:
    TextFileEditorDialog(const QString &path, QWidget *parent);
    // Reads the file; false with loadError() set (the dialog then shows only that sentence).
    bool openFile(bool allowMissing);
    // The same through the privileged helper (the system's stop script, not root): asynchronous,
    // showLoaded() is called when the text arrives; every later read and write goes there too.
    void openThroughHelper();
    bool isThroughHelper() const { return m_throughHelper; }
    const core::EditableFile &file() const { return m_file; }
    core::EditableFile &file() { return m_file; }
    QVBoxLayout *body() const { return m_body; }
    void setStatus(const QString &text, bool error);

    // The whole file as it would be saved from the editor's state.
    virtual QString composedText() const = 0;
    // The file was (re)loaded: show file().text() in the editor.
    virtual void showLoaded() = 0;
    // Checks before the diff; calls done(true) to go on, done(false) to stop (after saying
    // why with setStatus). Default: nothing to check.
    virtual void checkBeforeSave(std::function<void(bool)> done) { done(true); }
    // The sentence after a successful save.
    virtual QString savedSentence() const;
    bool isModified() const;

    void reject() override;

private:
    void watch();
    void onDiskChanged();
    void writeNow(bool overwriteChanges);
    void writeThroughHelper(bool overwriteChanges);
    // Reads the script through the helper, then `then(text)`; a failure goes to the status.
    void readThroughHelper(std::function<void(const QString &text, bool exists)> then);
    bool ask(const QString &title, const QString &diff);

    core::EditableFile m_file;
    bool m_throughHelper = false;
    QString m_loadError;
    QString m_lastDiff;
    Confirm m_confirm;
    QFileSystemWatcher *m_watcher;
    QVBoxLayout *m_body;
    QFrame *m_conflictBar;
    QLabel *m_conflictText;
    QPushButton *m_reload;
    QPushButton *m_compare;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_close;
};

} // namespace charon::ui
