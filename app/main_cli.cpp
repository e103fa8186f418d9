// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// charon-vm: the command-line companion (also vmlist, vmstart, vmstop, vmcfg by argv[0]).
// Everything happens in cli/: this only sets up the application and runs the event loop.
#include "translations/translations.h"

#include <QCoreApplication>

#include "cli/cliapp.h"

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"charon-vm"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CHARON_VERSION));
    charon::installTranslations(app);
    charon::cli::CliApp cli;
    // argv[0] as typed (a vm* link), not the resolved binary: it picks the command.
    QStringList arguments = QCoreApplication::arguments();
    if (!arguments.isEmpty())
        arguments[0] = QString::fromLocal8Bit(argv[0]);
    const int immediate = cli.start(arguments);
    if (immediate >= 0)
        return immediate;
    return QCoreApplication::exec();
}
