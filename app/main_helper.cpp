// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// charon-manager-helper: the narrow privileged helper, started as root by D-Bus activation on
// the system bus when a non-root admin adds or removes a guest (see core/privileged). It owns
// io.github.charon_manager.Helper1 and exits after a minute without calls.
#include "core/privileged/helperprotocol.h"
#include "core/privileged/helperservice.h"
#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdconnection.h"
#include "translations/translations.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace charon::core;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"charon-manager-helper"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CHARON_VERSION));
    charon::installTranslations(app);
    if (app.arguments().contains(u"--version"_s)) {
        std::printf("charon-manager-helper %s\n", CHARON_VERSION);
        return 0;
    }
    if (geteuid() != 0) {
        std::fputs("charon-manager-helper: must run as root (D-Bus starts it)\n", stderr);
        return 1;
    }
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        std::fprintf(stderr, "charon-manager-helper: no system bus: %s\n",
            qPrintable(bus.lastError().message()));
        return 1;
    }
    SystemdConnection connection(bus);
    SystemdClient client(&connection);
    // The units it writes run this charon-vm (installed beside it, in the same prefix).
    HelperService service(bus, &client, QStringLiteral(CHARON_VM_PATH));
    if (!bus.registerObject(
            HelperProtocol::path(), &service, QDBusConnection::ExportScriptableSlots)
        || !bus.registerService(HelperProtocol::service())) {
        std::fprintf(stderr, "charon-manager-helper: cannot own %s: %s\n",
            qPrintable(HelperProtocol::service()), qPrintable(bus.lastError().message()));
        return 1;
    }
    // Started on demand, gone when idle: no root process waits around.
    QTimer idle;
    idle.setSingleShot(true);
    idle.setInterval(60 * 1000);
    QObject::connect(&idle, &QTimer::timeout, &app, &QCoreApplication::quit);
    QObject::connect(&service, &HelperService::used, &idle, qOverload<>(&QTimer::start));
    idle.start();
    return QCoreApplication::exec();
}
