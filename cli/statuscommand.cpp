// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli/statuscommand.h"

#include "core/domain/guestfacts.h"
#include "core/stopscript/stopscript.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "cli/guestformat.h"

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
    if (names.isEmpty())
        return;
    m_json = parser.isSet(u"json"_s);
    whenManagerReachable([this, names] { show(names); });
}

void StatusCommand::show(const QStringList &names)
{
    if (!checkGuestsExist(names))
        return;
    // Every part of the pipeline, as the window's details pane shows it. The other guests are
    // read from their files too: NIC check (3) compares with their configurations.
    GuestSnapshot *snapshot = context()->snapshot(GuestPipeline::Part::Files
            | GuestPipeline::Part::StopScript | GuestPipeline::Part::Nics
            | GuestPipeline::Part::License | GuestPipeline::Part::OsProbe,
        this);
    connect(snapshot, &GuestSnapshot::ready, this, [this, snapshot] {
        const QList<Guest> guests = snapshot->guests();
        const QStringList errors = snapshot->errors();
        if (guests.isEmpty()) {
            fail(ExitOther, errors.value(0));
            return;
        }
        for (const QString &e : errors)
            CliContext::error(e);
        print(guests.first());
    });
    snapshot->load(names, GuestSnapshot::Detail::Full, true);
}

void StatusCommand::print(const Guest &guest)
{
    if (m_json) {
        QJsonObject object = GuestFormat::json(guest);
        object.insert(u"stopScript"_s, StopScript::statusName(guest.stopScript));
        object.insert(u"license"_s, guest.licenseStatus);
        object.insert(u"licenseHealth"_s, licenseHealthName(guest.licenseHealth));
        object.insert(u"osAnswer"_s, GuestFormat::osAnswerJson(guest.osAnswer));
        object.insert(u"unitFilesChanged"_s, guest.unitFilesChanged);
        object.insert(u"preStartScript"_s, guest.preStartScript);
        object.insert(
            u"preStartScriptHead"_s, QJsonArray::fromStringList(guest.preStartScriptHead));
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
