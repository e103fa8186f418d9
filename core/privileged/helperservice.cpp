// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/privileged/helperservice.h"

#include "core/editing/editablefile.h"
#include "core/editing/scriptsyntaxcheck.h"
#include "core/guests/guestinstaller.h"
#include "core/guests/guestremover.h"
#include "core/guests/guestsnapshot.h"
#include "core/privileged/helperprotocol.h"
#include "core/privileged/helperrequest.h"
#include "core/privileged/polkitcheck.h"
#include "core/privileged/settingsrequest.h"
#include "core/settings/servicesettingsapplier.h"
#include "core/stopscript/stopscript.h"
#include "core/support/admingroup.h"
#include "core/systemd/systemdcalljob.h"
#include "core/systemd/systemdclient.h"
#include "core/units/defaultguest.h"
#include "core/units/servicesettingsvalidator.h"
#include "core/units/unitfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
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
    , m_units(UnitScope::System)
    , m_stopScript(HelperProtocol::stopScriptPath())
{ }

void HelperService::setLocations(const UnitFile &units, const QString &stopScriptPath)
{
    m_units = units;
    m_stopScript = stopScriptPath;
}

void HelperService::replyError(const QDBusMessage &call, const QString &name, const QString &text)
{
    m_bus.send(call.createErrorReply(name, text));
}

void HelperService::authorizeThen(const QDBusMessage &call, const QString &action,
    const QString &refusal, std::function<void(const QDBusMessage &)> work)
{
    Q_EMIT used();
    setDelayedReply(true);
    auto *check = new PolkitCheck(m_bus, call.service(), action, this);
    connect(check, &PolkitCheck::finished, this,
        [this, call, refusal, work = std::move(work), check](
            bool authorized, const QString &problem) {
            check->deleteLater();
            if (!authorized) {
                const QString why = problem.isEmpty()
                    ? refusal
                    : tr("polkit could not be asked (%1)").arg(problem);
                replyError(call, u"org.freedesktop.DBus.Error.AccessDenied"_s, why);
                return;
            }
            work(call);
        });
}

QString HelperService::AddGuest(const QVariantMap &, QStringList &)
{
    authorizeThen(message(), HelperProtocol::manageAction(),
        tr("adding and removing guests needs root or membership in the group “%1”")
            .arg(AdminGroup::name()),
        [this](const QDBusMessage &call) { addAuthorized(call); });
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
    UnitFile units = m_units;
    StopScript stopScript(m_stopScript);
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
    authorizeThen(message(), HelperProtocol::manageAction(),
        tr("adding and removing guests needs root or membership in the group “%1”")
            .arg(AdminGroup::name()),
        [this](const QDBusMessage &call) { removeAuthorized(call); });
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
    auto *remover
        = new GuestRemover(m_client, m_units, DefaultGuest(m_units.scope()), name, false, this);
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

void HelperService::SetSettings(const QString &, const QVariantMap &)
{
    authorizeThen(message(), HelperProtocol::settingsAction(),
        tr("changing a guest's service settings needs root or membership in the group “%1”")
            .arg(AdminGroup::name()),
        [this](const QDBusMessage &call) { settingsAuthorized(call); });
}

void HelperService::settingsAuthorized(const QDBusMessage &call)
{
    const QString name = call.arguments().value(0).toString();
    const QVariantMap map = qdbus_cast<QVariantMap>(call.arguments().value(1));
    if (!isValidGuestName(name)) {
        replyError(
            call, HelperProtocol::invalidArgsError(), tr("invalid guest name \"%1\"").arg(name));
        return;
    }
    if (!m_units.exists(name)) {
        replyError(
            call, HelperProtocol::invalidArgsError(), tr("there is no guest named %1").arg(name));
        return;
    }
    // The current settings first (files, and auto-boot from systemd), the request's keys on
    // top; then the same validator and applier as a change of root's own.
    auto *applier = new ServiceSettingsApplier(m_client, m_units, this);
    connect(applier, &ServiceSettingsApplier::finished, this,
        [this, applier, call, name, map](const QString &error, const AppliedSettings &current) {
            disconnect(applier, nullptr, this, nullptr);
            if (!error.isEmpty()) {
                applier->deleteLater();
                replyError(call, HelperProtocol::failedError(), error);
                return;
            }
            QString requestError;
            const auto settings = SettingsRequest::apply(current.configured, map, &requestError);
            QStringList others = m_units.guestNames();
            others.removeAll(name);
            const QStringList problems = settings
                ? ServiceSettingsValidator::problems(name, *settings, others)
                : QStringList { requestError };
            if (!problems.isEmpty()) {
                applier->deleteLater();
                replyError(call, HelperProtocol::invalidArgsError(),
                    tr("%1; nothing was written for %2").arg(problems.join(u"; "_s), name));
                return;
            }
            connect(applier, &ServiceSettingsApplier::finished, this,
                [this, applier, call](const QString &applyError, const AppliedSettings &) {
                    applier->deleteLater();
                    if (!applyError.isEmpty()) {
                        replyError(call, HelperProtocol::failedError(), applyError);
                        return;
                    }
                    m_bus.send(call.createReply());
                });
            applier->apply(name, *settings, others);
        });
    applier->load(name);
}

QString HelperService::ReadStopScript(bool &)
{
    authorizeThen(message(), HelperProtocol::stopScriptAction(),
        tr("reading and editing the stop script needs root or membership in the group “%1”")
            .arg(AdminGroup::name()),
        [this](const QDBusMessage &call) { readScriptAuthorized(call); });
    return {};
}

void HelperService::readScriptAuthorized(const QDBusMessage &call)
{
    if (const QString problem = HelperRequest::checkScriptTarget(m_stopScript);
        !problem.isEmpty()) {
        replyError(call, HelperProtocol::failedError(), problem);
        return;
    }
    EditableFile file(m_stopScript);
    QString error;
    if (!file.load(&error, true)) {
        replyError(call, HelperProtocol::failedError(), error);
        return;
    }
    m_bus.send(call.createReply({ file.text(), file.loadedFingerprint().exists }));
}

void HelperService::WriteStopScript(const QString &, const QString &, bool)
{
    authorizeThen(message(), HelperProtocol::stopScriptAction(),
        tr("reading and editing the stop script needs root or membership in the group “%1”")
            .arg(AdminGroup::name()),
        [this](const QDBusMessage &call) { writeScriptAuthorized(call); });
}

void HelperService::writeScriptAuthorized(const QDBusMessage &call)
{
    const QByteArray text = call.arguments().value(0).toString().toUtf8();
    const QString loadedSha256 = call.arguments().value(1).toString();
    const bool overwrite = call.arguments().value(2).toBool();
    QString problem = HelperRequest::checkScriptText(text);
    if (problem.isEmpty())
        problem = HelperRequest::checkScriptTarget(m_stopScript);
    if (!problem.isEmpty()) {
        replyError(call, HelperProtocol::invalidArgsError(), problem);
        return;
    }
    auto file = std::make_shared<EditableFile>(m_stopScript);
    QString error;
    if (!file->load(&error, true)) {
        replyError(call, HelperProtocol::failedError(), error);
        return;
    }
    const auto digest = [](const EditableFile &f) {
        return f.loadedFingerprint().exists ? QString::fromLatin1(
                   QCryptographicHash::hash(f.loadedBytes(), QCryptographicHash::Sha256).toHex())
                                            : QString();
    };
    if (!overwrite && digest(*file) != loadedSha256.toLower()) {
        replyError(call, HelperProtocol::conflictError(),
            tr("%1 was changed by someone else since it was opened; nothing was written.")
                .arg(m_stopScript));
        return;
    }
    auto *check = new ScriptSyntaxCheck(this);
    connect(check, &ScriptSyntaxCheck::finished, this,
        [this, check, call, file, text, overwrite](bool ok, int line, const QString &message) {
            check->deleteLater();
            if (!ok) {
                replyError(call, HelperProtocol::invalidArgsError(),
                    (line > 0
                            ? tr("bash -n refuses the script at line %1: %2").arg(line).arg(message)
                            : tr("bash -n refuses the script: %1").arg(message))
                        + u' ' + tr("Nothing was written."));
                return;
            }
            // Owner-only, like the editor's own saves: the script may hold passwords.
            file->setPermissions(
                QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QString saveError;
            switch (file->save(text, &saveError, overwrite)) {
            case EditableFile::SaveResult::Saved:
                m_bus.send(call.createReply());
                return;
            case EditableFile::SaveResult::Conflict:
                replyError(call, HelperProtocol::conflictError(), saveError);
                return;
            case EditableFile::SaveResult::Failed:
                replyError(call, HelperProtocol::failedError(), saveError);
                return;
            }
        });
    check->start(QString::fromUtf8(text));
}

} // namespace charon::core
