// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/editor/scripteditordialog.h"

#include "core/config/profileregistry.h"
#include "core/editing/scriptbranch.h"
#include "core/editing/scriptsyntaxcheck.h"
#include "core/privileged/helperclient.h"
#include "core/privileged/helperprotocol.h"
#include "core/probe/osprobescript.h"
#include "core/stopscript/stopscript.h"
#include "core/stopscript/stopscripttemplate.h"
#include "core/support/shellcase.h"
#include "ui/editor/codeedit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charon::ui {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

} // namespace

ScriptEditorDialog::ScriptEditorDialog(
    Kind kind, const QString &scriptPath, const Guest &guest, QWidget *parent)
    : TextFileEditorDialog(scriptPath, parent)
    , m_kind(kind)
    , m_guest(guest)
    , m_edit(new CodeEdit(this))
    , m_templates(new QComboBox(this))
    , m_guestStatus(new QLabel(this))
    , m_check(new core::ScriptSyntaxCheck(this))
{
    const bool stop = kind == Kind::StopScript;
    setWindowTitle(
        stop ? tr("Stop script of %1").arg(guest.name) : tr("OS probe of %1").arg(guest.name));
    if (const auto profile = core::ProfileRegistry::forId(guest.profileId)) {
        m_os = core::StopScriptTemplate::osFor(*profile, guest.model);
        m_consolePowerOff = profile->consolePowerOff().command;
    }
    auto *intro = new QLabel(
        (stop ? tr("<b>%1</b><br>The common stop script: only the branch of %2 is edited here, "
                   "the other guests' branches are kept as they are.")
              : tr("<b>%1</b><br>The guest OS probe script: only the branch of %2 is edited "
                   "here (exit 0 when the OS answers, 255 when it is not booted or "
                   "unreachable)."))
                .arg(scriptPath.toHtmlEscaped(), guest.configPath.toHtmlEscaped())
            + u"<br>"_s
            + tr("Saved owner-only (mode 0700: it may hold passwords), after <tt>bash -n</tt> "
                 "checks the whole script; the previous version is kept as %1.")
                  .arg(core::EditableFile::backupPathFor(scriptPath).toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body()->addWidget(intro);

    auto *row = new QHBoxLayout;
    auto *templateLabel = new QLabel(tr("&Template:"), this);
    templateLabel->setBuddy(m_templates);
    const QString osName = m_os.displayName.isEmpty() ? tr("the guest OS") : m_os.displayName;
    if (stop) {
        m_templates->addItem(tr("EXPECT on the console: %1 (%2)").arg(osName, m_os.shutdownCommand),
            int(core::StopScriptTemplate::Method::Expect));
        m_templates->addItem(tr("SSH to the guest: %1").arg(m_os.shutdownCommand),
            int(core::StopScriptTemplate::Method::Ssh));
        m_templates->addItem(tr("RSH to the guest: %1").arg(m_os.shutdownCommand),
            int(core::StopScriptTemplate::Method::Rsh));
    } else {
        m_templates->addItem(tr("SSH: does the guest answer?"), 0);
    }
    m_templates->setAccessibleName(tr("Branch template"));
    auto *use = new QPushButton(tr("&Use Template"), this);
    use->setAccessibleName(tr("Replace the branch with the chosen template"));
    connect(
        use, &QPushButton::clicked, this, [this] { applyTemplate(m_templates->currentIndex()); });
    row->addWidget(templateLabel);
    row->addWidget(m_templates, 1);
    row->addWidget(use);
    body()->addLayout(row);
    body()->addWidget(m_edit, 1);
    m_edit->setAccessibleName(stop ? tr("Stop script branch") : tr("OS probe branch"));
    m_guestStatus->setAccessibleName(tr("Status of this guest in the script"));
    body()->addWidget(m_guestStatus);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &ScriptEditorDialog::updateGuestStatus);
    connect(this, &TextFileEditorDialog::saved, this, [this] {
        m_edit->setMarks({});
        updateGuestStatus();
    });

    file().setPermissions(kOwnerOnly);
    if (kind == Kind::StopScript && scriptPath == core::HelperProtocol::stopScriptPath()
        && core::HelperClient::isNeeded(core::UnitScope::System))
        openThroughHelper(); // root's script: read and written by the privileged helper
    else if (openFile(true))
        showLoaded();
    else
        m_edit->setEnabled(false);
    resize(820, 600);
}

QString ScriptEditorDialog::header() const
{
    if (m_kind == Kind::StopScript)
        return u"#!/bin/sh\n"
               "# Charon guests: clean shutdown commands, one case branch per configuration file.\n"
               "# Run as: /bin/sh THIS-SCRIPT CONFIG-FILE, with CHARON_GUEST, CHARON_CONFIG,\n"
               "# CHARON_CONSOLE_PORT and CHARON_MAINPID set.\n"_s;
    return u"#!/bin/bash\n"
           "# Charon guests: does the guest OS answer? One case branch per configuration file.\n"
           "# Exit 0 = the OS answers, 255 = not booted or unreachable, else the probe failed.\n"_s;
}

void ScriptEditorDialog::showLoaded()
{
    const core::ScriptBranch::Found found
        = core::ScriptBranch::find(file().text(), m_guest.configPath);
    if (found.found) {
        m_edit->setPlainText(found.text);
    } else {
        m_edit->clear();
        applyTemplate(0);
    }
    updateGuestStatus();
}

void ScriptEditorDialog::applyTemplate(int index)
{
    QString error;
    QString branch;
    if (m_kind == Kind::StopScript) {
        const auto method = core::StopScriptTemplate::Method(m_templates->itemData(index).toInt());
        branch = core::StopScriptTemplate::branch(
            method, m_guest.configPath, m_os, m_consolePowerOff, &error);
    } else {
        branch = core::OsProbeScript::branchTemplate(m_guest.configPath);
    }
    if (branch.isEmpty()) {
        setStatus(error, true);
        return;
    }
    m_edit->setPlainText(branch);
}

QString ScriptEditorDialog::composedText() const
{
    const QString branch = m_edit->toPlainText();
    if (branch.trimmed().isEmpty())
        return file().text();
    return core::ScriptBranch::replace(file().text(), m_guest.configPath,
        branch.endsWith(u'\n') ? branch : branch + u'\n', header());
}

int ScriptEditorDialog::branchFirstLine() const
{
    return core::ScriptBranch::find(composedText(), m_guest.configPath).firstLine;
}

void ScriptEditorDialog::updateGuestStatus()
{
    const QString script = composedText();
    if (m_kind == Kind::StopScript) {
        const auto status = core::StopScript::statusIn(script, m_guest.configPath);
        const QString saved = core::StopScript::statusName(
            core::StopScript::statusIn(file().text(), m_guest.configPath));
        m_guestStatus->setText(tr("Status of %1: %2 as edited (saved: %3).")
                                   .arg(m_guest.name, core::StopScript::statusName(status), saved));
    } else {
        const bool has = core::OsProbeScript::hasBranch(script, m_guest.configPath);
        m_guestStatus->setText(has ? tr("%1 has a branch in the probe script.").arg(m_guest.name)
                                   : tr("%1 has no branch in the probe script.").arg(m_guest.name));
    }
}

void ScriptEditorDialog::checkBeforeSave(std::function<void(bool)> done)
{
    const QString script = composedText();
    if (!core::ScriptBranch::find(script, m_guest.configPath).found) {
        setStatus(tr("Not saved: the branch must start with a label matching %1, like %2")
                      .arg(m_guest.configPath, core::quoteShellWord(m_guest.configPath) + u")"_s),
            true);
        done(false);
        return;
    }
    setStatus(tr("Checking the whole script with bash -n…"), false);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_check, &core::ScriptSyntaxCheck::finished, this,
        [this, connection, done](bool ok, int line, const QString &message) {
            disconnect(*connection);
            if (ok) {
                setStatus({}, false);
                done(true);
                return;
            }
            const int first = branchFirstLine();
            const int inBranch = line - first; // 1-based line of the branch
            QString where = line > 0 ? tr("line %1 of the script").arg(line) : tr("the script");
            if (line > 0 && inBranch >= 1 && inBranch <= m_edit->blockCount()) {
                where
                    = tr("line %1 of this branch (line %2 of the script)").arg(inBranch).arg(line);
                m_edit->setMarks({ { inBranch, { message, true } } });
                m_edit->goToLine(inBranch);
            }
            setStatus(tr("Not saved: bash -n finds an error at %1: %2").arg(where, message), true);
            done(false);
        });
    m_check->start(script);
}

QString ScriptEditorDialog::savedSentence() const
{
    return tr("Saved %1 owner-only (mode 0700); the previous version is kept as %2.")
        .arg(path(), file().backupPath());
}

} // namespace charon::ui
