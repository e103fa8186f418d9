// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/window/guestoperations.h"

#include "core/guests/guestremover.h"
#include "core/journal/invocationoutput.h"
#include "core/privileged/helperclient.h"
#include "core/stopscript/stopscript.h"
#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdconnection.h"
#include "core/systemd/unitcommandjob.h"
#include "core/units/unitfile.h"
#include "ui/style/guesttext.h"
#include "ui/table/guestactions.h"
#include "ui/window/messagebar.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;
using charon::core::Guest;
using charon::core::GuestStore;
using charon::core::SystemdError;
using charon::core::SystemdJob;

namespace charon::ui {

GuestOperations::GuestOperations(core::SystemdClient *client, GuestStore *store,
    MessageBar *messages, core::UnitScope scope, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_messages(messages)
    , m_scope(scope)
    , m_default(scope)
{
    // Queued: the store is still announcing the new row to the views when guestAdded arrives.
    connect(
        store, &GuestStore::guestAdded, this, &GuestOperations::markDefault, Qt::QueuedConnection);
    // PathWatcher follows the file through atomic rewrites and its creation or removal.
    connect(&m_watcher, &core::PathWatcher::changed, this, &GuestOperations::markDefault);
    setDefaultGuestFile(m_default.path());
}

void GuestOperations::connectActions(GuestActions *actions)
{
    connect(actions, &GuestActions::startRequested, this, &GuestOperations::start);
    connect(actions, &GuestActions::stopRequested, this, &GuestOperations::stop);
    connect(actions, &GuestActions::restartRequested, this, &GuestOperations::restart);
    connect(actions, &GuestActions::forceStopRequested, this, &GuestOperations::forceStop);
    connect(actions, &GuestActions::autoBootRequested, this, &GuestOperations::setAutoBoot);
    connect(actions, &GuestActions::setDefaultRequested, this, &GuestOperations::setDefault);
    connect(actions, &GuestActions::removeRequested, this, &GuestOperations::remove);
}

void GuestOperations::setDefaultGuestFile(const QString &path)
{
    m_default = core::DefaultGuest(m_scope, path);
    m_watcher.setPaths({ QFileInfo(path).absoluteFilePath() });
    markDefault();
}

int GuestOperations::beginBatch(Verb verb, const QStringList &names)
{
    if (names.size() < 2)
        return 0;
    const int id = m_nextBatch++;
    Batch batch;
    batch.verb = verb;
    batch.names = names;
    batch.pending = int(names.size());
    batch.disconnected = true;
    m_batches.insert(id, batch);
    return id;
}

void GuestOperations::batchDone(
    int id, const QString &name, const QString &error, const QString &details, bool disconnected)
{
    const auto it = m_batches.find(id);
    if (it == m_batches.end())
        return;
    Batch &batch = *it;
    --batch.pending;
    if (error.isEmpty()) {
        ++batch.succeeded;
    } else {
        // systemd's sentences name the guest already ("Starting hpux-prod failed: ...").
        batch.failures << (error.contains(name) ? error : name + u": "_s + error);
        if (!details.isEmpty())
            batch.details << details;
        batch.disconnected = batch.disconnected && disconnected;
    }
    if (batch.pending > 0)
        return;
    const Batch finished = m_batches.take(id);
    const auto level = finished.failures.isEmpty() ? MessageBar::Level::Info
        : finished.disconnected                    ? MessageBar::Level::Warning
                                                   : MessageBar::Level::Error;
    m_messages->showMessage(level, summary(finished), finished.details.join(u"\n\n"_s),
        u"batch:"_s + finished.names.join(u','));
}

QString GuestOperations::summary(const Batch &batch)
{
    QString done;
    switch (batch.verb) {
    case Verb::Start:
        done = tr("%n started", nullptr, batch.succeeded);
        break;
    case Verb::Stop:
        done = tr("%n stopped", nullptr, batch.succeeded);
        break;
    case Verb::Restart:
        done = tr("%n restarted", nullptr, batch.succeeded);
        break;
    case Verb::ForceStop:
        done = tr("%n force-stopped", nullptr, batch.succeeded);
        break;
    case Verb::Remove:
        done = tr("%n removed", nullptr, batch.succeeded);
        break;
    }
    if (batch.failures.isEmpty())
        return tr("%1.").arg(done);
    return tr("%1, %2: %3")
        .arg(done, tr("%n failed", nullptr, int(batch.failures.size())),
            batch.failures.join(u"; "_s));
}

void GuestOperations::track(SystemdJob *job, const QStringList &names, int batch)
{
    ++m_pending;
    connect(job, &SystemdJob::finished, this,
        [this, names, batch](SystemdJob *done) { onFinished(done, names, batch); });
}

void GuestOperations::onFinished(SystemdJob *job, const QStringList &names, int batch)
{
    const SystemdError &error = job->error();
    // A start that failed in the pre-start step or the emulator: the command's own words from
    // the journal of that run say why, so the message waits for them (off the GUI thread).
    const auto *command = qobject_cast<const core::UnitCommandJob *>(job);
    if (error.category == SystemdError::Category::JobFailed && command
        && command->operation() != core::UnitCommandJob::Operation::Stop
        && !command->invocationId().isEmpty() && m_client->connection()->isLocal()) {
        core::InvocationOutput::Request request;
        request.userScope = m_scope == core::UnitScope::User;
        request.unit = command->unit();
        request.invocationId = command->invocationId();
        request.pids = command->runPids();
        auto *output = new core::InvocationOutput(this);
        connect(output, &core::InvocationOutput::ready, this,
            [this, output, error, names, batch](const QStringList &lines) {
                output->deleteLater();
                SystemdError withCause = error;
                withCause.message = core::InvocationOutput::withCause(error.message, lines);
                if (!lines.isEmpty())
                    withCause.details = lines.join(u'\n') + u"\n\n"_s + error.details;
                report(withCause, names, batch);
            });
        output->start(request);
        return;
    }
    report(error, names, batch);
}

void GuestOperations::report(const SystemdError &error, const QStringList &names, int batch)
{
    --m_pending;
    for (const QString &name : names) {
        if (error.isError()) {
            const auto level = error.category == SystemdError::Category::Disconnected
                ? MessageBar::Level::Warning
                : MessageBar::Level::Error;
            // One message per request: for a request on several guests, under the first name;
            // in a batch, the summary says it at the end.
            if (batch == 0 && name == names.first())
                m_messages->showMessage(level, error.message, error.details, names.join(u','));
        } else {
            m_messages->dismiss(name);
        }
        if (batch != 0)
            batchDone(batch, name, error.message, error.details,
                error.category == SystemdError::Category::Disconnected);
        Q_EMIT operationFinished(name, error.message);
    }
}

void GuestOperations::start(const QStringList &names)
{
    const int batch = beginBatch(Verb::Start, names);
    for (const QString &name : names)
        track(m_client->startUnit(core::unitNameForGuest(name)), { name }, batch);
}

namespace {
const QString kConfirmedGroup = u"powerOffConfirmed"_s;
} // namespace

bool GuestOperations::powerOffConfirmed(const QString &name)
{
    QSettings settings;
    settings.beginGroup(kConfirmedGroup);
    return settings.value(name, false).toBool();
}

void GuestOperations::setPowerOffConfirmed(const QString &name, bool confirmed)
{
    QSettings settings;
    settings.beginGroup(kConfirmedGroup);
    if (confirmed)
        settings.setValue(name, true);
    else
        settings.remove(name);
}

QStringList GuestOperations::needPowerOffConfirmation(const QStringList &names) const
{
    QStringList out;
    for (const QString &name : names) {
        const Guest *guest = m_store->find(name);
        // A guest the store does not know yet has no known branch either: ask.
        const bool clean = guest && core::StopScript::runsCommands(guest->stopScript);
        if (!clean && !powerOffConfirmed(name))
            out << name;
    }
    return out;
}

bool GuestOperations::confirmPowerOff(const QStringList &names, bool restart)
{
    const QStringList unsafe = needPowerOffConfirmation(names);
    if (unsafe.isEmpty())
        return true;
    QStringList described;
    for (const QString &name : unsafe) {
        const Guest *guest = m_store->find(name);
        const auto status = guest ? guest->stopScript : core::StopScriptStatus::NotFound;
        described << tr("%1 (stop script: %2)").arg(name, GuestText::stopScript(status));
    }
    const QString question = unsafe.size() == 1
        ? (restart ? tr("Restart %1 without a clean shutdown?\n\nThe stop script has no shutdown "
                        "commands for %2, so the emulator is simply ended: for the guest OS "
                        "this is a power-off. Unsaved data in the guest is lost.\n\nAdd the "
                        "guest OS's shutdown commands to the stop script (Edit Stop Script) "
                        "to stop it cleanly.")
                   : tr("Stop %1 without a clean shutdown?\n\nThe stop script has no shutdown "
                        "commands for %2, so the emulator is simply ended: for the guest OS "
                        "this is a power-off. Unsaved data in the guest is lost.\n\nAdd the "
                        "guest OS's shutdown commands to the stop script (Edit Stop Script) "
                        "to stop it cleanly."))
              .arg(unsafe.first(), described.first())
        : (restart ? tr("Restart %n guest(s) without a clean shutdown?\n\n%1\n\nThe stop script "
                        "has no shutdown commands for them, so each emulator is simply ended: "
                        "for the guest OS this is a power-off. Unsaved data in the guests is "
                        "lost.",
               nullptr, int(unsafe.size()))
                   : tr("Stop %n guest(s) without a clean shutdown?\n\n%1\n\nThe stop script "
                        "has no shutdown commands for them, so each emulator is simply ended: "
                        "for the guest OS this is a power-off. Unsaved data in the guests is "
                        "lost.",
                       nullptr, int(unsafe.size())))
              .arg(described.join(u'\n'));

    PowerOffAnswer answer = PowerOffAnswer::Cancel;
    if (m_confirm) {
        answer = m_confirm(unsafe, question);
    } else {
        QMessageBox box(QMessageBox::Warning, restart ? tr("Restart") : tr("Stop"), question,
            QMessageBox::Cancel, qobject_cast<QWidget *>(parent()));
        box.setObjectName(u"powerOffConfirmation"_s);
        QPushButton *yes = box.addButton(
            restart ? tr("Power Off and Restart") : tr("Power Off"), QMessageBox::DestructiveRole);
        yes->setAccessibleName(yes->text());
        auto *again = new QCheckBox(unsafe.size() == 1 ? tr("Don't ask again for this guest")
                                                       : tr("Don't ask again for these guests"),
            &box);
        again->setAccessibleName(again->text());
        box.setCheckBox(again);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == yes)
            answer
                = again->isChecked() ? PowerOffAnswer::StopAndDontAskAgain : PowerOffAnswer::Stop;
    }
    if (answer == PowerOffAnswer::StopAndDontAskAgain) {
        for (const QString &name : unsafe)
            setPowerOffConfirmed(name, true);
    }
    return answer != PowerOffAnswer::Cancel;
}

void GuestOperations::stop(const QStringList &names)
{
    if (!confirmPowerOff(names, false))
        return;
    const int batch = beginBatch(Verb::Stop, names);
    for (const QString &name : names)
        track(m_client->stopUnit(core::unitNameForGuest(name)), { name }, batch);
}

void GuestOperations::restart(const QStringList &names)
{
    if (!confirmPowerOff(names, true))
        return;
    const int batch = beginBatch(Verb::Restart, names);
    for (const QString &name : names)
        track(m_client->restartUnit(core::unitNameForGuest(name)), { name }, batch);
}

void GuestOperations::forceStop(const QStringList &names)
{
    // A power-off the admin asked for: SIGTERM to the emulator, which our units treat as its
    // clean end, so systemd records a requested stop (REQUESTED, no auto-restart). Only an
    // emulator still running after the grace period is SIGKILLed, and then reads FAILURE:
    // it did have to be killed.
    constexpr int sigterm = 15;
    constexpr int sigkill = 9;
    const int batch = beginBatch(Verb::ForceStop, names);
    for (const QString &name : names) {
        const QString unit = core::unitNameForGuest(name);
        track(m_client->killUnit(unit, sigterm, u"main"_s), { name }, batch);
        QTimer::singleShot(m_forceStopGraceMs, this, [this, name, unit] {
            const Guest *guest = m_store->find(name);
            if (!guest)
                return;
            const core::GuestState state = guest->derived.state;
            if (state == core::GuestState::Active || state == core::GuestState::Deactivating)
                track(m_client->killUnit(unit, sigkill, u"all"_s), { name });
        });
    }
}

void GuestOperations::setAutoBoot(const QStringList &names, bool enable)
{
    if (names.isEmpty())
        return;
    QStringList units;
    for (const QString &name : names)
        units << core::unitNameForGuest(name);
    // One call for all: systemd links or unlinks the files together, then reloads once.
    track(enable ? m_client->enableUnitFiles(units) : m_client->disableUnitFiles(units), names);
}

void GuestOperations::setDefault(const QString &name)
{
    QString error;
    if (!m_default.setName(name, &error)) {
        m_messages->showMessage(MessageBar::Level::Error,
            tr("Could not make %1 the default guest: %2").arg(name, error), {}, name);
        Q_EMIT operationFinished(name, error);
        return;
    }
    setDefaultGuestFile(m_default.path()); // the file (or its folder) may be new: watch it
    Q_EMIT operationFinished(name, {});
}

void GuestOperations::markDefault()
{
    const QString star = m_default.name();
    for (const QString &name : m_store->names()) {
        if (m_store->find(name)->isDefault != (name == star))
            m_store->update(name, [&](Guest &g) { g.isDefault = name == star; });
    }
}

void GuestOperations::remove(const QStringList &names, const QStringList &stopFirst)
{
    const core::UnitFile units(m_scope, m_unitDirectory);
    const int batch = beginBatch(Verb::Remove, names);
    if (core::HelperClient::isNeeded(m_scope)) {
        for (const QString &name : names)
            removeThroughHelper(name, stopFirst.contains(name), batch);
        return;
    }
    for (const QString &name : names) {
        // One removal per guest, all in flight at once. Force (stop, then disable and remove)
        // only for the guests the confirmation named as running.
        ++m_pending;
        auto *remover = new core::GuestRemover(
            m_client, units, m_default, name, stopFirst.contains(name), this);
        connect(remover, &core::GuestRemover::finished, this,
            [this, batch](const core::GuestRemover *r) { onRemoved(r, batch); });
    }
}

// Not root, system scope: the privileged helper removes the unit files (after asking polkit;
// the admin group needs no password). It refuses a running guest, so one the confirmation named
// as running is stopped first, through systemd and polkit like any stop.
void GuestOperations::removeThroughHelper(const QString &name, bool stopFirst, int batch)
{
    ++m_pending;
    const auto finished = [this, name, batch](const QString &error) {
        --m_pending;
        if (error.isEmpty()) {
            m_messages->dismiss(name);
            if (batch != 0)
                batchDone(batch, name, {}, {}, false);
        } else if (batch != 0) {
            batchDone(batch, name, error, {}, false);
        } else {
            m_messages->showMessage(MessageBar::Level::Error, error, {}, name);
        }
        Q_EMIT operationFinished(name, error);
    };
    const auto remove = [this, name, finished] {
        auto *helper = core::HelperClient::removeGuest(name, this);
        connect(helper, &core::HelperClient::finished, this, [finished](core::HelperClient *h) {
            h->deleteLater();
            finished(h->isError() ? h->errorString() : QString());
        });
    };
    if (!stopFirst) {
        remove();
        return;
    }
    core::SystemdJob *stop = m_client->stopUnit(core::unitNameForGuest(name));
    connect(stop, &core::SystemdJob::finished, this, [finished, remove](core::SystemdJob *job) {
        if (job->isError())
            finished(job->errorString());
        else
            remove();
    });
}

void GuestOperations::onRemoved(const core::GuestRemover *remover, int batch)
{
    --m_pending;
    const QString name = remover->name();
    if (!remover->isError()) {
        m_messages->dismiss(name);
        if (batch != 0)
            batchDone(batch, name, {}, {}, false);
        Q_EMIT operationFinished(name, {});
        return;
    }
    const SystemdError &cause = remover->systemdError();
    const bool disconnected = cause.category == SystemdError::Category::Disconnected;
    if (batch != 0) {
        batchDone(batch, name, remover->errorString(), cause.details, disconnected);
    } else {
        m_messages->showMessage(
            disconnected ? MessageBar::Level::Warning : MessageBar::Level::Error,
            remover->errorString(), cause.details, name);
    }
    Q_EMIT operationFinished(name, remover->errorString());
}

} // namespace charon::ui
