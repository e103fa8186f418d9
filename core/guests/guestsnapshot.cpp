#include "cli/guestloader.h"

#include "core/config/configparser.h"
#include "core/systemd/guestbuilder.h"
#include "core/systemd/systemdclient.h"
#include "core/units/unitenablement.h"

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace charon::cli {

GuestLoader::GuestLoader(CliContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

std::optional<Guest> GuestLoader::readFiles(
    const UnitFile &units, const QString &name, QString *error)
{
    const auto unit = units.read(name, error);
    if (!unit)
        return std::nullopt;
    Guest g = unit->guest;
    g.config = ConfigParser::parseFile(g.configPath, g.profileId);
    if (g.profileId.isEmpty())
        g.profileId = g.config.profileId;
    return g;
}

void GuestLoader::load(const QStringList &names, Detail detail)
{
    m_detail = detail;
    const QStringList wanted = names.isEmpty() ? m_context->units().guestNames() : names;
    const QString star = m_context->star().name();
    for (const QString &name : wanted) {
        QString error;
        auto guest = readFiles(m_context->units(), name, &error);
        if (!guest) {
            m_errors << error;
            continue;
        }
        guest->isDefault = guest->name == star;
        m_guests << *guest;
    }
    if (detail == Detail::Files || m_guests.isEmpty()) {
        finishIfDone();
        return;
    }
    ++m_pending;
    // The unit files were just read; their enablement comes from the links beside them
    // (UnitEnablement), not from systemd's costly ListUnitFilesByPatterns.
    m_enablement.emplace(m_context->scope());
    m_enablement->scan();
    ListGuestUnitsJob *list
        = m_context->client()->listGuestUnits(ListGuestUnitsJob::Files::Skipped);
    connect(list, &SystemdJob::finished, this, [this, list] {
        --m_pending;
        if (list->isError()) {
            m_errors << list->errorString();
            finishIfDone();
            return;
        }
        onListed(list->units());
    });
}

void GuestLoader::onListed(const QList<GuestUnitEntry> &entries)
{
    QHash<QString, GuestUnitEntry> byUnit;
    for (const GuestUnitEntry &e : entries)
        byUnit.insert(e.unit, e);
    for (qsizetype i = 0; i < m_guests.size(); ++i) {
        GuestUnitEntry e = byUnit.value(m_guests.at(i).unit);
        e.unitFileState = m_enablement->state(m_guests.at(i).unit);
        const bool needsResult = e.activeState == u"inactive"_s;
        if (e.loaded && (m_detail == Detail::Full || needsResult)) {
            fetch(i);
            continue;
        }
        // What systemd reports for it: from the list when loaded, else what loading it would.
        UnitProperties p;
        p.unit.insert(u"LoadState"_s,
            e.loaded ? e.loadState : (e.unitFileState == u"masked"_s ? u"masked"_s : u"loaded"_s));
        p.unit.insert(u"ActiveState"_s, e.loaded ? e.activeState : u"inactive"_s);
        p.unit.insert(u"SubState"_s, e.loaded ? e.subState : u"dead"_s);
        p.unit.insert(u"UnitFileState"_s, e.unitFileState);
        if (!e.loaded)
            p.service.insert(u"Result"_s, u"success"_s);
        apply(i, p);
    }
    finishIfDone();
}

void GuestLoader::fetch(qsizetype row)
{
    ++m_pending;
    UnitPropertiesJob *job = m_context->client()->fetchProperties(m_guests.at(row).unit);
    connect(job, &SystemdJob::finished, this, [this, row, job] {
        --m_pending;
        if (job->isError())
            m_errors << job->errorString();
        else
            apply(row, job->properties());
        finishIfDone();
    });
}

void GuestLoader::apply(qsizetype row, const UnitProperties &properties)
{
    // systemd's view of state and settings; identity stays as the unit file has it (systemd
    // reports ExecStart arguments with "$$" still doubled).
    const Guest fromFile = m_guests.at(row);
    Guest g = GuestBuilder::build(fromFile.unit, properties, fromFile);
    g.emulator = fromFile.emulator;
    g.configPath = fromFile.configPath;
    g.workDir = fromFile.workDir;
    g.profileId = fromFile.profileId;
    g.config = fromFile.config;
    g.preStartScript = fromFile.preStartScript;
    g.preStartScriptHead = fromFile.preStartScriptHead;
    m_guests[row] = g;
}

void GuestLoader::finishIfDone()
{
    if (m_pending > 0 || m_done)
        return;
    m_done = true;
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT loaded(m_guests, m_errors); }, Qt::QueuedConnection);
}

} // namespace charon::cli
