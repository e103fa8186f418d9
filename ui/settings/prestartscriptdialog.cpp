// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/settings/prestartscriptdialog.h"

#include "core/support/atomicfile.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charon::ui {

PreStartScriptDialog::PreStartScriptDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_editor(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"scriptEditorDialog"_s);
    setWindowTitle(tr("Pre-start script %1").arg(QFileInfo(path).fileName()));
    m_editor->setObjectName(u"scriptEditor"_s);
    m_editor->setAccessibleName(tr("Pre-start script text"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_status->setObjectName(u"scriptEditorStatus"_s);
    m_status->setWordWrap(true);
    m_status->setText(tr("Saved atomically; the previous version is kept as %1.bak.").arg(path));

    QFile file(path);
    if (!file.exists()) {
        m_editor->setPlainText(u"#!/bin/sh\n# Run by systemd before the emulator starts.\n"_s);
    } else if (file.size() > 1024 * 1024) {
        m_loadError = tr("%1 is larger than 1 MiB: not a script to edit here").arg(path);
    } else if (!file.open(QIODevice::ReadOnly)) {
        m_loadError = tr("cannot read %1: %2").arg(path, file.errorString());
    } else {
        const QByteArray data = file.readAll();
        if (data.contains('\0'))
            m_loadError = tr("%1 is a binary file, not a script").arg(path);
        else
            m_editor->setPlainText(QString::fromUtf8(data));
    }
    if (!m_loadError.isEmpty()) {
        m_editor->setReadOnly(true);
        m_status->setText(m_loadError);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setEnabled(m_loadError.isEmpty());
    buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save the script"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Close without saving"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(640, 420);
}

bool PreStartScriptDialog::save()
{
    if (!m_loadError.isEmpty())
        return false;
    const bool existed = QFile::exists(m_path);
    QString error;
    if (!core::writeFileAtomically(m_path, m_editor->toPlainText().toUtf8(), &error)) {
        m_status->setText(error);
        return false;
    }
    if (!existed) {
        QFile::setPermissions(m_path,
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    }
    return true;
}

} // namespace charon::ui
