// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/window/windowsession.h"

#include "core/host/hostinfo.h"
#include "core/systemd/systemdconnection.h"
#include "ui/logs/logswindows.h"
#include "ui/window/guestoperations.h"
#include "ui/window/hostheader.h"
#include "ui/window/mainwindow.h"

using namespace Qt::StringLiterals;

namespace charon::ui {

GuestOperations *WindowSession::attach(MainWindow *window, core::GuestSession *session)
{
    Q_ASSERT(window->store() == session->store());
    auto *operations = new GuestOperations(
        session->client(), session->store(), window->messageBar(), session->scope(), window);
    operations->connectActions(window->actions());
    core::HostInfo host;
    host.refresh();
    window->hostHeader()->setHostInfo(host);
    window->setHost(
        host.hostName(), session->scope() == core::UnitScope::User ? u"user"_s : u"system"_s);
    window->logsWindows()->setScope(session->scope() == core::UnitScope::User
            ? core::JournalFeed::Scope::User
            : core::JournalFeed::Scope::System);
    return operations;
}

} // namespace charon::ui
