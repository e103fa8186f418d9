#include "cli/removecommand.h"

#include "core/domain/guest.h"
#include "core/systemd/systemdclient.h"

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace charon::cli {

QList<QCommandLineOption> RemoveCommand::options() const
{
    return { QCommandLineOption(u"force"_s, tr("Stop the guest first if it is running.")) };
}

QString RemoveCommand::summary() const
{
    return tr("Remove a guest's unit (its configuration and disks stay).");
}

void RemoveCommand::run(const QCommandLineParser &parser, const QStringList &args)
{
    // Never the default guest implicitly: removing is too consequential for a guess.
    if (args.size() != 1) {
        fail(ExitUsage, tr("remove takes exactly one guest name"));
        return;
    }
    m_name = args.first();
    if (!checkGuestsExist({ m_name }))
        return;
    const bool force = parser.isSet(u"force"_s);
    UnitPropertiesJob *job = context()->client()->fetchProperties(unitNameForGuest(m_name));
    connect(job, &SystemdJob::finished, this, [this, job, force] {
        if (job->isError()) {
            fail(CliContext::exitCodeFor(job->error().category), job->errorString());
            return;
        }
        const QString state = job->properties().unit.value(u"ActiveState"_s).toString();
        const bool running = state != u"inactive"_s && state != u"failed"_s;
        if (!running) {
            disableAndRemove();
            return;
        }
        if (!force) {
            fail(ExitOther,
                tr("guest %1 is running (%2): stop it first, or use --force").arg(m_name, state));
            return;
        }
        UnitCommandJob *stop = context()->client()->stopUnit(unitNameForGuest(m_name));
        connect(stop, &SystemdJob::finished, this, [this](SystemdJob *j) {
            if (j->isError()) {
                fail(CliContext::exitCodeFor(j->error().category), j->errorString());
                return;
            }
            CliContext::out(tr("Stopped %1.").arg(m_name));
            disableAndRemove();
        });
    });
}

void RemoveCommand::disableAndRemove()
{
    UnitFilesJob *disable = context()->client()->disableUnitFiles({ unitNameForGuest(m_name) });
    connect(disable, &SystemdJob::finished, this, [this](SystemdJob *j) {
        if (j->isError()) {
            fail(CliContext::exitCodeFor(j->error().category), j->errorString());
            return;
        }
        QString error;
        if (!context()->units().remove(m_name, &error)) {
            fail(ExitOther, error);
            return;
        }
        if (context()->star().name() == m_name)
            context()->star().setName({}, &error);
        SystemdJob *reload = context()->client()->reload();
        connect(reload, &SystemdJob::finished, this, [this](SystemdJob *r) {
            if (r->isError()) {
                fail(CliContext::exitCodeFor(r->error().category),
                    tr("guest removed, but systemd did not reload: %1").arg(r->errorString()));
                return;
            }
            CliContext::out(
                tr("Removed guest %1; its configuration and disks are untouched.").arg(m_name));
            finish(ExitOk);
        });
    });
}

} // namespace charon::cli
