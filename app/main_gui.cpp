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
#include <QByteArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(u"charon-manager"_s);
    QCoreApplication::setApplicationName(u"charon-manager"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CHARON_VERSION));
}

struct Options
{
    QCommandLineOption user { u"user"_s,
        QCoreApplication::translate(
            "main", "Manage the guests of your own systemd user manager.") };
    QCommandLineOption system { u"system"_s,
        QCoreApplication::translate(
            "main", "Manage the host's guests (the system manager; default).") };
};

void describeOptions(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Runs Stromasys Charon emulators as systemd services."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({ options.user, options.system });
}

// --help and --version answer without a display: over ssh without -X, in a package's
// post-install check and for help2man at build time, there is no X server or compositor.
bool asksForTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--") // what follows is not ours
            return false;
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

int answerInText(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    charon::installTranslations(app);
    QCommandLineParser parser;
    const Options options;
    describeOptions(parser, options);
    parser.process(app); // prints the help or the version and exits
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (asksForTextOnly(argc, argv))
        return answerInText(argc, argv);

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(u"Charon Manager"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/charon-manager.svg"_s));
    charon::installTranslations(app);

    QCommandLineParser parser;
    const Options options;
    describeOptions(parser, options);
    parser.process(app);
    if (parser.isSet(options.user) && parser.isSet(options.system)) {
        std::fputs(
            qPrintable(QApplication::translate("main", "Choose --user or --system, not both.\n")),
            stderr);
        return 2;
    }
    const bool userScope = parser.isSet(options.user);

    using namespace charon;
    // systemd -> store <- pipeline, store -> window, window -> operations -> systemd. All of it
    // asynchronous; GuestSession and WindowSession are the one place this is wired.
    core::GuestSession session(userScope ? core::UnitScope::User : core::UnitScope::System);
    // systemd is asked and the unit files scanned (on a worker thread) before the window is
    // built: the answers arrive while it is, not after. Nothing of the sync reaches the store
    // before the event loop runs, so the window, built next, misses none of it.
    session.start();
    ui::MainWindow window(session.store());
    ui::GuestOperations *operations = ui::WindowSession::attach(&window, &session);
    ui::WindowSession::attachWatching(&window, &session, operations);
    window.show();
    return QApplication::exec();
}
