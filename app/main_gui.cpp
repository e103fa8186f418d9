// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// charon-manager: the desktop application. Parses the command line, connects to the chosen
// systemd manager, keeps the live guest store in line with it and opens the main window on it.
#include "core/session/guestsession.h"
#include "translations/translations.h"
#include "ui/window/guestoperations.h"
#include "ui/window/mainwindow.h"
#include "ui/window/windowsession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"charon-manager"_s);
    QApplication::setApplicationName(u"charon-manager"_s);
    QApplication::setApplicationDisplayName(u"Charon Manager"_s);
    QApplication::setApplicationVersion(QStringLiteral(CHARON_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/charon-manager.svg"_s));
    charon::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Runs Stromasys Charon emulators as systemd services."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption user(u"user"_s,
        QApplication::translate("main", "Manage the guests of your own systemd user manager."));
    const QCommandLineOption system(u"system"_s,
        QApplication::translate("main", "Manage the host's guests (the system manager; default)."));
    parser.addOptions({ user, system });
    parser.process(app);
    if (parser.isSet(user) && parser.isSet(system)) {
        std::fputs(
            qPrintable(QApplication::translate("main", "Choose --user or --system, not both.\n")),
            stderr);
        return 2;
    }
    const bool userScope = parser.isSet(user);

    using namespace charon;
    // systemd -> store <- pipeline, store -> window, window -> operations -> systemd. All of it
    // asynchronous; GuestSession and WindowSession are the one place this is wired.
    core::GuestSession session(userScope ? core::UnitScope::User : core::UnitScope::System);
    ui::MainWindow window(session.store());
    ui::GuestOperations *operations = ui::WindowSession::attach(&window, &session);
    ui::WindowSession::attachWatching(&window, &session, operations);
    window.show();
    session.start();
    return QApplication::exec();
}
