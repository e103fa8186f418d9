// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/privileged/helperservice.h"

#include "core/guests/guestinstaller.h"
#include "core/guests/guestremover.h"
#include "core/guests/guestsnapshot.h"
#include "core/privileged/helperprotocol.h"
#include "core/privileged/helperrequest.h"
#include "core/privileged/polkitcheck.h"
#include "core/stopscript/stopscript.h"
#include "core/support/admingroup.h"
#include "core/systemd/systemdcalljob.h"
#include "core/systemd/systemdclient.h"
#include "core/units/defaultguest.h"
#include "core/units/unitfile.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>

using namespace Qt::StringLiterals;

namespace charon::core {

HelperService::HelperService(
    const QDBusConnection &bus, SystemdClient *client, const QString &charonVm, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_client(client)
    , m_charonVm(charonVm)
{ }

void HelperService::replyError(const QDBusMessage &call, const QString &name, const QString &text)
{
    m_bus.send(call.createErrorReply(name, text));
}

void HelperService::authorizeThen(
    const QDBusMessage &call, std::function<void(const QDBusMessage &)> work)
{
    Q_EMIT used();
    setDelayedReply(true);
    auto *check = new PolkitCheck(m_bus, call.service(), HelperProtocol::manageAction(), this);
    connect(check, &PolkitCheck::finished, this,
        [this, call, work = std::move(work), check](bool authorized, const QString &problem) {
            check->deleteLater();
            if (!authorized) {
                const QString why = problem.isEmpty()
                    ? tr("adding and removing guests needs root or membership in the group "
                         "“%1”")
                          .arg(AdminGroup::name())
                    : tr("polkit could not be asked (%1)").arg(problem);
                replyError(call, u"org.freedesktop.DBus.Error.AccessDenied"_s, why);
                return;
            }
            work(call);
        });
}

QString HelperService::AddGuest(const QVariantMap &, QStringList &)
{
    authorizeThen(message(), [this](const QDBusMessage &call) { addAuthorized(call); });
    return {};
}

void HelperService::addAuthorized(const QDBusMessage &call)
{
    QString error;
    const auto request
        = HelperRequest::fromMap(qdbus_cast<QVariantMap>(call.arguments().value(0)), &error);
    if (!request) {
        replyError(call, HelperProtocol::invalidArgsError(), error);
        return;
    }
    UnitFile units(UnitScope::System);
    StopScript stopScript(StopScript::defaultPath(UnitScope::System));
    QList<Guest> others;
    for (const QString &name : units.guestNames()) {
        QString ignored;
        if (auto other = GuestSnapshot::readFiles(units, name, &ignored))
            others << *other;
    }
    const GuestInstaller::Result result
        = GuestInstaller::install(*request, units, stopScript, m_charonVm, others);
    if (!result.ok()) {
        replyError(call,
            result.outcome == GuestInstaller::Outcome::InvalidRequest
                ? HelperProtocol::invalidArgsError()
                : HelperProtocol::failedError(),
            result.error);
        return;
    }
    const QString unitPath = units.unitPath(result.guest.name);
    QStringList notes = result.notes;
    for (const QString &warning : result.warnings)
        notes << tr("warning: %1").arg(warning);
    SystemdCallJob *reload = m_client->reload();
    connect(reload, &SystemdJob::finished, this, [this, call, unitPath, notes](SystemdJob *job) {
        if (job->isError()) {
            replyError(call, HelperProtocol::failedError(),
                tr("guest added, but systemd did not reload: %1").arg(job->errorString()));
            return;
        }
        m_bus.send(call.createReply({ unitPath, notes }));
    });
}

void HelperService::RemoveGuest(const QString &)
{
    authorizeThen(message(), [this](const QDBusMessage &call) { removeAuthorized(call); });
}

void HelperService::removeAuthorized(const QDBusMessage &call)
{
    const QString name = call.arguments().value(0).toString();
    if (!isValidGuestName(name)) {
        replyError(
            call, HelperProtocol::invalidArgsError(), tr("invalid guest name \"%1\"").arg(name));
        return;
    }
    // A running guest is refused (no `force`): stopping it is the caller's, through polkit.
    auto *remover = new GuestRemover(
        m_client, UnitFile(UnitScope::System), DefaultGuest(UnitScope::System), name, false, this);
    connect(remover, &GuestRemover::finished, this, [this, call](GuestRemover *r) {
        r->deleteLater();
        if (r->isError()) {
            replyError(call,
                r->failure() == GuestRemover::Failure::InvalidName
                        || r->failure() == GuestRemover::Failure::NotFound
                    ? HelperProtocol::invalidArgsError()
                    : HelperProtocol::failedError(),
                r->errorString());
            return;
        }
        m_bus.send(call.createReply());
    });
}

} // namespace charon::core
