// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/window/guestoperations.h"

#include "core/guests/guestremover.h"
#include "core/systemd/systemdclient.h"
#include "core/units/unitfile.h"
#include "ui/table/guestactions.h"
#include "ui/window/messagebar.h"

#include <QFileInfo>

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
    --m_pending;
    const SystemdError &error = job->error();
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

void GuestOperations::stop(const QStringList &names)
{
    const int batch = beginBatch(Verb::Stop, names);
    for (const QString &name : names)
        track(m_client->stopUnit(core::unitNameForGuest(name)), { name }, batch);
}

void GuestOperations::restart(const QStringList &names)
{
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
