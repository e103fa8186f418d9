// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/settings/servicesettingsapplier.h"

#include "core/domain/guest.h"
#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdconnection.h"
#include "core/systemd/unitproperties.h"
#include "core/units/servicesettingsvalidator.h"
#include "core/units/settingsdropin.h"

#include <QDBusArgument>

using namespace Qt::StringLiterals;

namespace charon::core {

ServiceSettingsApplier::ServiceSettingsApplier(
    SystemdClient *client, const UnitFile &units, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_units(units)
{ }

void ServiceSettingsApplier::done(const QString &error)
{
    m_busy = false;
    Q_EMIT finished(error, m_result);
}

void ServiceSettingsApplier::fetch(
    const QString &name, std::function<void(const QString &error)> then)
{
    QString readError;
    const auto configured = SettingsDropIn(m_units).read(name, &readError);
    if (!configured) {
        then(readError);
        return;
    }
    m_result.configured = *configured;
    m_result.dropInPath = m_units.dropInPath(name);
    const QString path = UnitPropertyCodec::unitObjectPath(unitNameForGuest(name));
    const QString what = tr("Reading the settings of %1 from systemd failed").arg(name);
    auto maps = std::make_shared<std::pair<QVariantMap, QVariantMap>>();
    auto pending = std::make_shared<int>(2);
    auto failure = std::make_shared<QString>();
    for (const QString &interface :
        { SystemdConnection::UnitInterface, SystemdConnection::ServiceInterface }) {
        auto *job = new SystemdCallJob(m_client->connection(),
            SystemdConnection::propertiesGetAll(path, interface), what, this);
        connect(job, &SystemdJob::finished, this,
            [this, interface, maps, pending, failure, then](SystemdJob *j) {
                auto *call = static_cast<SystemdCallJob *>(j);
                if (call->isError()) {
                    *failure = call->errorString();
                } else {
                    const QVariantMap raw = qdbus_cast<QVariantMap>(call->arguments().value(0));
                    (interface == SystemdConnection::UnitInterface ? maps->first : maps->second)
                        = raw;
                }
                if (--*pending > 0)
                    return;
                if (failure->isEmpty()) {
                    m_result.applied = AppliedSettings::fromProperties(maps->first, maps->second);
                    m_result.configured.autoBoot = m_result.applied.autoBoot;
                    m_result.files = AppliedSettings::filesFromProperties(maps->first);
                    m_result.sources = SettingsDropIn::keySources(m_result.files);
                    m_result.overriddenBy
                        = SettingsDropIn::overrides(m_result.dropInPath, m_result.files);
                }
                then(*failure);
            });
    }
}

void ServiceSettingsApplier::load(const QString &name)
{
    m_busy = true;
    m_result = {};
    fetch(name, [this](const QString &error) { done(error); });
}

void ServiceSettingsApplier::apply(
    const QString &name, const ServiceSettings &settings, const QStringList &otherGuests)
{
    m_busy = true;
    m_result = {};
    if (const QStringList problems
        = ServiceSettingsValidator::problems(name, settings, otherGuests);
        !problems.isEmpty()) {
        done(problems.join(u'\n'));
        return;
    }
    // The enablement before the change: only a change of auto-boot calls enable/disable.
    fetch(name, [this, name, settings](const QString &error) {
        if (!error.isEmpty()) {
            done(error);
            return;
        }
        const bool wasAutoBoot = m_result.applied.autoBoot;
        const SettingsDropIn dropIn(m_units);
        SettingsDropIn::Previous previous;
        QString writeError;
        if (!dropIn.write(name, settings, &previous, &writeError)) {
            done(writeError);
            return;
        }
        SystemdCallJob *reload = m_client->reload();
        connect(reload, &SystemdJob::finished, this,
            [this, name, settings, previous, wasAutoBoot](SystemdJob *j) {
                if (j->isError()) {
                    QString restoreError;
                    const bool restored
                        = SettingsDropIn(m_units).restore(name, previous, &restoreError);
                    done(restored
                            ? tr("%1; the previous settings of %2 were put back in %3")
                                  .arg(j->errorString(), name, m_units.dropInPath(name))
                            : tr("%1; putting the previous settings of %2 back failed too: %3")
                                  .arg(j->errorString(), name, restoreError));
                    return;
                }
                const auto readBack
                    = [this, name] { fetch(name, [this](const QString &error) { done(error); }); };
                if (settings.autoBoot == wasAutoBoot) {
                    readBack();
                    return;
                }
                const QStringList units { unitNameForGuest(name) };
                UnitFilesJob *job = settings.autoBoot ? m_client->enableUnitFiles(units)
                                                      : m_client->disableUnitFiles(units);
                connect(job, &SystemdJob::finished, this, [this, readBack](SystemdJob *e) {
                    if (e->isError()) {
                        done(e->errorString());
                        return;
                    }
                    readBack();
                });
            });
    });
}

} // namespace charon::core
