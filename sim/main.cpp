// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// charon-guest-sim: a stand-in Charon emulator (see sim/README.md).
#include "sim/simoptions.h"
#include "sim/simulator.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace charon::sim;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("charon-guest-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHARON_VERSION));

    if (app.arguments().size() == 2 && app.arguments().at(1) == u"--version") {
        std::printf("charon-guest-sim %s\n", CHARON_VERSION);
        return 0;
    }
    QString error;
    const std::optional<SimOptions> options
        = SimOptions::fromArguments(app.arguments().mid(1), &error);
    if (!options) {
        if (!error.isEmpty())
            std::fprintf(stderr, "charon-guest-sim: %s\n", qPrintable(error));
        std::fputs(qPrintable(SimOptions::usage()), error.isEmpty() ? stdout : stderr);
        return error.isEmpty() ? 0 : Simulator::ExitConfigError;
    }
    Simulator simulator(*options);
    if (const int exitCode = simulator.prepare(); exitCode != 0)
        return exitCode;
    QTimer::singleShot(0, &simulator, &Simulator::start);
    return app.exec();
}
