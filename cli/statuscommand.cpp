#include "cli/statuscommand.h"

#include "core/host/niccheck.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "cli/guestformat.h"
#include "cli/guestloader.h"

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace charon::cli {

QList<QCommandLineOption> StatusCommand::options() const
{
    return { QCommandLineOption(u"json"_s, tr("Print a JSON object.")) };
}

QString StatusCommand::summary() const
{
    return tr("Show one guest in detail.");
}

void StatusCommand::run(const QCommandLineParser &parser, const QStringList &args)
{
    if (args.size() > 1) {
        fail(ExitUsage, tr("status takes one guest name"));
        return;
    }
    const QStringList names = namesOrDefault(args);
    if (names.isEmpty() || !checkGuestsExist(names))
        return;
    m_json = parser.isSet(u"json"_s);
    auto *loader = new GuestLoader(context(), this);
    connect(loader, &GuestLoader::loaded, this,
        [this](const QList<Guest> &guests, const QStringList &errors) {
            if (guests.isEmpty()) {
                fail(ExitOther, errors.value(0));
                return;
            }
            for (const QString &e : errors)
                CliContext::error(e);
            Guest guest = guests.first();
            guest.stopScript = context()->stopScript().statusFor(guest.configPath);
            // NIC check (3) compares with every guest's configuration: files only.
            QList<Guest> all;
            for (const QString &name : context()->units().guestNames()) {
                QString ignored;
                if (auto other = GuestLoader::readFiles(context()->units(), name, &ignored))
                    all << *other;
            }
            auto *checker = new NicChecker(this);
            connect(checker, &NicChecker::finished, this,
                [this, guest](const QString &, const QList<NicCheck> &checks) mutable {
                    guest.nicChecks = checks;
                    print(guest);
                });
            checker->check(guest, all);
        });
    loader->load(names);
}

void StatusCommand::print(const Guest &guest)
{
    if (m_json) {
        QJsonObject object = GuestFormat::json(guest);
        object.insert(u"stopScript"_s, StopScript::statusName(guest.stopScript));
        object.insert(u"cause"_s, describeResult(guest.unitStatus));
        QJsonArray nics;
        for (const NicCheck &c : guest.nicChecks) {
            nics.append(QJsonObject { { u"nic"_s, c.nic }, { u"interface"_s, c.interface },
                { u"missing"_s, c.missing }, { u"managedByNetworkTool"_s, c.managedByNetworkTool },
                { u"usedByGuest"_s, c.usedByGuest },
                { u"addresses"_s, QJsonArray::fromStringList(c.addresses) } });
        }
        object.insert(u"nicChecks"_s, nics);
        CliContext::out(QString::fromUtf8(QJsonDocument(object).toJson()).trimmed());
    } else {
        for (const QString &line : GuestFormat::details(guest))
            CliContext::out(line);
    }
    finish(ExitOk);
}

} // namespace charon::cli
