#include "ui/window/guestoperations.h"

#include "core/systemd/systemdcalljob.h"
#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdconnection.h"
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
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &GuestOperations::markDefault);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        // An atomic rewrite replaces the file: watch the new one.
        if (!m_watcher.files().contains(m_default.path()) && QFileInfo::exists(m_default.path()))
            m_watcher.addPath(m_default.path());
        markDefault();
    });
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
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    const QString dir = QFileInfo(path).absolutePath();
    if (QFileInfo::exists(dir))
        m_watcher.addPath(dir);
    if (QFileInfo::exists(path))
        m_watcher.addPath(path);
    markDefault();
}

void GuestOperations::track(SystemdJob *job, const QStringList &names)
{
    ++m_pending;
    connect(job, &SystemdJob::finished, this,
        [this, names](SystemdJob *done) { onFinished(done, names); });
}

void GuestOperations::onFinished(SystemdJob *job, const QStringList &names)
{
    --m_pending;
    const SystemdError &error = job->error();
    for (const QString &name : names) {
        if (error.isError()) {
            const auto level = error.category == SystemdError::Category::Disconnected
                ? MessageBar::Level::Warning
                : MessageBar::Level::Error;
            // One message per request: for a request on several guests, under the first name.
            if (name == names.first())
                m_messages->showMessage(level, error.message, error.details, names.join(u','));
        } else {
            m_messages->dismiss(name);
        }
        Q_EMIT operationFinished(name, error.message);
    }
}

void GuestOperations::start(const QStringList &names)
{
    for (const QString &name : names)
        track(m_client->startUnit(core::unitNameForGuest(name)), { name });
}

void GuestOperations::stop(const QStringList &names)
{
    for (const QString &name : names)
        track(m_client->stopUnit(core::unitNameForGuest(name)), { name });
}

void GuestOperations::restart(const QStringList &names)
{
    for (const QString &name : names)
        track(m_client->restartUnit(core::unitNameForGuest(name)), { name });
}

void GuestOperations::forceStop(const QStringList &names)
{
    for (const QString &name : names)
        track(m_client->killUnit(core::unitNameForGuest(name)), { name });
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

void GuestOperations::remove(const QStringList &names)
{
    if (names.isEmpty())
        return;
    if (!m_client->connection()->isLocal()) {
        m_messages->showMessage(MessageBar::Level::Error,
            tr("Removing guests of a remote host is not possible from here: its unit files "
               "are on that host."));
        return;
    }
    QStringList enabled;
    for (const QString &name : names) {
        if (const Guest *guest = m_store->find(name); guest && guest->autoBoot)
            enabled << core::unitNameForGuest(name);
    }
    if (enabled.isEmpty()) {
        removeFiles(names);
        return;
    }
    // Unlink auto-boot first: a dangling symlink in *.wants would outlive the unit file.
    core::SystemdJob *disable = m_client->disableUnitFiles(enabled);
    ++m_pending;
    connect(disable, &SystemdJob::finished, this, [this, names](SystemdJob *job) {
        --m_pending;
        if (job->isError()) {
            onFinished(job, names);
            return;
        }
        removeFiles(names);
    });
}

void GuestOperations::removeFiles(const QStringList &names)
{
    core::UnitFile files(m_scope, m_unitDirectory);
    QStringList removed;
    for (const QString &name : names) {
        QString error;
        if (files.remove(name, &error)) {
            removed << name;
            continue;
        }
        m_messages->showMessage(
            MessageBar::Level::Error, tr("Could not remove %1: %2").arg(name, error), {}, name);
        Q_EMIT operationFinished(name, error);
    }
    if (removed.isEmpty())
        return;
    if (removed.contains(m_default.name()))
        m_default.setName({}, nullptr);
    // A failed unit stays loaded (and listed) until its failure is forgotten.
    for (const QString &name : removed) {
        const QString unit = core::unitNameForGuest(name);
        auto *reset = new core::SystemdCallJob(m_client->connection(),
            core::SystemdConnection::managerCall(u"ResetFailedUnit"_s, { unit }),
            tr("Forgetting the failure of %1 failed").arg(name), this, -1,
            { u"org.freedesktop.systemd1.NoSuchUnit"_s });
        Q_UNUSED(reset); // it deletes itself when finished; an error here changes nothing
    }
    track(m_client->reload(), removed);
}

} // namespace charon::ui
