// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/editor/guesteditors.h"

#include "core/guests/gueststore.h"
#include "core/probe/osprobescript.h"
#include "core/stopscript/stopscript.h"
#include "ui/editor/configeditordialog.h"
#include "ui/editor/scripteditordialog.h"

#include <QNetworkInterface>

using namespace Qt::StringLiterals;

namespace charon::ui {

GuestEditors::GuestEditors(core::GuestStore *store, core::UnitScope scope, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_scope(scope)
    , m_window(window)
{ }

QDialog *GuestEditors::raise(const QString &key)
{
    QDialog *open = m_open.value(key);
    if (open) {
        open->show();
        open->raise();
        open->activateWindow();
    }
    return open;
}

QDialog *GuestEditors::remember(const QString &key, QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_open.insert(key, dialog);
    dialog->show();
    return dialog;
}

QDialog *GuestEditors::editConfig(const QString &name)
{
    const core::Guest *guest = m_store->find(name);
    if (!guest)
        return nullptr;
    const QString key = u"config:"_s + guest->configPath;
    if (QDialog *open = raise(key))
        return open;
    core::ConfigProblems::Context context;
    for (const core::Guest &other : m_store->guests()) {
        if (other.name != name && other.config.consolePort > 0)
            context.otherGuestPorts.insert(other.config.consolePort, other.name);
    }
    QStringList interfaces;
    for (const QNetworkInterface &nic : QNetworkInterface::allInterfaces())
        interfaces << nic.name();
    context.hostInterfaces = interfaces;
    return remember(
        key, new ConfigEditorDialog(name, guest->configPath, guest->profileId, context, m_window));
}

QDialog *GuestEditors::editStopScript(const QString &name)
{
    const core::Guest *guest = m_store->find(name);
    if (!guest)
        return nullptr;
    const QString key = u"stop:"_s + name;
    if (QDialog *open = raise(key))
        return open;
    return remember(key,
        new ScriptEditorDialog(ScriptEditorDialog::Kind::StopScript,
            core::StopScript::defaultPath(m_scope),
            { name, guest->configPath, guest->profileId, guest->config.model }, m_window));
}

QDialog *GuestEditors::editOsProbe(const QString &name)
{
    const core::Guest *guest = m_store->find(name);
    if (!guest)
        return nullptr;
    const QString key = u"probe:"_s + name;
    if (QDialog *open = raise(key))
        return open;
    return remember(key,
        new ScriptEditorDialog(ScriptEditorDialog::Kind::OsProbe,
            core::OsProbeScript::defaultPath(m_scope == core::UnitScope::System),
            { name, guest->configPath, guest->profileId, guest->config.model }, m_window));
}

} // namespace charon::ui
