// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/units/guestvalidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QNetworkInterface>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("charon::core::GuestValidator", text);
}
} // namespace

QStringList GuestValidator::Report::problems() const
{
    QStringList out;
    for (const Finding &f : findings) {
        if (f.severity == Finding::Severity::Problem)
            out << f.text;
    }
    return out;
}

QStringList GuestValidator::Report::warnings() const
{
    QStringList out;
    for (const Finding &f : findings) {
        if (f.severity == Finding::Severity::Warning)
            out << f.text;
    }
    return out;
}

void GuestValidator::Report::addProblem(Check check, const QString &text)
{
    if (!text.isEmpty())
        findings << Finding { Finding::Severity::Problem, check, text };
}

void GuestValidator::Report::addWarning(Check check, const QString &text)
{
    if (!text.isEmpty())
        findings << Finding { Finding::Severity::Warning, check, text };
}

void GuestValidator::Report::remove(Check check)
{
    findings.removeIf([check](const Finding &f) { return f.check == check; });
}

QString GuestValidator::checkName(const QString &name)
{
    if (isValidGuestName(name))
        return {};
    return tr("invalid guest name \"%1\": use letters, digits, '-', '_' and '.' (at most 64)")
        .arg(name);
}

QString GuestValidator::checkNameUnused(const QString &name, const QList<Guest> &others)
{
    for (const Guest &other : others) {
        if (other.name == name)
            return tr("a guest named \"%1\" already exists").arg(name);
    }
    return {};
}

QString GuestValidator::checkEmulator(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return tr("no emulator chosen");
    if (!info.isAbsolute())
        return tr("the emulator path must be absolute: %1").arg(path);
    if (!info.exists())
        return tr("emulator not found: %1").arg(path);
    if (!info.isFile() || !info.isExecutable())
        return tr("emulator is not an executable file: %1").arg(path);
    return {};
}

QString GuestValidator::checkConfig(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return tr("no configuration file chosen");
    if (!info.isAbsolute())
        return tr("the configuration path must be absolute: %1").arg(path);
    if (!info.exists())
        return tr("configuration file not found: %1").arg(path);
    if (!info.isFile() || !info.isReadable())
        return tr("configuration file is not readable: %1").arg(path);
    return {};
}

QString GuestValidator::checkConsolePortSet(const ConfigSummary &config)
{
    if (config.consolePort > 0)
        return {};
    return tr("no console port is set in %1").arg(config.filePath);
}

QString GuestValidator::checkWorkDir(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return tr("no working directory chosen");
    if (!info.isAbsolute())
        return tr("the working directory must be absolute: %1").arg(path);
    if (!info.isDir())
        return tr("working directory does not exist: %1").arg(path);
    if (!info.isWritable())
        return tr("working directory is not writable: %1").arg(path);
    return {};
}

QString GuestValidator::consolePortClash(const Guest &guest, const QList<Guest> &others)
{
    const int port = guest.config.consolePort;
    if (port <= 0)
        return {};
    for (const Guest &other : others) {
        if (other.name != guest.name && other.config.consolePort == port)
            return tr("console port %1 is already used by guest \"%2\"")
                .arg(QString::number(port), other.name);
    }
    return {};
}

QString GuestValidator::checkPortFree(int port)
{
    if (port <= 0 || port > 65535)
        return {};
    QTcpServer server;
    // Any address: a listener on 127.0.0.1 or on one interface makes this bind fail too.
    if (server.listen(QHostAddress::Any, quint16(port))
        || server.listen(QHostAddress::AnyIPv4, quint16(port))) {
        server.close();
        return {};
    }
    if (server.serverError() == QAbstractSocket::AddressInUseError)
        return tr("console port %1 is in use on this host (another program listens on it)")
            .arg(port);
    return tr("console port %1 cannot be opened on this host: %2")
        .arg(QString::number(port), server.errorString());
}

QStringList GuestValidator::configErrors(const ConfigSummary &config)
{
    QStringList out;
    for (const ConfigIssue &issue : config.issues) {
        if (issue.severity == ConfigIssue::Severity::Error)
            out << tr("configuration has errors: %1").arg(issue.toString());
    }
    return out;
}

QStringList GuestValidator::nicWarnings(const Guest &guest, const QList<Guest> &others)
{
    QStringList out;
    const QString file = guest.config.filePath.isEmpty() ? guest.configPath : guest.config.filePath;
    for (const NicConfig &nic : guest.config.nics) {
        if (nic.interface.isEmpty())
            continue;
        const QNetworkInterface iface = QNetworkInterface::interfaceFromName(nic.interface);
        if (!iface.isValid()) {
            out << tr("NIC %1 in %2: host interface \"%3\" does not exist")
                       .arg(nic.name, file, nic.interface);
        } else if (const auto entries = iface.addressEntries(); !entries.isEmpty()) {
            out << tr("NIC %1 in %2: host interface \"%3\" has an IP address (%4); an interface "
                      "given to a guest should have none")
                       .arg(nic.name, file, nic.interface, entries.first().ip().toString());
        }
        for (const Guest &other : others) {
            if (other.name == guest.name)
                continue;
            for (const NicConfig &theirs : other.config.nics) {
                if (theirs.interface == nic.interface) {
                    out << tr("NIC %1 in %2: host interface \"%3\" is also used by guest \"%4\"")
                               .arg(nic.name, file, nic.interface, other.name);
                    break;
                }
            }
        }
    }
    return out;
}

GuestValidator::Report GuestValidator::validate(
    const Guest &guest, const QList<Guest> &others, Options options)
{
    Report report;
    report.addProblem(Check::Name, checkName(guest.name));
    report.addProblem(Check::Name, checkNameUnused(guest.name, others));
    report.addProblem(Check::Emulator, checkEmulator(guest.emulator));
    const QString configProblem = checkConfig(guest.configPath);
    report.addProblem(Check::Config, configProblem);
    if (configProblem.isEmpty()) {
        for (const QString &error : configErrors(guest.config))
            report.addProblem(Check::ConfigSyntax, error);
        report.addProblem(Check::ConsolePort, checkConsolePortSet(guest.config));
        const QString canonical = QFileInfo(guest.configPath).canonicalFilePath();
        for (const Guest &other : others) {
            if (other.name != guest.name && !canonical.isEmpty()
                && QFileInfo(other.configPath).canonicalFilePath() == canonical)
                report.addProblem(Check::Config,
                    tr("configuration file %1 is already used by guest \"%2\"")
                        .arg(guest.configPath, other.name));
        }
        const QString clash = consolePortClash(guest, others);
        report.addProblem(Check::ConsolePort, clash);
        // A clash says more than "in use" (the other guest may be the one listening).
        if (clash.isEmpty() && options.checkHostPort)
            report.addProblem(Check::ConsolePort, checkPortFree(guest.config.consolePort));
        for (const QString &warning : nicWarnings(guest, others))
            report.addWarning(Check::Nic, warning);
    }
    report.addProblem(Check::WorkDir, checkWorkDir(guest.workDir));
    return report;
}

QStringList GuestValidator::problems(const Guest &guest, const QList<Guest> &others)
{
    return validate(guest, others, Options { .checkHostPort = false }).problems();
}

} // namespace charon::core
