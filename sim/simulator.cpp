// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "sim/simulator.h"

#include "core/config/configparser.h"
#include "core/support/signalwatcher.h"
#include "sim/consoleserver.h"
#include "sim/emulatorlog.h"
#include "sim/guestmachine.h"
#include "sim/memoryhog.h"
#include "sim/persona.h"
#include "core/support/systemdnotifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>

#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace charon::sim {

namespace {
// Short progress lines on stderr: what journald shows for the unit.
void note(const QString &message)
{
    std::fprintf(stderr, "charon-guest-sim: %s\n", qPrintable(message));
    std::fflush(stderr);
}

// The key id quoted in AXP/VAX license lines when the configuration names none.
const QString kDefaultLicenseKey = u"527889790"_s;
} // namespace

Simulator::Simulator(SimOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_startDelay.setSingleShot(true);
    m_stopDelay.setSingleShot(true);
    m_crashTimer.setSingleShot(true);
    connect(&m_startDelay, &QTimer::timeout, this, &Simulator::openConsole);
    connect(&m_stopDelay, &QTimer::timeout, this,
        [this] { finish(0, tr("stopped after the stop delay")); });
    connect(&m_crashTimer, &QTimer::timeout, this, &Simulator::crash);
}

Simulator::~Simulator() = default;

core::ConfigSummary Simulator::readConfiguration() const
{
    if (!m_options.profileHint.isEmpty())
        return core::ConfigParser::parseFile(m_options.configPath, m_options.profileHint);
    // -d serves both Charon-AXP and Charon-VAX: the model tells them apart.
    core::ConfigSummary summary = core::ConfigParser::parseFile(m_options.configPath, u"axp"_s);
    static const QRegularExpression vaxModel(
        u"vax|pdp"_s, QRegularExpression::CaseInsensitiveOption);
    if (vaxModel.match(summary.model).hasMatch())
        summary = core::ConfigParser::parseFile(m_options.configPath, u"vax"_s);
    return summary;
}

int Simulator::prepare()
{
    QStringList warnings;
    const QHash<QString, QString> directives
        = SimOptions::readDirectives(m_options.configPath, &warnings);
    for (const QString &warning : std::as_const(warnings))
        note(warning);
    QString error;
    if (!m_options.applySwitches(directives, QProcessEnvironment::systemEnvironment(), &error)) {
        note(error);
        return ExitConfigError;
    }

    m_summary = readConfiguration();
    if (m_summary.hasErrors()) {
        note(tr("refusing to start: %1 has errors").arg(m_options.configPath));
        for (const core::ConfigIssue &issue : std::as_const(m_summary.issues)) {
            if (issue.severity == core::ConfigIssue::Severity::Error)
                note(issue.toString());
        }
        return ExitConfigError;
    }
    if (m_summary.consolePort <= 0) {
        note(tr("refusing to start: %1 configures no console port").arg(m_options.configPath));
        return ExitConfigError;
    }

    m_os = m_options.os.isEmpty()
        ? Persona::defaultOperatingSystem(m_summary.profileId, m_summary.model)
        : m_options.os;
    GuestIdentity identity;
    identity.hostname = m_summary.configurationName.isEmpty()
        ? QFileInfo(m_options.configPath).completeBaseName()
        : m_summary.configurationName;
    identity.model = m_summary.model;
    identity.profileId = m_summary.profileId;
    identity.memoryMB = m_summary.memoryMB;
    identity.cpus = m_summary.cpus;
    std::unique_ptr<Persona> persona = Persona::create(m_os, identity);
    if (!persona) {
        note(tr("unknown guest OS \"%1\"").arg(m_os));
        return ExitConfigError;
    }
    m_licenseKey = m_summary.licenseKeyIds.value(0, kDefaultLicenseKey);

    const auto style
        = m_summary.profileId == u"par"_s ? EmulatorLog::Style::Par : EmulatorLog::Style::AxpVax;
    const QString logPath = m_summary.logPath.isEmpty()
        ? EmulatorLog::defaultFileName(style, QDateTime::currentDateTime())
        : m_summary.logPath;
    m_log = std::make_unique<EmulatorLog>(logPath, style);
    if (!m_log->open(&error)) {
        note(error);
        return ExitRuntimeError;
    }

    m_console = new ConsoleServer(identity.hostname.toLatin1(), this);
    m_console->setFloodOnConnect(m_options.floodBytes);
    connect(m_console, &ConsoleServer::clientConnected, this,
        [](const QString &peer) { note(tr("console connected from %1").arg(peer)); });
    connect(m_console, &ConsoleServer::clientRefused, this,
        [](const QString &peer) { note(tr("console refused to %1: already in use").arg(peer)); });
    // Recorded where tests (and journald) can see them: the console client's NAWS and TTYPE.
    connect(m_console, &ConsoleServer::clientWindowSizeChanged, this,
        [](int columns, int rows) { note(tr("console window %1x%2").arg(columns).arg(rows)); });
    connect(m_console, &ConsoleServer::clientTerminalTypeChanged, this,
        [](const QString &type) { note(tr("console terminal type %1").arg(type)); });
    m_machine = new GuestMachine(m_console, std::move(persona), m_options.pacePercent, this);
    m_machine->setBreakOn(m_summary.breakOn);
    m_machine->setStopOn(m_summary.stopOn);
    connect(m_machine, &GuestMachine::poweredOff, this,
        [this](const QString &reason) { finish(0, reason); });
    connect(m_machine, &GuestMachine::licenseLostRequested, this, &Simulator::logLicenseLost);
    connect(
        m_machine, &GuestMachine::licenseRestoredRequested, this, &Simulator::logLicenseRestored);

    m_signals = new core::SignalWatcher({ SIGTERM, SIGINT, SIGHUP, SIGUSR1, SIGUSR2 }, this);
    connect(m_signals, &core::SignalWatcher::signalReceived, this, &Simulator::onSignal);
    return 0;
}

QString Simulator::productName() const
{
    if (m_summary.profileId == u"par"_s)
        return u"Charon-PAR"_s;
    return m_summary.profileId == u"vax"_s ? u"Charon-VAX"_s : u"Charon-AXP"_s;
}

void Simulator::start()
{
    const QString started
        = tr("%1 simulator %2 started: configuration %3, model %4, guest OS %5")
              .arg(productName(), QStringLiteral(CHARON_VERSION), m_options.configPath,
                  m_summary.model.isEmpty() ? u"-"_s : m_summary.model, m_os);
    note(started);
    m_log->write(EmulatorLog::Level::Info, started);
    for (const core::NicConfig &nic : std::as_const(m_summary.nics)) {
        if (!nic.interface.isEmpty())
            m_log->nicUp(nic.name, nic.interface);
    }
    if (m_options.crashAfterSeconds >= 0)
        m_crashTimer.start(m_options.crashAfterSeconds * 1000);
    if (m_options.leakMegabytes > 0) {
        note(tr("leaking memory up to %1 MiB").arg(m_options.leakMegabytes));
        m_hog = new MemoryHog(m_options.leakMegabytes, this);
        connect(m_hog, &MemoryHog::capReached, this,
            [](int megabytes) { note(tr("memory leak stopped at %1 MiB").arg(megabytes)); });
        m_hog->start();
    }
    if (m_options.startDelaySeconds > 0) {
        note(tr("start delay: the console opens in %1 s").arg(m_options.startDelaySeconds));
        m_startDelay.start(m_options.startDelaySeconds * 1000);
        return;
    }
    openConsole();
}

void Simulator::openConsole()
{
    if (m_stopping)
        return;
    QHostAddress address(QHostAddress::LocalHost);
    if (m_summary.consoleExposed) {
        const QHostAddress configured(m_summary.consoleListenAddress);
        address = configured.isNull() ? QHostAddress(QHostAddress::Any) : configured;
    }
    QString error;
    if (!m_console->listen(address, quint16(m_summary.consolePort), &error)) {
        m_log->write(EmulatorLog::Level::Error, error);
        finish(ExitRuntimeError, error);
        return;
    }
    const QString listening
        = tr("console OPA0 listening on %1 port %2").arg(address.toString()).arg(m_console->port());
    note(listening);
    m_log->write(EmulatorLog::Level::Info, listening);
    core::SystemdNotifier::notify("READY=1\nSTATUS=" + listening.toUtf8());
    m_machine->powerOn();
}

void Simulator::onSignal(int signalNumber)
{
    switch (signalNumber) {
    case SIGUSR1:
        logLicenseLost();
        break;
    case SIGUSR2:
        logLicenseRestored();
        break;
    default:
        stop(signalNumber);
        break;
    }
}

void Simulator::stop(int signalNumber)
{
    if (m_stopping)
        return; // a second SIGTERM does not cut the stop delay short, as with a slow emulator
    m_stopping = true;
    m_startDelay.stop();
    core::SystemdNotifier::notify("STOPPING=1");
    const QString reason = tr("stop requested by signal %1 (%2)")
                               .arg(signalNumber)
                               .arg(QString::fromLatin1(sigabbrev_np(signalNumber)));
    m_log->write(EmulatorLog::Level::Info, reason);
    if (m_options.stopDelaySeconds > 0) {
        note(reason + u"; "_s + tr("stopping in %1 s").arg(m_options.stopDelaySeconds));
        m_stopDelay.start(m_options.stopDelaySeconds * 1000);
        return;
    }
    finish(0, reason);
}

void Simulator::finish(int exitCode, const QString &reason)
{
    if (m_finished)
        return;
    m_finished = true;
    m_stopping = true;
    note(tr("exiting (%1): %2").arg(exitCode).arg(reason));
    m_log->write(exitCode == 0 ? EmulatorLog::Level::Info : EmulatorLog::Level::Error,
        tr("emulator stopped: %1").arg(reason));
    m_crashTimer.stop();
    m_console->close();
    // One more turn of the loop lets the socket hand its last bytes to the kernel.
    QTimer::singleShot(20, qApp, [exitCode] { QCoreApplication::exit(exitCode); });
}

void Simulator::crash()
{
    const int signalNumber = m_options.crashSignal;
    note(tr("simulating a crash with signal %1 (%2)")
             .arg(signalNumber)
             .arg(QString::fromLatin1(sigabbrev_np(signalNumber))));
    // No core file: systemd must see "killed by signal" (Result=signal), not a core dump.
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    const rlimit noCore = { 0, 0 };
    ::setrlimit(RLIMIT_CORE, &noCore);
    struct sigaction defaultAction = {};
    defaultAction.sa_handler = SIG_DFL;
    sigemptyset(&defaultAction.sa_mask);
    ::sigaction(signalNumber, &defaultAction, nullptr);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, signalNumber);
    ::sigprocmask(SIG_UNBLOCK, &unblock, nullptr);
    ::raise(signalNumber);
    ::_exit(128 + signalNumber); // only reached if the signal was somehow survived
}

void Simulator::logLicenseLost()
{
    note(tr("license key lost (simulated)"));
    m_log->licenseLost(m_licenseKey);
}

void Simulator::logLicenseRestored()
{
    note(tr("license key restored (simulated)"));
    m_log->licenseRestored(m_licenseKey);
}

} // namespace charon::sim
