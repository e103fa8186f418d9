#include "cli/guestloader.h"

#include "core/configparser.h"
#include "core/guestbuilder.h"
#include "core/systemdclient.h"

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

void GuestLoader::load(const QStringList &names, bool withState)
{
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
    if (!withState) {
        finishIfDone();
        return;
    }
    for (qsizetype i = 0; i < m_guests.size(); ++i) {
        ++m_pending;
        UnitPropertiesJob *job = m_context->client()->fetchProperties(m_guests.at(i).unit);
        connect(job, &SystemdJob::finished, this, [this, i, job] {
            --m_pending;
            if (job->isError()) {
                m_errors << job->errorString();
            } else {
                // systemd's view of state and settings; identity stays as the unit file has
                // it (systemd reports ExecStart arguments with "$$" still doubled).
                const Guest fromFile = m_guests.at(i);
                Guest g = GuestBuilder::build(fromFile.unit, job->properties(), fromFile);
                g.emulator = fromFile.emulator;
                g.configPath = fromFile.configPath;
                g.workDir = fromFile.workDir;
                g.profileId = fromFile.profileId;
                g.config = fromFile.config;
                g.preStartScript = fromFile.preStartScript;
                g.preStartScriptHead = fromFile.preStartScriptHead;
                m_guests[i] = g;
            }
            finishIfDone();
        });
    }
    finishIfDone();
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
