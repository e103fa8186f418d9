// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/editor/texteditordialog.h"

#include "core/editing/linediff.h"
#include "core/privileged/helperclient.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charon::ui {

TextFileEditorDialog::TextFileEditorDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_file(path)
    , m_watcher(new QFileSystemWatcher(this))
    , m_body(new QVBoxLayout)
    , m_conflictBar(new QFrame(this))
    , m_conflictText(new QLabel(m_conflictBar))
    , m_reload(new QPushButton(tr("&Reload"), m_conflictBar))
    , m_compare(new QPushButton(tr("Co&mpare"), m_conflictBar))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("&Save…"), this))
    , m_close(new QPushButton(tr("&Close"), this))
{
    auto *layout = new QVBoxLayout(this);
    m_conflictBar->setFrameShape(QFrame::StyledPanel);
    m_conflictBar->setAutoFillBackground(true);
    QPalette warn = m_conflictBar->palette();
    warn.setColor(QPalette::Window, QColor(0xff, 0xf0, 0xc2));
    warn.setColor(QPalette::WindowText, QColor(0x3d, 0x2b, 0x00));
    m_conflictBar->setPalette(warn);
    auto *bar = new QHBoxLayout(m_conflictBar);
    m_conflictText->setWordWrap(true);
    bar->addWidget(m_conflictText, 1);
    bar->addWidget(m_reload);
    bar->addWidget(m_compare);
    m_conflictBar->setVisible(false);
    m_conflictBar->setAccessibleName(tr("Changed on disk"));
    m_reload->setAccessibleName(tr("Reload the file from disk, dropping your edits"));
    m_compare->setAccessibleName(tr("Compare the file on disk with your edits"));
    layout->addWidget(m_conflictBar);
    layout->addLayout(m_body, 1);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Status"));
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_save->setAccessibleName(tr("Save, after showing the changes"));
    m_close->setAccessibleName(tr("Close the editor"));
    m_save->setDefault(false);
    m_save->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, &TextFileEditorDialog::save);
    connect(m_close, &QPushButton::clicked, this, &TextFileEditorDialog::reject);
    connect(m_reload, &QPushButton::clicked, this, &TextFileEditorDialog::reload);
    connect(m_compare, &QPushButton::clicked, this, &TextFileEditorDialog::compare);
    connect(
        m_watcher, &QFileSystemWatcher::fileChanged, this, &TextFileEditorDialog::onDiskChanged);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this,
        &TextFileEditorDialog::onDiskChanged);
}

bool TextFileEditorDialog::openFile(bool allowMissing)
{
    if (!m_file.load(&m_loadError, allowMissing)) {
        setStatus(m_loadError, true);
        m_save->setEnabled(false);
        return false;
    }
    m_loadError.clear();
    watch();
    return true;
}

void TextFileEditorDialog::readThroughHelper(
    std::function<void(const QString &text, bool exists)> then)
{
    auto *helper = core::HelperClient::readStopScript(this);
    connect(helper, &core::HelperClient::finished, this,
        [this, then = std::move(then)](core::HelperClient *h) {
            h->deleteLater();
            if (h->isError()) {
                setStatus(tr("Cannot read %1 through the privileged helper: %2.")
                              .arg(m_file.path(), h->errorString()),
                    true);
                return;
            }
            then(h->text(), h->exists());
        });
}

void TextFileEditorDialog::openThroughHelper()
{
    m_throughHelper = true;
    m_save->setEnabled(false);
    m_loadError = tr("Reading %1 through the privileged helper…").arg(m_file.path());
    setStatus(m_loadError, false);
    readThroughHelper([this](const QString &text, bool exists) {
        m_file.adopt(text.toUtf8(), exists);
        m_loadError.clear();
        setStatus(tr("%1 is root's: saving goes through the privileged helper.").arg(m_file.path()),
            false);
        m_save->setEnabled(true);
        showLoaded();
    });
}

void TextFileEditorDialog::writeThroughHelper(bool overwriteChanges)
{
    const QByteArray data = composedText().toUtf8();
    const std::optional<QByteArray> loaded = m_file.loadedFingerprint().exists
        ? std::optional<QByteArray>(m_file.loadedBytes())
        : std::nullopt;
    m_save->setEnabled(false);
    auto *helper = core::HelperClient::writeStopScript(
        QString::fromUtf8(data), loaded, overwriteChanges, this);
    connect(helper, &core::HelperClient::finished, this, [this, data](core::HelperClient *h) {
        h->deleteLater();
        m_save->setEnabled(true);
        if (h->isConflict()) {
            m_conflictText->setText(
                tr("%1 was changed by someone else since you opened it. Reload it (your edits "
                   "are dropped) or compare the two versions; saving will not overwrite it "
                   "silently.")
                    .arg(m_file.path()));
            m_conflictBar->setVisible(true);
            setStatus(h->errorString(), true);
            Q_EMIT changedOnDisk();
            return;
        }
        if (h->isError()) {
            setStatus(tr("Not saved: %1.").arg(h->errorString()), true);
            return;
        }
        m_file.adopt(data, true);
        m_conflictBar->setVisible(false);
        setStatus(savedSentence(), false);
        Q_EMIT saved();
    });
}

void TextFileEditorDialog::watch()
{
    // An atomic save by anyone (us included) replaces the file: watch its folder as well, and
    // the file again each time.
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (QFileInfo::exists(m_file.path()))
        m_watcher->addPath(m_file.path());
    const QString dir = QFileInfo(m_file.path()).absolutePath();
    if (!m_watcher->directories().contains(dir) && QFileInfo::exists(dir))
        m_watcher->addPath(dir);
}

void TextFileEditorDialog::onDiskChanged()
{
    watch();
    if (!m_file.changedOnDisk()) // our own save, a backup written, another file of the folder
        return;
    m_conflictText->setText(
        tr("%1 was changed on disk by someone else since you opened it. Reload it (your edits "
           "are dropped) or compare the two versions; saving will not overwrite it silently.")
            .arg(m_file.path()));
    m_conflictBar->setVisible(true);
    Q_EMIT changedOnDisk();
}

void TextFileEditorDialog::reload()
{
    if (m_throughHelper) {
        readThroughHelper([this](const QString &disk, bool exists) {
            if (isModified()
                && !ask(tr("Drop your edits and reload %1?").arg(m_file.path()),
                    core::LineDiff::unified(composedText(), disk, tr("your edits"), tr("on disk"))))
                return;
            m_file.adopt(disk.toUtf8(), exists);
            showLoaded();
            m_conflictBar->setVisible(false);
            setStatus(tr("Reloaded %1 from disk.").arg(m_file.path()), false);
        });
        return;
    }
    QString error;
    const QString disk = QString::fromUtf8(m_file.readDisk(&error).value_or(QByteArray()));
    if (isModified()
        && !ask(tr("Drop your edits and reload %1?").arg(m_file.path()),
            core::LineDiff::unified(composedText(), disk, tr("your edits"), tr("on disk"))))
        return;
    if (!openFile(true))
        return;
    showLoaded();
    m_conflictBar->setVisible(false);
    setStatus(tr("Reloaded %1 from disk.").arg(m_file.path()), false);
}

void TextFileEditorDialog::compare()
{
    if (m_throughHelper) {
        readThroughHelper([this](const QString &disk, bool) {
            m_lastDiff = core::LineDiff::unified(disk, composedText(),
                tr("%1 (on disk now)").arg(m_file.path()),
                tr("%1 (your edits)").arg(m_file.path()));
            if (m_lastDiff.isEmpty()) {
                setStatus(tr("The file on disk is the same as your edits."), false);
                return;
            }
            if (ask(tr("Overwrite the version on disk?"), m_lastDiff))
                writeNow(true);
        });
        return;
    }
    QString error;
    const std::optional<QByteArray> disk = m_file.readDisk(&error);
    if (!disk) {
        setStatus(error, true);
        return;
    }
    m_lastDiff = core::LineDiff::unified(QString::fromUtf8(*disk), composedText(),
        tr("%1 (on disk now)").arg(m_file.path()), tr("%1 (your edits)").arg(m_file.path()));
    if (m_lastDiff.isEmpty()) {
        setStatus(tr("The file on disk is the same as your edits."), false);
        return;
    }
    if (ask(tr("Overwrite the version on disk?"), m_lastDiff))
        writeNow(true);
}

bool TextFileEditorDialog::isModified() const
{
    return composedText() != m_file.text();
}

void TextFileEditorDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #b00020;"_s : QString());
}

QString TextFileEditorDialog::savedSentence() const
{
    return tr("Saved %1; the previous version is kept as %2.")
        .arg(m_file.path(), m_file.backupPath());
}

void TextFileEditorDialog::save()
{
    if (!m_loadError.isEmpty()) // nothing was opened
        return;
    if (!m_throughHelper && m_file.changedOnDisk()) {
        onDiskChanged();
        setStatus(
            tr("Not saved: %1 changed on disk. Reload it or compare first.").arg(m_file.path()),
            true);
        return;
    }
    m_save->setEnabled(false);
    checkBeforeSave([this](bool ok) {
        m_save->setEnabled(true);
        if (!ok)
            return;
        m_lastDiff = core::LineDiff::unified(m_file.text(), composedText(),
            tr("%1 (saved)").arg(m_file.path()), tr("%1 (edited)").arg(m_file.path()));
        if (m_lastDiff.isEmpty()) {
            setStatus(tr("Nothing to save: the editor holds what is on disk."), false);
            return;
        }
        if (ask(tr("Save these changes to %1?").arg(m_file.path()), m_lastDiff))
            writeNow(false);
    });
}

void TextFileEditorDialog::writeNow(bool overwriteChanges)
{
    if (m_throughHelper) {
        writeThroughHelper(overwriteChanges);
        return;
    }
    QString error;
    switch (m_file.save(composedText().toUtf8(), &error, overwriteChanges)) {
    case core::EditableFile::SaveResult::Saved:
        m_conflictBar->setVisible(false);
        watch();
        setStatus(savedSentence(), false);
        Q_EMIT saved();
        return;
    case core::EditableFile::SaveResult::Conflict:
        onDiskChanged();
        setStatus(error, true);
        return;
    case core::EditableFile::SaveResult::Failed:
        setStatus(error, true);
        return;
    }
}

bool TextFileEditorDialog::ask(const QString &title, const QString &diff)
{
    if (m_confirm)
        return m_confirm(title, diff);
    QDialog box(this);
    box.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&box);
    auto *label = new QLabel(title, &box);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *view = new QPlainTextEdit(diff, &box);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setAccessibleName(tr("Changes"));
    layout->addWidget(view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &box);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Write"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, &box, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &box, &QDialog::reject);
    layout->addWidget(buttons);
    box.resize(760, 480);
    return box.exec() == QDialog::Accepted;
}

void TextFileEditorDialog::reject()
{
    if (m_loadError.isEmpty() && isModified() && !m_confirm) {
        const auto answer = QMessageBox::question(this, tr("Discard your edits?"),
            tr("%1 has edits that are not saved. Close and discard them?").arg(m_file.path()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

} // namespace charon::ui
